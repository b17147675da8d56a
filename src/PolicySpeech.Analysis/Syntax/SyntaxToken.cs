using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Syntax;

/// <summary>A leaf of the tree: a run of text with the trivia (white space, line breaks) around it.</summary>
public sealed class SyntaxToken : SyntaxNode
{
    internal SyntaxToken(SyntaxKind kind, TextSpan span, ImmutableArray<SyntaxTrivia> leadingTrivia, ImmutableArray<SyntaxTrivia> trailingTrivia)
        : base(kind, [])
    {
        Span = span;
        LeadingTrivia = leadingTrivia;
        TrailingTrivia = trailingTrivia;
        FullSpan = TextSpan.FromBounds(
            leadingTrivia.IsEmpty ? span.Start : leadingTrivia[0].Span.Start,
            trailingTrivia.IsEmpty ? span.End : trailingTrivia[^1].Span.End);
    }

    /// <inheritdoc/>
    public override TextSpan Span { get; }

    /// <inheritdoc/>
    public override TextSpan FullSpan { get; }

    /// <summary>The trivia before the token: indentation and blank lines.</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    /// <summary>The trivia after the token up to and including the end of its line, when nothing else is on the line.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    /// <summary>The token's text.</summary>
    public string Text => ToString();

    /// <inheritdoc/>
    public override void Accept(SyntaxWalker walker)
    {
        ArgumentNullException.ThrowIfNull(walker);
        walker.VisitToken(this);
    }
}
