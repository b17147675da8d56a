namespace PolicySpeech.Diagnostics;

/// <summary>
/// What every analyzer callback gets: the document's tree, the options in effect and the cancellation token. The
/// contexts of the callbacks (<see cref="DocumentAnalysisContext"/>, <see cref="SyntaxNodeAnalysisContext"/>,
/// <see cref="SemanticModelAnalysisContext"/>, <see cref="DocumentStartAnalysisContext"/>) add what is theirs.
/// </summary>
public abstract class AnalyzerActionContext
{
    private protected AnalyzerActionContext(SpeechSyntaxTree tree, AnalyzerOptions options, CancellationToken cancellationToken) =>
        (Tree, Options, CancellationToken) = (tree, options, cancellationToken);

    /// <summary>The document's tree.</summary>
    public SpeechSyntaxTree Tree { get; }

    /// <summary>The options in effect (configuration, per-rule settings).</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Signals that the analysis is no longer wanted.</summary>
    public CancellationToken CancellationToken { get; }
}
