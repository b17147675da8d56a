namespace PolicySpeech.Diagnostics;

/// <summary>How an <see cref="AnalyzerDriver"/> runs: its configuration and how much it may run in parallel.</summary>
internal sealed record AnalyzerDriverOptions
{
    /// <summary>The defaults: <see cref="SpeechConfiguration.Default"/>, up to <see cref="Environment.ProcessorCount"/> analyzers at once on documents of 20,000 characters or more.</summary>
    public static AnalyzerDriverOptions Default { get; } = new();

    /// <summary>The configuration applied when <see cref="AnalyzerDriver.Analyze(PolicySpeech.Syntax.SpeechSyntaxTree, CancellationToken)"/> is given none.</summary>
    public SpeechConfiguration Configuration { get; init; } = SpeechConfiguration.Default;

    /// <summary>How many analyzers may run at once on one document; 1 (or less) runs them one after another, as a batch that already runs documents in parallel should.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Documents shorter than this many characters are analysed on the calling thread (parallelism costs more than it gains on them).</summary>
    public int ParallelThreshold { get; init; } = 20_000;

    /// <summary>
    /// The most findings one document may have (default 150,000), the parser's and the analyzers' together, each report
    /// counted. More fails the analysis with a <see cref="Loading.SpeechLoadException"/> (<see cref="Loading.SpeechLoadFailure.TooLarge"/>):
    /// each finding keeps a location, a message and properties, and 64 MB of <c>*中</c> or <c>中(</c> (a finding every two
    /// characters, with no line or sentence breaks for <see cref="Loading.LoadOptions.MaxBreaks"/> to count) would need
    /// gigabytes (docs/security.md). A real speech has at most a few thousand; 20 MB of real speeches have 34,000.
    /// </summary>
    public int MaxDiagnostics { get; init; } = 150_000;
}
