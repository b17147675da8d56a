using PolicySpeech.Syntax;

namespace PolicySpeech.Diagnostics;

/// <summary>What a node callback gets: the node, the tree, the options, and a way to report.</summary>
public sealed class SyntaxNodeAnalysisContext
{
    private readonly Action<Diagnostic> _report;

    internal SyntaxNodeAnalysisContext(SyntaxNode node, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Node = node;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The node to analyse.</summary>
    public SyntaxNode Node { get; }

    /// <summary>The node's tree.</summary>
    public SpeechSyntaxTree Tree => Node.Tree;

    /// <summary>The options in effect (configuration, accepted words, per-rule settings).</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Signals that the analysis is no longer wanted.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic; its ID must be one of the analyzer's <see cref="SpeechAnalyzer.SupportedDiagnostics"/>.</param>
    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}
