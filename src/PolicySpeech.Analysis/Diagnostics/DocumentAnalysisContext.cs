namespace PolicySpeech.Diagnostics;

/// <summary>What a document callback gets: the tree, the options, and a way to report.</summary>
public sealed class DocumentAnalysisContext : ReportingAnalysisContext
{
    internal DocumentAnalysisContext(SpeechSyntaxTree tree, AnalyzerOptions options, Action<Diagnostic> report, CancellationToken cancellationToken)
        : base(tree, options, report, cancellationToken)
    {
    }
}
