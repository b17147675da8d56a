using System.Collections.Immutable;

namespace PolicySpeech.Syntax;

/// <summary>A numbered section, subsection or item: its heading and everything under it up to the next heading of its level or above.</summary>
public sealed class SectionSyntax : SyntaxNode
{
    internal SectionSyntax(SyntaxKind kind, int level, ImmutableArray<SyntaxNode> children)
        : base(kind, children)
    {
        Level = level;
    }

    /// <summary>The nesting depth: 1 for a top-level section, 2 for a subsection, and so on.</summary>
    public int Level { get; }

    /// <summary>The heading.</summary>
    public HeadingSyntax Heading => (HeadingSyntax)Children[0];

    /// <summary>The paragraphs and nested sections under the heading, in text order.</summary>
    public IEnumerable<SyntaxNode> Members => Children.Skip(1);

    /// <summary>The nested sections.</summary>
    public IEnumerable<SectionSyntax> Sections => Children.OfType<SectionSyntax>();

    /// <summary>The paragraphs directly under the heading (not in nested sections).</summary>
    public IEnumerable<ParagraphSyntax> Paragraphs => Children.OfType<ParagraphSyntax>();

    /// <inheritdoc/>
    public override void Accept(SyntaxWalker walker)
    {
        ArgumentNullException.ThrowIfNull(walker);
        walker.VisitSection(this);
    }
}
