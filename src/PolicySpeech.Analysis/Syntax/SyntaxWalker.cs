namespace PolicySpeech.Syntax;

/// <summary>Visits a tree depth first in text order. Override the methods for the nodes you care about and call the base to go deeper.</summary>
public abstract class SyntaxWalker
{
    /// <summary>Visits <paramref name="node"/> by calling its kind's method.</summary>
    /// <param name="node">The node.</param>
    public virtual void Visit(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        node.Accept(this);
    }

    /// <summary>Visits the children of <paramref name="node"/>.</summary>
    /// <param name="node">The node.</param>
    public virtual void DefaultVisit(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var child in node.Children)
        {
            Visit(child);
        }
    }

    /// <summary>Visits the document.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitDocument(DocumentSyntax node) => DefaultVisit(node);

    /// <summary>Visits a title, subtitle, front matter or salutation line.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitLine(LineSyntax node) => DefaultVisit(node);

    /// <summary>Visits a section, subsection or item.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitSection(SectionSyntax node) => DefaultVisit(node);

    /// <summary>Visits a heading.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitHeading(HeadingSyntax node) => DefaultVisit(node);

    /// <summary>Visits a paragraph or the closing.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitParagraph(ParagraphSyntax node) => DefaultVisit(node);

    /// <summary>Visits a sentence.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitSentence(SentenceSyntax node) => DefaultVisit(node);

    /// <summary>Visits a clause.</summary>
    /// <param name="node">The node.</param>
    public virtual void VisitClause(ClauseSyntax node) => DefaultVisit(node);

    /// <summary>Visits a token. Does nothing unless overridden.</summary>
    /// <param name="token">The token.</param>
    public virtual void VisitToken(SyntaxToken token)
    {
    }
}
