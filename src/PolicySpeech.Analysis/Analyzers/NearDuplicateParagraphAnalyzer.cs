using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        int count = paragraphs.Count;
        int capacity = 0;
        int longest = 0;
        for (int p = 0; p < count; p++)
        {
            if (paragraphs[p].HanCount >= MinHan)
            {
                int length = paragraphs[p].Node.Span.Length;
                capacity += length;
                longest = Math.Max(longest, length);
            }
        }

        if (capacity == 0)
        {
            return;
        }

        // All shingle sets live in one pooled buffer: paragraph p's set is all[setStart[p]..setEnd[p]].
        var all = ArrayPool<ulong>.Shared.Rent(capacity);
        var scratch = ArrayPool<char>.Shared.Rent(longest);
        var setStart = new int[count];
        var setEnd = new int[count];

        // LSH buckets as chained lists: head[key] is the latest entry; entries link to the previous one with the same key.
        var head = new Dictionary<ulong, int>();
        var entryParagraph = new List<int>();
        var entryNext = new List<int>();
        var sorted = new bool[count];
        var seen = new int[count];
        Array.Fill(seen, -1);
        var candidates = new List<int>();
        Span<ulong> signature = stackalloc ulong[Shingles.SignatureLength];
        const int bands = Shingles.SignatureLength / Shingles.RowsPerBand;
        try
        {
            int used = 0;
            for (int p = 0; p < count; p++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var paragraph = paragraphs[p];
                if (paragraph.HanCount < MinHan)
                {
                    continue;
                }

                var span = tree.Text.AsSpan(paragraph.Node.Span);
                // The shingles stay unsorted (with repeats) until a Jaccard comparison needs the set: the signature
                // is a minimum per bin, which repeats and order do not change, and most paragraphs meet no candidate.
                int n = Shingles.WriteUnsorted(span, scratch, all.AsSpan(used, span.Length));
                setStart[p] = used;
                setEnd[p] = used + n;
                used += n;
                Shingles.Signature(new ReadOnlySpan<ulong>(all, setStart[p], n), signature);
                candidates.Clear();
                for (int b = 0; b < bands; b++)
                {
                    var key = Shingles.Band(signature, b);
                    ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(head, key, out bool exists);
                    int previous = -1;
                    if (exists)
                    {
                        previous = slot;
                        for (int e = slot; e >= 0; e = entryNext[e])
                        {
                            int q = entryParagraph[e];
                            if (seen[q] != p)
                            {
                                seen[q] = p;
                                candidates.Add(q);
                            }
                        }
                    }

                    slot = entryParagraph.Count;
                    entryParagraph.Add(p);
                    entryNext.Add(previous);
                }

                if (paragraph.RepeatOf >= 0)
                {
                    continue; // an exact repeat: PS2001
                }

                int best = -1;
                double bestSimilarity = 0;
                var set = ReadOnlySpan<ulong>.Empty;
                foreach (var q in candidates)
                {
                    if (paragraphs[q].Hash == paragraph.Hash)
                    {
                        continue;
                    }

                    if (!sorted[p])
                    {
                        SortSet(all, setStart, setEnd, sorted, p);
                    }

                    set = new ReadOnlySpan<ulong>(all, setStart[p], setEnd[p] - setStart[p]);
                    if (!sorted[q])
                    {
                        SortSet(all, setStart, setEnd, sorted, q);
                    }

                    var similarity = Shingles.Jaccard(new ReadOnlySpan<ulong>(all, setStart[q], setEnd[q] - setStart[q]), set);
                    if (similarity >= threshold && (similarity > bestSimilarity || (similarity == bestSimilarity && q < best)))
                    {
                        best = q;
                        bestSimilarity = similarity;
                    }
                }

                if (best >= 0)
                {
                    Report(context, paragraphs, paragraph, best, bestSimilarity);
                }
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(all);
            ArrayPool<char>.Shared.Return(scratch);
        }
    }

    /// <summary>Sorts paragraph <paramref name="p"/>'s shingles in place and drops repeats (as <see cref="Shingles.Write"/> leaves them).</summary>
    private static void SortSet(ulong[] all, int[] setStart, int[] setEnd, bool[] sorted, int p)
    {
        setEnd[p] = setStart[p] + Shingles.SortDistinct(all.AsSpan(setStart[p], setEnd[p] - setStart[p]));
        sorted[p] = true;
    }

    private static void Report(DocumentAnalysisContext context, IReadOnlyList<DuplicateUnits.Paragraph> paragraphs, DuplicateUnits.Paragraph paragraph, int best, double bestSimilarity)
    {
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
