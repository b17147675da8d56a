using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Diagnostics;

/// <summary>A proposed fix: a title, the text changes that make it, and whether it may be applied without review.</summary>
/// <param name="Title">What the fix does, such as <c>Replace “巾幅” with “巾帼”</c>.</param>
/// <param name="Changes">The changes, in the offsets of the analysed text; they never overlap.</param>
public sealed record CodeFix(string Title, ImmutableArray<TextChange> Changes)
{
    /// <summary>
    /// Whether the fix only corrects the form of the text and never its meaning (a punctuation mark's width, both marks of a
    /// quotation pair, a look-alike character, a doubled character), so that <c>policyspeech fix</c> applies it without asking.
    /// Set by the rule that creates the fix; deleting a repeated paragraph or renumbering headings is not safe.
    /// </summary>
    public bool IsSafe { get; init; }
}
