namespace PolicySpeech.Analyzers;

/// <summary>
/// A built-in rule that reads the document block by block: each front-matter line, heading and paragraph, where a heading
/// and the paragraph that continues it on the same line form one block. Quotes and brackets pair within a block.
/// </summary>
/// <param name="rule">The rule's descriptor.</param>
internal abstract class BlockAnalyzer(DiagnosticDescriptor rule) : NodesAnalyzer(
    rule,
    SyntaxKind.TitleLine,
    SyntaxKind.SubtitleLine,
    SyntaxKind.FrontMatterLine,
    SyntaxKind.Salutation,
    SyntaxKind.Heading,
    SyntaxKind.Paragraph,
    SyntaxKind.Closing)
{
    /// <inheritdoc/>
    protected sealed override void Analyze(DocumentAnalysisContext context, IReadOnlyList<SyntaxNode> nodes) =>
        Analyze(context, context.Tree.GetOrCreateAnalysisData(t => new BlockList(Blocks(t.Text, nodes))).Items);

    /// <summary>The blocks of a document: computed once per tree and shared by every block rule (their nodes are the same kinds).</summary>
    private static TextSpan[] Blocks(SourceText text, IReadOnlyList<SyntaxNode> nodes)
    {
        var spans = new List<TextSpan>(nodes.Count);
        foreach (var node in nodes)
        {
            var span = node.Span;
            if (spans.Count > 0 && spans[^1].End <= span.Start && SameLine(text, spans[^1].End, span.Start))
            {
                spans[^1] = TextSpan.FromBounds(spans[^1].Start, span.End);
            }
            else if (!span.IsEmpty)
            {
                spans.Add(span);
            }
        }

        return [.. spans];
    }

    /// <summary>Analyses the document's blocks.</summary>
    /// <param name="context">The document.</param>
    /// <param name="blocks">The blocks, in text order.</param>
    protected abstract void Analyze(DocumentAnalysisContext context, IReadOnlyList<TextSpan> blocks);

    private sealed class BlockList(TextSpan[] blocks)
    {
        public IReadOnlyList<TextSpan> Items { get; } = Array.AsReadOnly(blocks);
    }

    private static bool SameLine(SourceText text, int a, int b)
    {
        for (int i = a; i < b; i++)
        {
            if (SyntaxFacts.IsLineBreak(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
