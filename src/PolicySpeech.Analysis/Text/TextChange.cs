namespace PolicySpeech.Text;

/// <summary>A replacement of the text in <see cref="Span"/> by <see cref="NewText"/>. Immutable; equal when span and text are.</summary>
public sealed class TextChange : IEquatable<TextChange>
{
    /// <summary>Creates a change.</summary>
    /// <param name="span">The span of the original text to replace (may be empty for an insertion).</param>
    /// <param name="newText">The text that takes its place (may be empty for a deletion).</param>
    public TextChange(TextSpan span, string newText)
    {
        ArgumentNullException.ThrowIfNull(newText);
        Span = span;
        NewText = newText;
    }

    /// <summary>The span of the original text to replace (may be empty for an insertion).</summary>
    public TextSpan Span { get; }

    /// <summary>The text that takes its place (may be empty for a deletion).</summary>
    public string NewText { get; }

    /// <inheritdoc/>
    public bool Equals(TextChange? other) => other is not null && Span == other.Span && NewText == other.NewText;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TextChange);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Span, NewText);
}
