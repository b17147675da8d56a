using PolicySpeech.Syntax;

namespace PolicySpeech.Diagnostics;

/// <summary>What a document callback gets: the tree, the options, and a way to report.</summary>
public sealed class DocumentAnalysisContext
{
    private readonly Action<Diagnostic> _report;

    internal DocumentAnalysisContext(SpeechSyntaxTree tree, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Tree = tree;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The document's tree.</summary>
    public SpeechSyntaxTree Tree { get; }

    /// <summary>The options in effect (configuration, accepted words, thresholds).</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Signals that the analysis is no longer wanted.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic; its ID must be one of the analyzer's <see cref="SpeechAnalyzer.SupportedDiagnostics"/>.</param>
    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}
