namespace PolicySpeech.Diagnostics;

/// <summary>What a document callback gets: the tree, the options, and a way to report.</summary>
public sealed class DocumentAnalysisContext : AnalyzerActionContext
{
    private readonly Action<Diagnostic> _report;

    internal DocumentAnalysisContext(SpeechSyntaxTree tree, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(tree, options, cancellationToken) => _report = report;

    /// <summary>Reports a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic; its ID must be one of the analyzer's <see cref="SpeechAnalyzer.SupportedDiagnostics"/>.</param>
    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}
