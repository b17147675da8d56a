using PolicySpeech.Semantics;

namespace PolicySpeech.Diagnostics;

/// <summary>What a semantic-model callback gets: the document's semantic model, its tree, the options, and a way to report.</summary>
public sealed class SemanticModelAnalysisContext : AnalyzerActionContext
{
    private readonly Action<Diagnostic> _report;

    internal SemanticModelAnalysisContext(SemanticModel model, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(model.SyntaxTree, options, cancellationToken) => (SemanticModel, _report) = (model, report);

    /// <summary>The document's semantic model (placeholders, reference year, commitments on demand).</summary>
    public SemanticModel SemanticModel { get; }

    /// <summary>Reports a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic; its ID must be one of the analyzer's <see cref="SpeechAnalyzer.SupportedDiagnostics"/>.</param>
    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}
