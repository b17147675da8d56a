using System.Collections.Immutable;

namespace PolicySpeech.Syntax;

/// <summary>A heading: its number marker (<c>一、</c>, <c>（一）</c>, <c>1.</c>…) and its first sentence.</summary>
public sealed class HeadingSyntax : SyntaxNode
{
    internal HeadingSyntax(HeadingStyle style, int number, ImmutableArray<SyntaxNode> children)
        : base(SyntaxKind.Heading, children)
    {
        Style = style;
        Number = number;
    }

    /// <summary>How the heading is numbered.</summary>
    public HeadingStyle Style { get; }

    /// <summary>The number the marker states (一 and 1 are 1).</summary>
    public int Number { get; }

    /// <summary>The marker token, such as <c>（一）</c>.</summary>
    public SyntaxToken Marker => (SyntaxToken)Children[0];

    /// <summary>The heading's text as a sentence, or <see langword="null"/> when the marker stands alone.</summary>
    public SentenceSyntax? Sentence => Children.Length > 1 ? (SentenceSyntax)Children[1] : null;

    /// <summary>Whether the heading opens a paragraph (more text follows on its line) rather than standing on its own line.</summary>
    public bool OpensParagraph => Parent is SectionSyntax section
        && section.Children.Length > 1
        && section.Children[1] is ParagraphSyntax paragraph
        && Tree.Text.GetLineNumber(paragraph.Span.Start) == Tree.Text.GetLineNumber(Span.End);

    /// <inheritdoc/>
    public override void Accept(SyntaxWalker walker)
    {
        ArgumentNullException.ThrowIfNull(walker);
        walker.VisitHeading(this);
    }
}
