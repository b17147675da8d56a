using System.Globalization;
using System.Text;
using PolicySpeech.Loading;
using PolicySpeech.Semantics;
using PolicySpeech.Text;
using Xunit.Abstractions;

namespace PolicySpeech.Tests.Semantics;

/// <summary>
/// Evaluates the commitment extractor against the gold files (corpus/**/NAME.commitments.json): extracted commitments are
/// matched one-to-one to gold ones by span overlap (the gold text located on its line; a distributive pair, which shares
/// one span, is matched on its indicator), then precision, recall and F1 of detection (all commitments, and the
/// quantified ones: a metric or a deadline) and the accuracy of each field over the matched pairs are reported, to the
/// test output and as markdown. A gold file lists qualitative commitments (no metric, no deadline) exhaustively only on
/// its <c>qualitativeCoverage</c> lines, so an unmatched qualitative commitment elsewhere is not counted against
/// precision; quantified ones count everywhere. The markdown is also written to <c>commitment-evaluation.md</c> beside
/// the test assembly. The seed is a gate: its
/// quantified targets must reach F1 0.95 and every field 0.9, and none of its non-commitments may be extracted.
/// </summary>
public sealed class CommitmentEvaluationTests(ITestOutputHelper output)
{
    private static readonly string[] Fields = ["actor", "action", "indicator", "comparator", "value", "unit", "deadline year", "modality", "redacted"];

    public sealed record FileScore(
        string Name,
        int? InferredYear,
        int GoldYear,
        int Gold,
        int Extracted,
        int Matched,
        int GoldQuantified,
        int ExtractedQuantified,
        int MatchedQuantified,
        Dictionary<string, (int Right, int Total)> FieldsAll,
        Dictionary<string, (int Right, int Total)> FieldsQuantified,
        List<string> Misses,
        List<string> FalseNon)
    {
        public static double F1(int matched, int gold, int extracted) => Precision(matched, extracted) + Recall(matched, gold) == 0 ? 0 : 2 * Precision(matched, extracted) * Recall(matched, gold) / (Precision(matched, extracted) + Recall(matched, gold));

        public static double Precision(int matched, int extracted) => extracted == 0 ? 1 : (double)matched / extracted;

        public static double Recall(int matched, int gold) => gold == 0 ? 1 : (double)matched / gold;
    }

    [Fact]
    public void SeedQuantifiedTargetsMeetTheGate()
    {
        string gold = Path.Combine(RepoPaths.Corpus, "seed", "000_9db54a9de2bb72cf.commitments.json");
        if (!File.Exists(gold))
        {
            return;
        }

        var score = Evaluate(gold, useGoldYear: false);
        output.WriteLine(Markdown([score]));
        foreach (var miss in score.Misses)
        {
            output.WriteLine("miss: " + miss);
        }

        Assert.Equal(2024, score.InferredYear);
        double f1 = FileScore.F1(score.MatchedQuantified, score.GoldQuantified, score.ExtractedQuantified);
        Assert.True(f1 >= 0.95, $"seed quantified F1 {f1:F3} < 0.95");
        foreach (var field in Fields)
        {
            var (right, total) = score.FieldsQuantified[field];
            double accuracy = total == 0 ? 1 : (double)right / total;
            Assert.True(accuracy >= 0.9, $"seed quantified {field} accuracy {accuracy:F3} ({right}/{total}) < 0.9");
        }

        Assert.Empty(score.FalseNon);
    }

