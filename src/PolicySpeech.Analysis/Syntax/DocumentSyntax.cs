using System.Collections.Immutable;

namespace PolicySpeech.Syntax;

/// <summary>The root: front matter (title, subtitle, byline lines), salutation, body (paragraphs and sections), closing.</summary>
public sealed class DocumentSyntax : SyntaxNode
{
    internal DocumentSyntax(ImmutableArray<SyntaxNode> children)
        : base(SyntaxKind.Document, children)
    {
    }

    /// <summary>The tree this root belongs to (set once, when the tree is made); every node reaches it through its root.</summary>
    internal SpeechSyntaxTree? AttachedTree { get; private set; }

    /// <summary>The lines before the salutation and body: title lines, subtitles and other front matter.</summary>
    public IEnumerable<LineSyntax> FrontMatter => Children.OfType<LineSyntax>().Where(l => l.Kind != SyntaxKind.Salutation);

    /// <summary>Each line that states the title; a title written three times gives three.</summary>
    public IEnumerable<LineSyntax> TitleLines => FrontMatter.Where(l => l.Kind == SyntaxKind.TitleLine);

    /// <summary>The title's text (the first title line), or <see langword="null"/> when the document has none.</summary>
    public string? Title => TitleLines.FirstOrDefault()?.ToString();

    /// <summary>The salutation, such as <c>同志们：</c>, if any.</summary>
    public LineSyntax? Salutation => Children.OfType<LineSyntax>().FirstOrDefault(l => l.Kind == SyntaxKind.Salutation);

    /// <summary>The top-level paragraphs and sections in text order (the closing excluded).</summary>
    public IEnumerable<SyntaxNode> Body => Children.Where(c => c is SectionSyntax || c.Kind == SyntaxKind.Paragraph);

    /// <summary>The top-level sections.</summary>
    public IEnumerable<SectionSyntax> Sections => Children.OfType<SectionSyntax>();

    /// <summary>The closing paragraph, such as <c>谢谢大家！</c>, if any.</summary>
    public ParagraphSyntax? Closing => Children.OfType<ParagraphSyntax>().FirstOrDefault(p => p.Kind == SyntaxKind.Closing);

    /// <summary>The empty last token; blank lines at the end of the document are its leading trivia.</summary>
    public SyntaxToken EndOfFile => (SyntaxToken)Children[^1];

    /// <inheritdoc/>
    public override void Accept(SyntaxWalker walker)
    {
        ArgumentNullException.ThrowIfNull(walker);
        walker.VisitDocument(this);
    }

    internal void AttachTree(SpeechSyntaxTree tree) => AttachedTree = tree;
}
