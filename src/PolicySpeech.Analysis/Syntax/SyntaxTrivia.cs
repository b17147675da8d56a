using PolicySpeech.Text;

namespace PolicySpeech.Syntax;

/// <summary>Text that belongs to no token's meaning: indentation, blank lines, line breaks.</summary>
public readonly record struct SyntaxTrivia
{
    internal SyntaxTrivia(SyntaxKind kind, TextSpan span) => (Kind, Span) = (kind, span);

    /// <summary><see cref="SyntaxKind.WhitespaceTrivia"/> or <see cref="SyntaxKind.LineBreakTrivia"/>.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>Where it is in the text.</summary>
    public TextSpan Span { get; }
}
