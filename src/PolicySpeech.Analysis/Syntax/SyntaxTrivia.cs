using PolicySpeech.Text;

namespace PolicySpeech.Syntax;

/// <summary>Text that belongs to no token's meaning: indentation, blank lines, line breaks.</summary>
/// <param name="Kind"><see cref="SyntaxKind.WhitespaceTrivia"/> or <see cref="SyntaxKind.LineBreakTrivia"/>.</param>
/// <param name="Span">Where it is in the text.</param>
public readonly record struct SyntaxTrivia(SyntaxKind Kind, TextSpan Span);
