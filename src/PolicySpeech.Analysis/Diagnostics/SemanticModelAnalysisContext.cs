using PolicySpeech.Semantics;

namespace PolicySpeech.Diagnostics;

/// <summary>What a semantic-model callback gets: the document's semantic model, its tree, the options, and a way to report.</summary>
public sealed class SemanticModelAnalysisContext : ReportingAnalysisContext
{
    internal SemanticModelAnalysisContext(SemanticModel model, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(model.SyntaxTree, options, report, cancellationToken) => SemanticModel = model;

    /// <summary>The document's semantic model (placeholders, reference year, commitments on demand).</summary>
    public SemanticModel SemanticModel { get; }
}
