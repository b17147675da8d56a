using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Syntax;

/// <summary>A leaf of the tree: a run of text with the trivia (white space, line breaks) around it.</summary>
public sealed class SyntaxToken : SyntaxNode
{
    private readonly TextSpan _span;
    private readonly TextSpan _fullSpan;

    /// <summary>Creates a token; its trivia are the runs of white space and line breaks in <c>fullSpan</c> outside <c>span</c>.</summary>
    internal SyntaxToken(SyntaxKind kind, TextSpan span, TextSpan fullSpan)
        : base(kind)
    {
        _span = span;
        _fullSpan = fullSpan;
    }

    /// <inheritdoc/>
    public override TextSpan Span => _span;

    /// <inheritdoc/>
    public override TextSpan FullSpan => _fullSpan;

    /// <summary>The trivia before the token: indentation and blank lines.</summary>
    /// <remarks>The token stores only its full span; the trivia are split out of the text on each call.</remarks>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia => SplitTrivia(Tree.Text, FullSpan.Start, Span.Start);

    /// <summary>The trivia after the token up to and including the end of its line, when nothing else is on the line.</summary>
    /// <remarks>The token stores only its full span; the trivia are split out of the text on each call.</remarks>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia => SplitTrivia(Tree.Text, Span.End, FullSpan.End);

    /// <summary>The token's text.</summary>
    public string Text => ToString();

    /// <inheritdoc/>
    public override void Accept(SyntaxWalker walker)
    {
        ArgumentNullException.ThrowIfNull(walker);
        walker.VisitToken(this);
    }

    /// <summary>Splits <c>text[start..end)</c> (white space and line breaks only) into trivia: each line break (\r\n counts as one) and each run of spaces between them.</summary>
    internal static ImmutableArray<SyntaxTrivia> SplitTrivia(SourceText text, int start, int end)
    {
        if (start >= end)
        {
            return [];
        }

        var trivia = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        int i = start;
        while (i < end)
        {
            int j = i;
            if (SyntaxFacts.IsLineBreak(text[i]))
            {
                j += text[i] == '\r' && i + 1 < end && text[i + 1] == '\n' ? 2 : 1;
                trivia.Add(new SyntaxTrivia(SyntaxKind.LineBreakTrivia, TextSpan.FromBounds(i, j)));
            }
            else
            {
                while (j < end && !SyntaxFacts.IsLineBreak(text[j]))
                {
                    j++;
                }

                trivia.Add(new SyntaxTrivia(SyntaxKind.WhitespaceTrivia, TextSpan.FromBounds(i, j)));
            }

            i = j;
        }

        return trivia.ToImmutable();
    }
}
