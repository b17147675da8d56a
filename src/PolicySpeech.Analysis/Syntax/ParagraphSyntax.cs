using System.Collections.Immutable;

namespace PolicySpeech.Syntax;

/// <summary>A paragraph (or the closing): its sentences.</summary>
public sealed class ParagraphSyntax : SyntaxNode
{
    internal ParagraphSyntax(SyntaxKind kind, ImmutableArray<SyntaxNode> sentences)
        : base(kind, sentences)
    {
    }

    /// <summary>The sentences.</summary>
    public IEnumerable<SentenceSyntax> Sentences => Children.Cast<SentenceSyntax>();

    /// <inheritdoc/>
    public override void Accept(SyntaxWalker walker)
    {
        ArgumentNullException.ThrowIfNull(walker);
        walker.VisitParagraph(this);
    }
}
