using System.Collections.Immutable;

namespace PolicySpeech.Syntax;

/// <summary>A sentence: clauses up to a terminator (。！？；…) or the end of its line.</summary>
public sealed class SentenceSyntax : SyntaxNode
{
    internal SentenceSyntax(ImmutableArray<SyntaxNode> children)
        : base(SyntaxKind.Sentence, children)
    {
    }

    /// <summary>The clauses.</summary>
    public IEnumerable<ClauseSyntax> Clauses => Children.OfType<ClauseSyntax>();

    /// <summary>The terminator, or <see langword="null"/> when the sentence ends at a line end.</summary>
    public SyntaxToken? Terminator => Children[^1] as SyntaxToken;

    /// <inheritdoc/>
    public override void Accept(SyntaxWalker walker)
    {
        ArgumentNullException.ThrowIfNull(walker);
        walker.VisitSentence(this);
    }
}
