namespace PolicySpeech.Diagnostics;

/// <summary>A proposed fix: a title, the text changes that make it, and whether it may be applied without review. Immutable.</summary>
public sealed class CodeFix
{
    private CodeFix(string title, ImmutableArray<TextChange> changes, bool isSafe) =>
        (Title, Changes, IsSafe) = (title, changes, isSafe);

    /// <summary>Creates a fix.</summary>
    /// <param name="title">What the fix does, such as <c>Replace “巾幅” with “巾帼”</c>.</param>
    /// <param name="changes">The changes, in the offsets of the analysed text; they never overlap.</param>
    /// <param name="isSafe">Whether it only corrects the form of the text (see <see cref="IsSafe"/>).</param>
    /// <returns>The fix.</returns>
    public static CodeFix Create(string title, ImmutableArray<TextChange> changes, bool isSafe = false)
    {
        ArgumentNullException.ThrowIfNull(title);
        return new CodeFix(title, changes.IsDefault ? [] : changes, isSafe);
    }

    /// <summary>What the fix does, such as <c>Replace “巾幅” with “巾帼”</c>.</summary>
    public string Title { get; }

    /// <summary>The changes, in the offsets of the analysed text; they never overlap.</summary>
    public ImmutableArray<TextChange> Changes { get; }

    /// <summary>
    /// Whether the fix only corrects the form of the text and never its meaning (a punctuation mark's width, both marks of a
    /// quotation pair, a look-alike character, a doubled character), so that <c>policyspeech fix</c> applies it without asking.
    /// Set by the rule that creates the fix; deleting a repeated paragraph or renumbering headings is not safe.
    /// </summary>
    public bool IsSafe { get; }
}
