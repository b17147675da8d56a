namespace PolicySpeech.Loading;

/// <summary>
/// Where a character of the loaded text is in the original file. All numbers are 0-based.
/// Plain text: the line and column of the text itself. HTML: the line and column (UTF-16 code units) in the decoded page source.
/// DOCX: the line and column of the loaded text, plus the paragraph index and the offset in that paragraph's rendered text.
/// </summary>
public sealed record SourceLocation
{
    /// <summary>Creates the value; see the properties for what each argument means.</summary>
    /// <param name="Line">0-based line (in the page source for HTML, in the loaded text otherwise).</param>
    /// <param name="Column">0-based column in UTF-16 code units.</param>
    /// <param name="ParagraphIndex">DOCX only: the 0-based index of the <c>w:p</c> in body order (table cells included); otherwise <see langword="null"/>.</param>
    /// <param name="OffsetInParagraph">DOCX only: the 0-based offset in the paragraph's rendered text (its numbering label included); otherwise <see langword="null"/>.</param>
    internal SourceLocation(int Line, int Column, int? ParagraphIndex, int? OffsetInParagraph)
    {
        this.Line = Line;
        this.Column = Column;
        this.ParagraphIndex = ParagraphIndex;
        this.OffsetInParagraph = OffsetInParagraph;
    }

    /// <summary>0-based line (in the page source for HTML, in the loaded text otherwise).</summary>
    public int Line { get; internal init; }

    /// <summary>0-based column in UTF-16 code units.</summary>
    public int Column { get; internal init; }

    /// <summary>DOCX only: the 0-based index of the <c>w:p</c> in body order (table cells included); otherwise <see langword="null"/>.</summary>
    public int? ParagraphIndex { get; internal init; }

    /// <summary>DOCX only: the 0-based offset in the paragraph's rendered text (its numbering label included); otherwise <see langword="null"/>.</summary>
    public int? OffsetInParagraph { get; internal init; }
}
