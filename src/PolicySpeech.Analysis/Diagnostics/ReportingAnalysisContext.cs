namespace PolicySpeech.Diagnostics;

/// <summary>
/// What every callback that reports gets: the tree, the options, the cancellation token and <see cref="ReportDiagnostic"/>.
/// The document, node and semantic-model contexts (<see cref="DocumentAnalysisContext"/>, <see cref="SyntaxNodeAnalysisContext"/>,
/// <see cref="SemanticModelAnalysisContext"/>) add what they analyse; a document start callback only registers.
/// </summary>
public abstract class ReportingAnalysisContext : AnalyzerActionContext
{
    private readonly Action<Diagnostic> _report;

    private protected ReportingAnalysisContext(SpeechSyntaxTree tree, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(tree, options, cancellationToken) => _report = report;

    /// <summary>Reports a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic; its ID must be one of the analyzer's <see cref="SpeechAnalyzer.SupportedDiagnostics"/>.</param>
    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}
