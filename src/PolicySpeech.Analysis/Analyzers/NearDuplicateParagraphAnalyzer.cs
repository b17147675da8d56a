using System.Buffers;
using System.Globalization;

namespace PolicySpeech.Analyzers;

/// <summary>
/// PS2004: a paragraph nearly the same as an earlier one: the Jaccard similarity of their character 3-gram sets is at
/// least the option <c>PS2004.threshold</c> (<see cref="AnalyzerOptions.NearDuplicateThresholdKey"/>, default 0.8). Candidates come from MinHash signatures with
/// locality-sensitive hashing (no all-pairs comparison); a candidate whose signature estimate is far below the
/// threshold is dropped, the others are compared exactly. Exact duplicates are left to PS2001.
/// </summary>
[SpeechAnalyzer]
internal sealed class NearDuplicateParagraphAnalyzer() : NodesAnalyzer(BuiltInRules.NearDuplicateParagraph, SyntaxKind.Paragraph, SyntaxKind.Closing)
{
    /// <summary>Paragraphs with fewer Han characters are not compared.</summary>
    /// <summary>The similarity threshold when <c>PS2004.threshold</c> is not set.</summary>
    internal const double DefaultThreshold = 0.8;

    internal const int MinHan = 30;

    /// <summary>How far below the threshold a candidate's signature estimate may be and still get the exact comparison.</summary>
    internal const double EstimateMargin = 0.35;

    protected override void Analyze(DocumentAnalysisContext context, IReadOnlyList<SyntaxNode> nodes)
    {
        var tree = context.Tree;
        var threshold = context.Options.GetDouble(AnalyzerOptions.NearDuplicateThresholdKey, DefaultThreshold);
        if (threshold is <= 0 or > 1 || double.IsNaN(threshold))
        {
            return;
        }

        var paragraphs = DuplicateUnits.Paragraphs(tree, nodes);
        int count = paragraphs.Length;
        int eligible = 0;
        for (int p = 0; p < count; p++)
        {
            if (paragraphs[p].HanCount >= MinHan)
            {
                eligible++;
            }
        }

        if (eligible == 0)
        {
            return;
        }

        // The sorted distinct shingles of the paragraphs compared so far.
        var sets = new ulong[]?[count];

        // LSH buckets as chained lists in an open-addressing table: slotHead[i] is the latest entry with key slotKey[i]
        // (-1: an empty slot); entries link to the previous one with the same key.
        const int bands = Shingles.SignatureLength / Shingles.RowsPerBand;
        int entries = eligible * bands;
        int bits = Math.Max(4, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)entries * 2));
        int mask = (1 << bits) - 1;
        var slotKey = ArrayPool<ulong>.Shared.Rent(mask + 1);
        var slotHead = ArrayPool<int>.Shared.Rent(mask + 1);
        var entryParagraph = ArrayPool<int>.Shared.Rent(entries);
        var entryNext = ArrayPool<int>.Shared.Rent(entries);
        Array.Fill(slotHead, -1, 0, mask + 1);
        int entryCount = 0;
        var seen = new int[count];
        Array.Fill(seen, -1);
        var candidates = new List<int>();
        // Every eligible paragraph's signature: paragraph p's is signatures[signatureOf[p]*SignatureLength..].
        var signatures = ArrayPool<ulong>.Shared.Rent(eligible * Shingles.SignatureLength);
        var signatureOf = new int[count];
        int signatureCount = 0;
        try
        {
            for (int p = 0; p < count; p++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var paragraph = paragraphs[p];
                if (paragraph.HanCount < MinHan)
                {
                    continue;
                }

                var span = tree.Text.AsSpan(paragraph.Node.Span);
                // The shingle set itself is built only when a Jaccard comparison needs it: most paragraphs meet no candidate.
                signatureOf[p] = signatureCount++;
                var signature = signatures.AsSpan(signatureOf[p] * Shingles.SignatureLength, Shingles.SignatureLength);
                Shingles.PackedSignature(span, signature);
                candidates.Clear();
                for (int b = 0; b < bands; b++)
                {
                    var key = Shingles.PackedBand(signature, b);
                    int i = (int)(key >> (64 - bits));
                    while (slotHead[i] >= 0 && slotKey[i] != key)
                    {
                        i = (i + 1) & mask;
                    }

                    int previous = slotHead[i];
                    for (int e = previous; e >= 0; e = entryNext[e])
                    {
                        int q = entryParagraph[e];
                        if (seen[q] != p)
                        {
                            seen[q] = p;
                            candidates.Add(q);
                        }
                    }

                    slotKey[i] = key;
                    slotHead[i] = entryCount;
                    entryParagraph[entryCount] = p;
                    entryNext[entryCount] = previous;
                    entryCount++;
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

                    // The share of equal signature values estimates the similarity (standard deviation under 0.07 even
                    // for the shortest paragraphs); only a candidate whose estimate is far below the threshold is dropped
                    // before the exact comparison.
                    var other = signatures.AsSpan(signatureOf[q] * Shingles.SignatureLength, Shingles.SignatureLength);
                    if (Shingles.EstimatedSimilarity(signature, other) < threshold - EstimateMargin)
                    {
                        continue;
                    }

                    var similarity = Shingles.Jaccard(SetOf(tree, paragraphs, sets, q), SetOf(tree, paragraphs, sets, p));
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
            ArrayPool<ulong>.Shared.Return(signatures);
            ArrayPool<ulong>.Shared.Return(slotKey);
            ArrayPool<int>.Shared.Return(slotHead);
            ArrayPool<int>.Shared.Return(entryParagraph);
            ArrayPool<int>.Shared.Return(entryNext);
        }
    }

    /// <summary>Paragraph <paramref name="p"/>'s sorted distinct packed shingles, built on first use.</summary>
    private static ulong[] SetOf(PolicySpeech.Syntax.SpeechSyntaxTree tree, ImmutableArray<DuplicateUnits.Paragraph> paragraphs, ulong[]?[] sets, int p)
    {
        if (sets[p] is { } set)
        {
            return set;
        }

        var span = tree.Text.AsSpan(paragraphs[p].Node.Span);
        var buffer = ArrayPool<ulong>.Shared.Rent(Math.Max(1, span.Length));
        try
        {
            int n = Shingles.SortDistinct(buffer.AsSpan(0, Shingles.WritePacked(span, buffer)));
            return sets[p] = buffer.AsSpan(0, n).ToArray();
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(buffer);
        }
    }

    private static void Report(DocumentAnalysisContext context, ImmutableArray<DuplicateUnits.Paragraph> paragraphs, DuplicateUnits.Paragraph paragraph, int best, double bestSimilarity)
    {
        var first = paragraphs[best].Node.GetLocation();
        var line = (first.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
        var percent = bestSimilarity.ToString("P0", CultureInfo.InvariantCulture);
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add("similarity", bestSimilarity.ToString("0.000", CultureInfo.InvariantCulture))
            .Add("firstLine", line);
        context.ReportDiagnostic(Diagnostic.Create(BuiltInRules.NearDuplicateParagraph, paragraph.Node.GetLocation(), [first], properties, null, percent, line));
    }
}
