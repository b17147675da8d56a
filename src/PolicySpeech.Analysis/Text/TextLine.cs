namespace PolicySpeech.Text;

/// <summary>One line of a <see cref="SourceText"/>.</summary>
/// <param name="LineNumber">The 0-based line number.</param>
/// <param name="Span">The line's text without its line break.</param>
/// <param name="SpanIncludingLineBreak">The line's text with its line break (<c>\n</c>, <c>\r\n</c> or <c>\r</c>), if any.</param>
public readonly record struct TextLine(int LineNumber, TextSpan Span, TextSpan SpanIncludingLineBreak)
{
    /// <summary>The offset of the line's first code unit.</summary>
    public int Start => Span.Start;

    /// <summary>The offset just past the line's text, before the line break.</summary>
    public int End => Span.End;
}
