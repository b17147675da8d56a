using System.Collections.Immutable;

namespace PolicySpeech.Syntax;

/// <summary>A clause: a run of text and the separator (，、：) that ends it, if any.</summary>
public sealed class ClauseSyntax : SyntaxNode
{
    internal ClauseSyntax(ImmutableArray<SyntaxNode> children)
        : base(SyntaxKind.Clause, children)
    {
    }

    /// <summary>The clause's text, or <see langword="null"/> for a separator with nothing before it.</summary>
    public SyntaxToken? TextToken => Children[0].Kind == SyntaxKind.TextToken ? (SyntaxToken)Children[0] : null;

    /// <summary>The separator that ends the clause, if any.</summary>
    public SyntaxToken? Separator => Children[^1].Kind == SyntaxKind.SeparatorToken ? (SyntaxToken)Children[^1] : null;

    /// <inheritdoc/>
    public override void Accept(SyntaxWalker walker)
    {
        ArgumentNullException.ThrowIfNull(walker);
        walker.VisitClause(this);
    }
}
