namespace PolicySpeech.Loading;

/// <summary>
/// Where a character of the loaded text is in the original file. All numbers are 0-based.
/// Plain text: the line and column of the text itself. HTML: the line and column (UTF-16 code units) in the decoded page source.
/// DOCX: the line and column of the loaded text, plus the paragraph index and the offset in that paragraph's rendered text.
/// </summary>
public sealed record SourceLocation
{
    /// <summary>Creates the value; see the properties for what each argument means.</summary>
    /// <param name="line">0-based line (in the page source for HTML, in the loaded text otherwise).</param>
    /// <param name="column">0-based column in UTF-16 code units.</param>
    /// <param name="paragraphIndex">DOCX only: the 0-based index of the <c>w:p</c> in body order (table cells included); otherwise <see langword="null"/>.</param>
    /// <param name="offsetInParagraph">DOCX only: the 0-based offset in the paragraph's rendered text (its numbering label included); otherwise <see langword="null"/>.</param>
    internal SourceLocation(int line, int column, int? paragraphIndex, int? offsetInParagraph)
    {
        Line = line;
        Column = column;
        ParagraphIndex = paragraphIndex;
        OffsetInParagraph = offsetInParagraph;
    }

    /// <summary>0-based line (in the page source for HTML, in the loaded text otherwise).</summary>
    public int Line { get; }

    /// <summary>0-based column in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>DOCX only: the 0-based index of the <c>w:p</c> in body order (table cells included); otherwise <see langword="null"/>.</summary>
    public int? ParagraphIndex { get; }

    /// <summary>DOCX only: the 0-based offset in the paragraph's rendered text (its numbering label included); otherwise <see langword="null"/>.</summary>
    public int? OffsetInParagraph { get; }
}
