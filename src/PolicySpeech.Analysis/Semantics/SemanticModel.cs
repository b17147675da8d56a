using System.Collections.Immutable;
using PolicySpeech.Loading;
using PolicySpeech.Syntax;

namespace PolicySpeech.Semantics;

/// <summary>
/// What a speech means: its reference year, the speaker's jurisdiction and its commitments (who commits to do what,
/// how firmly, measured how, by when). Built once from a syntax tree; immutable and thread-safe.
/// </summary>
/// <remarks>
/// The reference year is, in order: the one the caller gives (the <c>referenceYear</c> of <see cref="Create"/>), the year of the
/// date in the document's metadata (DOCX core properties, HTML date meta), or the year inferred from the text (the date
/// of the speech in its head, 今年是“十五五”开局之年, the latest YYYY年工作回顾 heading + 1, a publication line at the end,
/// or a cited event and the earliest 到YYYY年 target when they are at most a year apart); else none, and relative
/// deadlines (今年, 年内) keep a null year.
/// </remarks>
/// <example><code>
/// var document = SpeechDocument.Load("speech.txt");
/// var model = document.GetSemanticModel();
/// foreach (var c in model.Commitments.Where(c => c.Metric is not null))
/// {
///     Console.WriteLine($"{c.Metric!.Indicator} {c.Metric.Comparator} {c.Metric.Value}{c.Metric.Unit} by {c.Deadline?.Year}");
/// }
/// </code></example>
public sealed class SemanticModel
{
    private readonly Lazy<string?> _jurisdiction;
    private readonly Lazy<ImmutableArray<Commitment>> _commitments;
    private readonly Lazy<ImmutableArray<Placeholder>> _placeholders;

    private SemanticModel(SpeechSyntaxTree tree, int? referenceYear, ReferenceYearSource source)
    {
        SyntaxTree = tree;
        ReferenceYear = referenceYear;
        ReferenceYearSource = source;

        // Each part is computed on first use, once: a rule that reads the placeholders runs neither the jurisdiction
        // inference nor the commitment extraction.
        _jurisdiction = new Lazy<string?>(() => InferJurisdiction(tree.Text.ToString()), LazyThreadSafetyMode.ExecutionAndPublication);
        _commitments = new Lazy<ImmutableArray<Commitment>>(
            () => CommitmentExtractor.Extract(tree, referenceYear, GovernmentInference.Infer(tree.Text.ToString(), Jurisdiction)), LazyThreadSafetyMode.ExecutionAndPublication);
        _placeholders = new Lazy<ImmutableArray<Placeholder>>(
            () => [.. PlaceholderRecognizer.Find(tree.Text.ToString())], LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The tree the model was built from.</summary>
    public SpeechSyntaxTree SyntaxTree { get; }

    /// <summary>The year that 今年, 明年, 年内 are resolved against, or <see langword="null"/> when unknown.</summary>
    public int? ReferenceYear { get; }

    /// <summary>Where <see cref="ReferenceYear"/> came from.</summary>
    public ReferenceYearSource ReferenceYearSource { get; }

    /// <summary>
    /// The speaker's jurisdiction as the speech names it (我省, 我市, 全市, 我国), the implicit actor of commitments without
    /// an explicit subject; <see langword="null"/> when the text names none.
    /// </summary>
    public string? Jurisdiction => _jurisdiction.Value;

    /// <summary>The commitments, in text order (a distributive clause gives one per indicator, in the order written).</summary>
    public ImmutableArray<Commitment> Commitments => _commitments.Value;

    /// <summary>The redacted placeholders (<c>**万人</c>, <c>*%</c>, <c>“**技工”</c>), in text order: what PS1001 reports.</summary>
    public ImmutableArray<Placeholder> Placeholders => _placeholders.Value;

    /// <summary>Builds the semantic model of a syntax tree.</summary>
    /// <param name="tree">The speech.</param>
    /// <param name="metadata">The document's metadata (its date gives the reference year), or <see langword="null"/>.</param>
    /// <param name="referenceYear">
    /// The year that relative time expressions (今年, 明年, 年内) are resolved against, as the caller knows it (the CLI's
    /// <c>--year</c>); <see langword="null"/> to take it from the metadata or infer it from the text.
    /// </param>
    /// <returns>The model.</returns>
    public static SemanticModel Create(SpeechSyntaxTree tree, DocumentMetadata? metadata = null, int? referenceYear = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var (year, source) = ReferenceYearInference.Resolve(tree, referenceYear, metadata);
        return new SemanticModel(tree, year, source);
    }

    private static string? InferJurisdiction(string text)
    {
        string? jurisdiction = ActorRecognizer.InferJurisdiction(text);
        if (jurisdiction is { Length: 2 } && jurisdiction != "我国" && !text.Contains(jurisdiction, StringComparison.Ordinal))
        {
            // The speech says 全市 but never 我市: name it as it does.
            jurisdiction = "全" + jurisdiction[1];
        }

        return jurisdiction;
    }
}
