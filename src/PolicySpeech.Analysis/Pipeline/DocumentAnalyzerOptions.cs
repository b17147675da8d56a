using PolicySpeech.Loading;

namespace PolicySpeech;

/// <summary>What a <see cref="DocumentAnalyzer"/> computes and how. Immutable; start from <see cref="Default"/> and use <c>with</c>.</summary>
/// <example><code>
/// var options = DocumentAnalyzerOptions.Default with { ReferenceYear = 2025, Diagnostics = false };
/// var analyzer = new DocumentAnalyzer(options);
/// </code></example>
public sealed record DocumentAnalyzerOptions
{
    /// <summary>The default options: find each document's <c>policyspeech.json</c>, report diagnostics and commitments.</summary>
    public static DocumentAnalyzerOptions Default { get; } = new();

    /// <summary>
    /// The configuration applied to every document, or <see langword="null"/> (the default) to use the
    /// <c>policyspeech.json</c> that <see cref="SpeechConfiguration.FindFor"/> finds next to each document or in a parent
    /// folder (<see cref="SpeechConfiguration.Default"/> for documents without a path; not looked for when <see cref="Diagnostics"/> is off).
    /// </summary>
    public SpeechConfiguration? Configuration { get; init; }

    /// <summary>
    /// The year that relative deadlines (今年, 明年, 年内) are resolved against, or <see langword="null"/> (the default) for
    /// the document's metadata date or, when commitments are extracted, the year inferred from its text.
    /// </summary>
    public int? ReferenceYear { get; init; }

    /// <summary>Whether to run the rules and report diagnostics (default <see langword="true"/>).</summary>
    public bool Diagnostics { get; init; } = true;

    /// <summary>Whether to build the semantic model and extract commitments (default <see langword="true"/>).</summary>
    public bool Commitments { get; init; } = true;

    /// <summary>Limits and a forced encoding for the batch APIs that load files, or <see langword="null"/> for <see cref="LoadOptions.Default"/>.</summary>
    public LoadOptions? Load { get; init; }

    /// <summary>
    /// At most how many analyzers run at the same time on one document: 0 (the default) for the driver's default, 1 to run
    /// them one after another (useful when documents are already analysed in parallel).
    /// </summary>
    public int MaxAnalyzerParallelism { get; init; }

    /// <summary>Analyzers to run beside the built-in rules (a library's own rules, or third-party ones the command line loaded with <c>--analyzer</c>).</summary>
    public ImmutableArray<SpeechAnalyzer> AdditionalAnalyzers { get; init; } = [];

    /// <summary>
    /// Whether the built-in rules (<see cref="Analyzers.BuiltInRules"/>) run; default true. False with
    /// <see cref="AdditionalAnalyzers"/> runs only your own rules (a rule's unit test, a house-style check).
    /// </summary>
    public bool BuiltInRules { get; init; } = true;
}
