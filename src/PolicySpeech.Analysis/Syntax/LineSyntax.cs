namespace PolicySpeech.Syntax;

/// <summary>A one-line element: a title line, subtitle, front matter line or the salutation.</summary>
public sealed class LineSyntax : SyntaxNode
{
    internal LineSyntax(SyntaxKind kind, SyntaxToken text)
        : base(kind, [text])
    {
    }

    /// <summary>The line's text token.</summary>
    public SyntaxToken TextToken => (SyntaxToken)Children[0];

    /// <inheritdoc/>
    public override void Accept(SyntaxWalker walker)
    {
        ArgumentNullException.ThrowIfNull(walker);
        walker.VisitLine(this);
    }
}
