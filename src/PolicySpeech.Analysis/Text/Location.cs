namespace PolicySpeech.Text;

/// <summary>
/// A place in a document: its path, the span in the decoded text and the matching line span. Created through
/// <see cref="Create"/>, which computes the line span from the text, so the two spans always agree.
/// </summary>
public sealed class Location
{
    private Location(string? path, TextSpan sourceSpan, LinePositionSpan lineSpan)
    {
        Path = path;
        SourceSpan = sourceSpan;
        LineSpan = lineSpan;
    }

    /// <summary>The document's path as the caller gave it, or <see langword="null"/> for text with no file.</summary>
    public string? Path { get; }

    /// <summary>The span in the decoded text (UTF-16 code units).</summary>
    public TextSpan SourceSpan { get; }

    /// <summary>The 0-based line and column range of <see cref="SourceSpan"/>.</summary>
    public LinePositionSpan LineSpan { get; }

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
