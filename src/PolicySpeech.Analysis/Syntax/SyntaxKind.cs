namespace PolicySpeech.Syntax;

/// <summary>What a <see cref="SyntaxNode"/>, token or trivia is.</summary>
public enum SyntaxKind
{
    /// <summary>Nothing: the default value.</summary>
    None = 0,

    // Nodes

    /// <summary>The whole document: front matter, salutation, body and closing.</summary>
    Document,

    /// <summary>A line that states the title (a title written several times gives several).</summary>
    TitleLine,

    /// <summary>A subtitle line under the title, such as <c>——2023年3月5日在……会议上</c>.</summary>
    SubtitleLine,

    /// <summary>Any other line before the body: the speaker, the source, a date, web page remnants.</summary>
    FrontMatterLine,

    /// <summary>The salutation, such as <c>同志们：</c> or <c>各位代表：</c>.</summary>
    Salutation,

    /// <summary>A top-level section, such as <c>一、</c> or <c>第一部分</c>, with everything under it.</summary>
    Section,

    /// <summary>A section one level below a <see cref="Section"/>, such as <c>（一）</c>.</summary>
    Subsection,

    /// <summary>A numbered item two or more levels down, such as <c>1.</c>, <c>（1）</c>, <c>①</c>, <c>第一，</c> or <c>一是</c>.</summary>
    Item,

    /// <summary>The heading of a section, subsection or item: its marker and its first sentence.</summary>
    Heading,

    /// <summary>A paragraph of body text.</summary>
    Paragraph,

    /// <summary>The closing paragraph, such as <c>谢谢大家！</c>.</summary>
    Closing,

    /// <summary>A sentence: clauses up to a terminator (。！？；…) or a line end.</summary>
    Sentence,

    /// <summary>A clause: text up to a separator (，、：).</summary>
    Clause,

    // Tokens

    /// <summary>A run of text.</summary>
    TextToken,

    /// <summary>A heading's number with its punctuation, such as <c>一、</c>, <c>（一）</c>, <c>1.</c>.</summary>
    HeadingMarkerToken,

    /// <summary>A clause separator: ，、：and their half-width forms.</summary>
    SeparatorToken,

    /// <summary>A sentence terminator: 。！？；… with any closing quotes or brackets right after it.</summary>
    TerminatorToken,

    /// <summary>The empty token at the end of the document; holds trailing blank lines as leading trivia.</summary>
    EndOfFileToken,

    // Trivia

    /// <summary>Spaces, tabs, full-width spaces (indentation).</summary>
    WhitespaceTrivia,

    /// <summary>A line break: <c>\n</c>, <c>\r\n</c> or <c>\r</c>.</summary>
    LineBreakTrivia,
}
