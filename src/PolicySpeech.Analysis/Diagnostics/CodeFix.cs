using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Diagnostics;

/// <summary>A proposed fix: a title and the text changes that make it.</summary>
/// <param name="Title">What the fix does, such as <c>Replace “巾幅” with “巾帼”</c>.</param>
/// <param name="Changes">The changes, in the offsets of the analysed text; they never overlap.</param>
public sealed record CodeFix(string Title, ImmutableArray<TextChange> Changes);
