namespace PolicySpeech.Text;

/// <summary>A place in a document: its path, the span in the decoded text and the matching line span.</summary>
/// <param name="Path">The document's path as the caller gave it, or <see langword="null"/> for text with no file.</param>
/// <param name="SourceSpan">The span in the decoded text (UTF-16 code units).</param>
/// <param name="LineSpan">The 0-based line and column range of <paramref name="SourceSpan"/>.</param>
public sealed record Location(string? Path, TextSpan SourceSpan, LinePositionSpan LineSpan)
{
    /// <summary>Creates a location for <paramref name="span"/> in <paramref name="text"/>.</summary>
    /// <param name="path">The document's path, if any.</param>
    /// <param name="text">The text the span is in.</param>
    /// <param name="span">The span.</param>
    /// <returns>The location, with its line span computed.</returns>
    public static Location Create(string? path, SourceText text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Location(path, span, text.GetLinePositionSpan(span));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}({LineSpan.Start})";
}