    [Fact]
    public void AllGoldFilesReport()
    {
        var scores = CommitmentGold.Files.Select(f => Evaluate(f, useGoldYear: !f.Contains("seed", StringComparison.Ordinal))).ToList();
        if (scores.Count == 0)
        {
            return;
        }

        string markdown = Markdown(scores);
        output.WriteLine(markdown);
        foreach (var s in scores)
        {
            foreach (var miss in s.Misses)
            {
                output.WriteLine($"{s.Name}: {miss}");
            }

            foreach (var non in s.FalseNon)
            {
                output.WriteLine($"{s.Name}: NON-COMMITMENT EXTRACTED: {non}");
            }
        }

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "commitment-evaluation.md"), markdown);

        // Every gold file must at least be matched well enough to catch a regression.
        int gold = scores.Sum(s => s.GoldQuantified);
        int matched = scores.Sum(s => s.MatchedQuantified);
        int extracted = scores.Sum(s => s.ExtractedQuantified);
        Assert.True(FileScore.F1(matched, gold, extracted) >= 0.8, "quantified F1 over all gold files fell below 0.8");
        int falseNon = scores.Sum(s => s.FalseNon.Count);
        Assert.True(falseNon <= 2, $"{falseNon} non-commitments extracted");
    }

    internal static FileScore Evaluate(string goldPath, bool useGoldYear)
    {
        var gold = CommitmentGold.Load(goldPath);
        var document = SpeechDocument.Load(gold.TextPath);
        var inferred = document.GetSemanticModel();
        var model = useGoldYear ? document.GetSemanticModel(gold.ReferenceYear) : inferred;
        var extracted = model.Commitments;
        var spans = CommitmentGold.Locate(document.Text, gold.Commitments.Select(c => (c.Text, c.Line)));

        var used = new bool[extracted.Length];
        var pairs = new List<(GoldCommitment Gold, Commitment Found)>();
        var misses = new List<string>();
        for (int g = 0; g < gold.Commitments.Count; g++)
        {
            var item = gold.Commitments[g];
            if (spans[g] is not { } span)
            {
                misses.Add($"gold text not found on line {item.Line}: {item.Text}");
                continue;
            }

            int best = -1;
            int bestScore = 0;
            for (int e = 0; e < extracted.Length; e++)
            {
                if (used[e] || !extracted[e].Location.SourceSpan.OverlapsWith(span))
                {
                    continue;
                }

                var s = extracted[e].Location.SourceSpan;
                int overlap = Math.Min(s.End, span.End) - Math.Max(s.Start, span.Start);
                int scoreValue = overlap * 4;
                if (item.Metric is not null && extracted[e].Metric?.Indicator == item.Metric.Indicator)
                {
                    scoreValue += 100000;
                }

                if (item.Metric is not null && extracted[e].Metric is not null)
                {
                    scoreValue += 50000;
                }

                if (scoreValue > bestScore)
                {
                    bestScore = scoreValue;
                    best = e;
                }
            }

            if (best < 0)
            {
                misses.Add($"missed line {item.Line}: {item.Text}");
                continue;
            }

            used[best] = true;
            pairs.Add((item, extracted[best]));
        }

        var fieldsAll = Fields.ToDictionary(f => f, _ => (0, 0));
        var fieldsQuantified = Fields.ToDictionary(f => f, _ => (0, 0));
        foreach (var (g, f) in pairs)
        {
            var checks = new Dictionary<string, bool>
            {
                ["actor"] = g.Actor == f.Actor.Text && g.ActorExplicit == f.Actor.Explicit,
                ["action"] = g.Action is null ? f.Action.Length > 0 : RealGoldEvaluationTests.ActionCovers(f.Action, g.Action),
                ["indicator"] = g.Metric?.Indicator == f.Metric?.Indicator,
                ["comparator"] = g.Metric?.Comparator == f.Metric?.Comparator,
                ["value"] = g.Metric?.Value == f.Metric?.Value && g.Metric?.ValueHigh == f.Metric?.ValueHigh,
                ["unit"] = g.Metric?.Unit == f.Metric?.Unit,
                ["deadline year"] = g.DeadlineYear == f.Deadline?.Year && (g.DeadlineText is null) == (f.Deadline is null),
                ["modality"] = g.Modality == f.Modality,
                ["redacted"] = (g.Metric?.Redacted ?? false) == (f.Metric?.Redacted ?? false),
            };
            foreach (var (field, right) in checks)
            {
                Add(fieldsAll, field, right);
                if (g.Quantified)
                {
                    Add(fieldsQuantified, field, right);
                }

                if (!right && g.Quantified)
                {
                    misses.Add($"line {g.Line} {field}: gold {Describe(g, field)} / found {Describe(f, field)}  [{g.Text}]");
                }
            }
        }

        bool IsQuantified(Commitment c) => c.Metric is not null || c.Deadline?.Source == DeadlineSource.Explicit;
        int scored = 0;
        for (int e = 0; e < extracted.Length; e++)
        {
            if (used[e] || IsQuantified(extracted[e]) || gold.QualitativeLines.Contains(extracted[e].Location.LineSpan.Start.Line + 1))
            {
                scored++;
            }
        }

        var falseNon = new List<string>();
        var nonSpans = CommitmentGold.Locate(document.Text, gold.NonCommitments.Select(n => (n.Text, n.Line)));
        for (int n = 0; n < gold.NonCommitments.Count; n++)
        {
            if (nonSpans[n] is not { } span)
            {
                misses.Add($"non-commitment text not found on line {gold.NonCommitments[n].Line}: {gold.NonCommitments[n].Text}");
                continue;
            }

            for (int e = 0; e < extracted.Length; e++)
            {
                if (!used[e] && extracted[e].Location.SourceSpan.OverlapsWith(span))
                {
                    falseNon.Add($"line {gold.NonCommitments[n].Line} {gold.NonCommitments[n].Text} ← {extracted[e].Text}");
                    break;
                }
            }
        }

        for (int e = 0; e < extracted.Length; e++)
        {
            if (!used[e] && IsQuantified(extracted[e]))
            {
                misses.Add($"extra (quantified) line {extracted[e].Location.LineSpan.Start.Line + 1}: {extracted[e].Text} [{extracted[e].Metric?.Indicator}]");
            }
        }

        return new FileScore(
            Path.GetFileName(gold.TextPath),
            inferred.ReferenceYear,
            gold.ReferenceYear,
            gold.Commitments.Count,
            scored,
            pairs.Count,
            gold.Commitments.Count(c => c.Quantified),
            extracted.Count(IsQuantified),
            pairs.Count(p => p.Gold.Quantified && IsQuantified(p.Found)),
            fieldsAll,
            fieldsQuantified,
            misses,
            falseNon);
    }

    private static void Add(Dictionary<string, (int Right, int Total)> fields, string field, bool right)
    {
        var (r, t) = fields[field];
        fields[field] = (r + (right ? 1 : 0), t + 1);
    }

    private static string Describe(GoldCommitment g, string field) => field switch
    {
        "actor" => $"{g.Actor}/{g.ActorExplicit}",
        "action" => g.Action ?? "null",
        "indicator" => g.Metric?.Indicator ?? "null",
        "comparator" => g.Metric?.Comparator ?? "null",
        "value" => $"{g.Metric?.Value}..{g.Metric?.ValueHigh}",
        "unit" => g.Metric?.Unit ?? "null",
        "deadline year" => $"{g.DeadlineText}:{g.DeadlineYear}",
        "modality" => g.Modality ?? "null",
        _ => $"{g.Metric?.Redacted}",
    };

    private static string Describe(Commitment c, string field) => field switch
    {
        "actor" => $"{c.Actor.Text}/{c.Actor.Explicit}",
        "action" => c.Action,
        "indicator" => c.Metric?.Indicator ?? "null",
        "comparator" => c.Metric?.Comparator ?? "null",
        "value" => $"{c.Metric?.Value}..{c.Metric?.ValueHigh}",
        "unit" => c.Metric?.Unit ?? "null",
        "deadline year" => $"{c.Deadline?.Text}:{c.Deadline?.Year}",
        "modality" => c.Modality,
        _ => $"{c.Metric?.Redacted}",
    };

    internal static string Markdown(IReadOnlyList<FileScore> scores)
    {
        var ci = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine("## Commitment extraction: evaluation against the gold files");
        b.AppendLine();
        b.AppendLine("| file | year (inferred / gold) | gold | found (scored) | P | R | F1 | gold quant. | found quant. | P q | R q | F1 q |");
        b.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in scores)
        {
            b.AppendLine(string.Create(ci, $"| {s.Name} | {(s.InferredYear?.ToString(ci) ?? "none")} / {s.GoldYear} | {s.Gold} | {s.Extracted} | {FileScore.Precision(s.Matched, s.Extracted):F2} | {FileScore.Recall(s.Matched, s.Gold):F2} | {FileScore.F1(s.Matched, s.Gold, s.Extracted):F2} | {s.GoldQuantified} | {s.ExtractedQuantified} | {FileScore.Precision(s.MatchedQuantified, s.ExtractedQuantified):F2} | {FileScore.Recall(s.MatchedQuantified, s.GoldQuantified):F2} | {FileScore.F1(s.MatchedQuantified, s.GoldQuantified, s.ExtractedQuantified):F2} |"));
        }

        b.AppendLine();
        b.AppendLine("Field accuracy over matched pairs, quantified gold commitments (all matched pairs in brackets):");
        b.AppendLine();
        b.AppendLine("| file | " + string.Join(" | ", Fields) + " |");
        b.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---|", Fields.Length)));
        foreach (var s in scores)
        {
            b.Append("| ").Append(s.Name).Append(" |");
            foreach (var f in Fields)
            {
                var (r, t) = s.FieldsQuantified[f];
                var (ra, ta) = s.FieldsAll[f];
                b.Append(string.Create(ci, $" {(t == 0 ? 1 : (double)r / t):F2} ({(ta == 0 ? 1 : (double)ra / ta):F2}) |"));
            }

            b.AppendLine();
        }

        return b.ToString();
    }
}
