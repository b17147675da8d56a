namespace PolicySpeech.Diagnostics;

/// <summary>What <see cref="AnalyzerDriver.Analyze(SpeechSyntaxTree, CancellationToken)"/> found in one document. Immutable.</summary>
internal sealed class AnalysisResult
{
    internal AnalysisResult(
        SpeechSyntaxTree tree,
        SpeechConfiguration configuration,
        ImmutableArray<Diagnostic> diagnostics,
        IReadOnlyDictionary<string, TimeSpan> analyzerTimes,
        ImmutableArray<DiagnosticDescriptor> supportedDiagnostics)
    {
        (Tree, Configuration, Diagnostics, AnalyzerTimes, SupportedDiagnostics) = (tree, configuration, diagnostics, analyzerTimes, supportedDiagnostics);
    }

    /// <summary>The analysed tree.</summary>
    public SpeechSyntaxTree Tree { get; }

    /// <summary>The configuration that was applied.</summary>
    public SpeechConfiguration Configuration { get; }

    /// <summary>
    /// The parser's and the analyzers' diagnostics after configuration (severities set, <c>none</c> removed, baseline
    /// findings marked <see cref="Diagnostic.IsSuppressed"/>), each with its <see cref="Diagnostic.Fingerprint"/>, ordered
    /// by span start, then ID, then message.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The time each analyzer took on this document, keyed by <see cref="SpeechAnalyzer.Name"/>.</summary>
    public IReadOnlyDictionary<string, TimeSpan> AnalyzerTimes { get; }

    /// <summary>The descriptors the driver's analyzers, the parser and the engine declare (the rules of a SARIF log).</summary>
    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Whether any diagnostic that is not suppressed has error severity (the command line then exits with 1).</summary>
    public bool HasErrors => Diagnostics.Any(d => !d.IsSuppressed && d.Severity == DiagnosticSeverity.Error);

    /// <summary>Applies the fixes of the diagnostics with the given IDs (all fixable ones when none are given); see <see cref="CodeFixes.FixAll"/>.</summary>
    /// <param name="ids">The IDs whose fixes to apply; none means all.</param>
    /// <returns>The new text, with the fixes applied and the ones skipped for overlapping.</returns>
    public FixAllResult FixAll(params string[] ids) => CodeFixes.FixAll(Tree.Text, Diagnostics, ids.Length == 0 ? null : ids);
}
