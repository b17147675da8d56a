namespace PolicySpeech.Diagnostics;

/// <summary>What a node callback gets: the node, the tree, the options, and a way to report.</summary>
public sealed class SyntaxNodeAnalysisContext : ReportingAnalysisContext
{
    internal SyntaxNodeAnalysisContext(SyntaxNode node, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(node.Tree, options, report, cancellationToken) => Node = node;

    /// <summary>The node to analyse.</summary>
    public SyntaxNode Node { get; }
}
