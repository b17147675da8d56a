using PolicySpeech.Loading;
using PolicySpeech.Output;
using PolicySpeech.Semantics;

namespace PolicySpeech;

/// <summary>Everything a <see cref="DocumentAnalyzer"/> found in one document. Immutable and thread-safe.</summary>
/// <example><code>
/// var result = new DocumentAnalyzer().Analyze(SpeechDocument.Load("speech.txt"));
/// foreach (var d in result.Diagnostics) Console.WriteLine(d);
/// Console.WriteLine($"{result.Commitments.Length} commitments, reference year {result.ReferenceYear}");
/// </code></example>
public sealed class DocumentAnalysisResult
{
    private static readonly IReadOnlyDictionary<string, TimeSpan> NoTimes = ImmutableSortedDictionary<string, TimeSpan>.Empty;

    private readonly Lazy<Jurisdiction> _jurisdiction;

    internal DocumentAnalysisResult(
        SpeechDocument document,
        SpeechSyntaxTree syntaxTree,
        SpeechConfiguration configuration,
        AnalysisResult? analysis,
        SemanticModel? semanticModel,
        int? referenceYear,
        ReferenceYearSource referenceYearSource)
    {
        Document = document;
        SyntaxTree = syntaxTree;
        Configuration = configuration;
        Diagnostics = analysis?.Diagnostics ?? [];
        AnalyzerTimes = analysis?.AnalyzerTimes ?? NoTimes;
        SemanticModel = semanticModel;
        Commitments = semanticModel?.Commitments ?? [];
        ReferenceYear = referenceYear;
        ReferenceYearSource = referenceYearSource;
        _jurisdiction = new Lazy<Jurisdiction>(() => TargetTable.JurisdictionOf(Document.Text.ToString(), Title), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The analysed document.</summary>
    public SpeechDocument Document { get; }

    /// <summary>The document's syntax tree.</summary>
    public SpeechSyntaxTree SyntaxTree { get; }

    /// <summary>The configuration that was applied (the given one, the one found for the document, or the default).</summary>
    public SpeechConfiguration Configuration { get; }

    /// <summary>
    /// The parser's and the rules' diagnostics after configuration, ordered by position (see
    /// <see cref="AnalysisResult.Diagnostics"/>); empty when <see cref="DocumentAnalyzerOptions.Diagnostics"/> is off.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic that is not suppressed has error severity.</summary>
    public bool HasErrors => Diagnostics.Any(d => !d.IsSuppressed && d.Severity == DiagnosticSeverity.Error);

    /// <summary>The semantic model, or <see langword="null"/> when <see cref="DocumentAnalyzerOptions.Commitments"/> is off.</summary>
    public SemanticModel? SemanticModel { get; }

    /// <summary>The commitments in text order; empty when <see cref="DocumentAnalyzerOptions.Commitments"/> is off.</summary>
    public ImmutableArray<Commitment> Commitments { get; }

    /// <summary>
    /// The year relative deadlines are resolved against: the given one, else the metadata date's, else (only when commitments
    /// are extracted) the one inferred from the text; <see langword="null"/> when none.
    /// </summary>
    public int? ReferenceYear { get; }

    /// <summary>Where <see cref="ReferenceYear"/> came from.</summary>
    public ReferenceYearSource ReferenceYearSource { get; }

    /// <summary>The time each analyzer took, keyed by <see cref="SpeechAnalyzer.Name"/>; empty when diagnostics are off.</summary>
    public IReadOnlyDictionary<string, TimeSpan> AnalyzerTimes { get; }

    /// <summary>
    /// The jurisdiction the document speaks for (国家, a province, a city) and its level, from the government body the text
    /// names or the title (see <see cref="TargetTable.JurisdictionOf"/>); worked out on first use.
    /// </summary>
    public Jurisdiction Jurisdiction => _jurisdiction.Value;

    /// <summary>The title: the syntax tree's title line, else the document's metadata title, else <see langword="null"/>.</summary>
    public string? Title => SyntaxTree.Root.Title ?? Document.Metadata.Title;

    /// <summary>Applies the fixes of the diagnostics with the given IDs (all fixable ones when none are given); see <see cref="CodeFixes.FixAll"/>.</summary>
    /// <param name="ids">The IDs whose fixes to apply; none means all.</param>
    /// <returns>The new text, with the fixes applied and the ones skipped for overlapping.</returns>
    public FixAllResult FixAll(params string[] ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return CodeFixes.FixAll(Document.Text, Diagnostics, ids.Length == 0 ? null : ids);
    }

    /// <summary>What the report writers (<see cref="JsonReportWriter"/>, <see cref="SarifReportWriter"/>, <see cref="TextReportWriter"/>) need about this document.</summary>
    /// <param name="path">The path to show, or <see langword="null"/> for the document's path (empty when it has none).</param>
    /// <returns>The report.</returns>
    /// <example><code>
    /// var result = new DocumentAnalyzer().Analyze(SpeechDocument.Load("speech.txt"));
    /// Console.WriteLine(JsonReportWriter.ToJson([result.ToReport()]));
    /// </code></example>
    internal DocumentReport ToReport(string? path = null) =>
        new(path ?? Document.Path ?? "", Document.Text)
        {
            Title = Title,
            ReferenceYear = ReferenceYear,
            ReferenceYearSource = ReferenceYearSource,
            Jurisdiction = Jurisdiction,
            Diagnostics = Diagnostics,
            Commitments = Commitments,
        };
}
