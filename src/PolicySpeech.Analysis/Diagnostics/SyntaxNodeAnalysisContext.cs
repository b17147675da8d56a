namespace PolicySpeech.Diagnostics;

/// <summary>What a node callback gets: the node, the tree, the options, and a way to report.</summary>
public sealed class SyntaxNodeAnalysisContext : AnalyzerActionContext
{
    private readonly Action<Diagnostic> _report;

    internal SyntaxNodeAnalysisContext(SyntaxNode node, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(node.Tree, options, cancellationToken) => (Node, _report) = (node, report);

    /// <summary>The node to analyse.</summary>
    public SyntaxNode Node { get; }

    /// <summary>Reports a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic; its ID must be one of the analyzer's <see cref="SpeechAnalyzer.SupportedDiagnostics"/>.</param>
    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}
