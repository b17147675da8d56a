using System.Collections.Immutable;
using System.Globalization;
using PolicySpeech.Diagnostics;

namespace PolicySpeech.Analyzers;

/// <summary>
/// PS2004: a paragraph nearly the same as an earlier one: the Jaccard similarity of their character 3-gram sets is at
/// least <see cref="AnalyzerOptions.NearDuplicateThreshold"/>. Candidates come from MinHash signatures with
/// locality-sensitive hashing (no all-pairs comparison); exact duplicates are left to PS2001.
/// </summary>
public sealed class NearDuplicateParagraphAnalyzer : SpeechAnalyzer
{
    /// <summary>Paragraphs with fewer Han characters are not compared.</summary>
    internal const int MinHan = 30;

    /// <summary>The PS2004 descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = RuleText.Descriptor(
        "PS2004",
        "Near-duplicate paragraph",
        "This paragraph is {0} similar to the paragraph on line {1}",
        "Repetition",
        DiagnosticSeverity.Info,
        "Two paragraphs share most of their wording (character 3-gram Jaccard similarity at or above the configured threshold, 0.8 by default). Often a revised paragraph was pasted next to the old one.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        var tree = context.Tree;
        var threshold = context.Options.NearDuplicateThreshold;
        if (threshold is <= 0 or > 1 || double.IsNaN(threshold))
        {
            return;
        }

        var paragraphs = DuplicateUnits.Paragraphs(tree);
        var sets = new ulong[paragraphs.Count][];
        var buckets = new Dictionary<ulong, List<int>>();
        const int bands = Shingles.SignatureLength / Shingles.RowsPerBand;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var paragraph = paragraphs[p];
            if (paragraph.HanCount < MinHan)
            {
                sets[p] = [];
                continue;
            }

            var set = Shingles.Of(tree.Text.AsSpan(paragraph.Node.Span));
            sets[p] = set;
            var signature = Shingles.Signature(set);
            var candidates = new HashSet<int>();
            for (int b = 0; b < bands; b++)
            {
                var key = Shingles.Band(signature, b);
                if (!buckets.TryGetValue(key, out var list))
                {
                    buckets[key] = list = [];
                }
                else
                {
                    candidates.UnionWith(list);
                }

                list.Add(p);
            }

            if (paragraph.RepeatOf >= 0)
            {
                continue; // an exact repeat: PS2001
            }

            int best = -1;
            double bestSimilarity = 0;
            foreach (var q in candidates)
            {
                if (paragraphs[q].Hash == paragraph.Hash)
                {
                    continue;
                }

                var similarity = Shingles.Jaccard(sets[q], set);
                if (similarity >= threshold && (similarity > bestSimilarity || (similarity == bestSimilarity && q < best)))
                {
                    best = q;
                    bestSimilarity = similarity;
                }
            }

            if (best < 0)
            {
                continue;
            }

            var first = paragraphs[best].Node.GetLocation();
            var line = (first.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
            var percent = bestSimilarity.ToString("P0", CultureInfo.InvariantCulture);
            context.ReportDiagnostic(Diagnostic.Create(Rule, paragraph.Node.GetLocation(), percent, line) with
            {
                AdditionalLocations = [first],
                Properties = ImmutableDictionary<string, string?>.Empty
                    .Add("similarity", bestSimilarity.ToString("0.000", CultureInfo.InvariantCulture))
                    .Add("firstLine", line),
            });
        }
    }
}
