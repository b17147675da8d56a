namespace PolicySpeech.Diagnostics;

/// <summary>The outcome of <see cref="CodeFixes.FixAll"/>: the new text, the fixes applied and those skipped because they overlapped an earlier one.</summary>
public sealed class FixAllResult
{
    internal FixAllResult(SourceText text, ImmutableArray<Diagnostic> applied, ImmutableArray<Diagnostic> skipped) =>
        (Text, Applied, Skipped) = (text, applied, skipped);

    /// <summary>The text with the applied fixes.</summary>
    public SourceText Text { get; }

    /// <summary>The diagnostics whose fixes were applied, in text order.</summary>
    public ImmutableArray<Diagnostic> Applied { get; }

    /// <summary>The diagnostics whose fixes overlapped a fix earlier in the text and were left out; fix again after re-analysing.</summary>
    public ImmutableArray<Diagnostic> Skipped { get; }
}
