using PolicySpeech.Semantics;
using PolicySpeech.Syntax;

namespace PolicySpeech.Diagnostics;

/// <summary>What a semantic-model callback gets: the document's semantic model, its tree, the options, and a way to report.</summary>
public sealed class SemanticModelAnalysisContext
{
    private readonly Action<Diagnostic> _report;

    internal SemanticModelAnalysisContext(SemanticModel model, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        SemanticModel = model;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>The document's semantic model (placeholders, reference year, commitments on demand).</summary>
    public SemanticModel SemanticModel { get; }

    /// <summary>The document's tree.</summary>
    public SpeechSyntaxTree Tree => SemanticModel.SyntaxTree;

    /// <summary>The options in effect (configuration, accepted words, per-rule settings).</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Signals that the analysis is no longer wanted.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a diagnostic.</summary>
    /// <param name="diagnostic">The diagnostic; its ID must be one of the analyzer's <see cref="SpeechAnalyzer.SupportedDiagnostics"/>.</param>
    public void ReportDiagnostic(Diagnostic diagnostic) => _report(diagnostic);
}
