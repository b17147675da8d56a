namespace PolicySpeech.Text;

/// <summary>One line of a <see cref="SourceText"/> (<see cref="SourceText.GetLine"/>).</summary>
public readonly record struct TextLine
{
    internal TextLine(int lineNumber, TextSpan span, TextSpan spanIncludingLineBreak) =>
        (LineNumber, Span, SpanIncludingLineBreak) = (lineNumber, span, spanIncludingLineBreak);

    /// <summary>The 0-based line number.</summary>
    public int LineNumber { get; }

    /// <summary>The line's text without its line break.</summary>
    public TextSpan Span { get; }

    /// <summary>The line's text with its line break (<c>\n</c>, <c>\r\n</c> or <c>\r</c>), if any.</summary>
    public TextSpan SpanIncludingLineBreak { get; }

    /// <summary>The offset of the line's first code unit.</summary>
    public int Start => Span.Start;

    /// <summary>The offset just past the line's text, before the line break.</summary>
    public int End => Span.End;
}
