using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Diagnostics;

/// <summary>The outcome of <see cref="CodeFixes.FixAll"/>: the new text, the fixes applied and those skipped because they overlapped an earlier one.</summary>
/// <param name="Text">The text with the applied fixes.</param>
/// <param name="Applied">The diagnostics whose fixes were applied, in text order.</param>
/// <param name="Skipped">The diagnostics whose fixes overlapped a fix earlier in the text and were left out; fix again after re-analysing.</param>
public sealed record FixAllResult(SourceText Text, ImmutableArray<Diagnostic> Applied, ImmutableArray<Diagnostic> Skipped);
