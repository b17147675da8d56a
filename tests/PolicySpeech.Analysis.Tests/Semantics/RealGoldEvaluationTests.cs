using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicySpeech.Loading;
using PolicySpeech.Semantics;
using Xunit.Abstractions;

namespace PolicySpeech.Tests.Semantics;

/// <summary>
/// Evaluates extraction against the real-text gold (corpus/real-gold/*.gold.json, written blind by the annotation guide
/// over passages of ../shared/corpus-real and ../shared/corpus-archive; skipped where ../shared is absent). Inside each
/// passage, extracted commitments are matched one-to-one to gold ones by span overlap (a shared 分别 clause on its
/// indicator); recall, precision and the accuracy of actor, action (the found action covers the gold verb and object),
/// deadline year and source, modality and metric over the matched pairs are printed per file, written to
/// <c>real-gold-evaluation.md</c> beside the test assembly, and gated over the whole gold.
/// </summary>
public sealed class RealGoldEvaluationTests(ITestOutputHelper output)
{
    // Issue #9's thresholds. A change that falls below them fails here.
    private const double MinRecall = 0.90;
    private const double MinPrecision = 0.90;
    private const double MinDeadlineYear = 0.90;
    private const double MinActor = 0.90;
    private const double MinAction = 0.85;

    private static readonly string[] Fields = ["actor", "action", "deadline year", "deadline source", "modality", "metric"];

    // POLICYSPEECH_REAL_GOLD_DIR evaluates another folder of gold files of the same format (a held-out set under
    // measurement) in place of corpus/real-gold; the issue's thresholds apply to it too.
    private static string GoldFolder => Environment.GetEnvironmentVariable("POLICYSPEECH_REAL_GOLD_DIR") is { Length: > 0 } dir ? dir : Path.Combine(RepoPaths.Corpus, "real-gold");

    private sealed record GoldItem(string Text, int Start, int End, string Actor, bool ActorExplicit, string Action, string Modality, string Kind, GoldMetric? Metric, int? DeadlineYear, string? DeadlineSource);

    private sealed record GoldMetric(string? Indicator, string Comparator, double? Value, double? ValueHigh, string? Unit, bool Redacted);

    private sealed record Passage(int Start, int End, string Zone, List<GoldItem> Items);

    private sealed class Score(string name)
    {
        public string Name { get; } = name;

        public int Gold { get; set; }

        public int Found { get; set; }

        public int Matched { get; set; }

        public int ReviewFound { get; set; }

        public Dictionary<string, (int Right, int Total)> Fields { get; } = RealGoldEvaluationTests.Fields.ToDictionary(f => f, _ => (0, 0));

        public List<string> Misses { get; } = [];

        public void Count(string field, bool right)
        {
            var (r, t) = Fields[field];
            Fields[field] = (r + (right ? 1 : 0), t + 1);
        }

        public double Accuracy(string field) => Fields[field].Total == 0 ? 1 : (double)Fields[field].Right / Fields[field].Total;
    }

    [Fact]
    public void RealGoldMeetsTheThresholds() =>
        EvaluateFolder(GoldFolder, "real-gold-evaluation.md", new(MinRecall, MinPrecision, MinDeadlineYear, MinActor, MinAction, MaxReviewFound: 0));

    /// <summary>
    /// A second gold (corpus/real-gold-2), written blind by another annotator over eight documents the first gold does not
    /// touch (a 1980s–2010s national report each, two 2026 provincial reports, the 17th Party congress report, three
    /// speeches; 199 commitments). Its first evaluation measured how the extractor generalises (on a draft with a longer 广西
    /// passage: recall 0.86, precision 0.92, actor 0.75, deadline year 0.72); after the fixes it prompted the final gold gives
    /// recall 0.84, precision 0.94, actor 0.87, deadline year 0.81, action 0.91 and no commitment in its review passages. The
    /// causes of its misses fixed by general rules (paragraph years, actor carry, 必须 governing, genre verbs, goals stated as
    /// states, named national goals): recall 0.95, precision 0.95, actor 0.96, deadline year 0.93, action 0.93. It is held to
    /// issue #9's thresholds, like the first gold.
    /// </summary>
    [Fact]
    public void SecondGoldMeetsTheThresholds() =>
        EvaluateFolder(Path.Combine(RepoPaths.Corpus, "real-gold-2"), "real-gold-2-evaluation.md", new(MinRecall, MinPrecision, MinDeadlineYear, MinActor, MinAction, MaxReviewFound: 0));

    /// <summary>
    /// A third gold (corpus/real-gold-3), written blind at stop 24 over seven documents neither gold above touches (the 2026 山西, 青海
    /// and 河南 reports, the 2015 national report, the 20th Party congress report, speeches 0021 and 0045; 25 passages, 269
    /// commitments). Its first evaluation: recall 0.87, precision 0.98, actor 0.94, action 0.94, deadline year 0.80, two
    /// commitments in a review passage. The general fixes it prompted (sentence cut at a quoted title is no heading, a span
    /// opening a paragraph dates its own sentence, 中国/中方 as actors, verbs of general Chinese in plans, 愿 as a modal verb) give
    /// recall 0.90, precision 0.98, actor 0.98, deadline year 0.97. It is held to issue #9's thresholds, like the others.
    /// </summary>
    [Fact]
    public void ThirdGoldMeetsTheThresholds() =>
        EvaluateFolder(Path.Combine(RepoPaths.Corpus, "real-gold-3"), "real-gold-3-evaluation.md", new(MinRecall, MinPrecision, MinDeadlineYear, MinActor, MinAction, MaxReviewFound: 0));

    private sealed record Thresholds(double Recall, double Precision, double DeadlineYear, double Actor, double Action, int MaxReviewFound);

    private void EvaluateFolder(string folder, string reportName, Thresholds min)
    {
        if (RepoPaths.SharedRoot is not { } shared || !Directory.Exists(folder))
        {
            output.WriteLine("../shared is absent: the real-text gold is not evaluated");
            return;
        }

        var scores = Directory.GetFiles(folder, "*.gold.json").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => Evaluate(f, shared)).Where(s => s is not null).Select(s => s!).ToList();
        if (scores.Count == 0)
        {
            return;
        }

        var total = new Score("all");
        foreach (var s in scores)
        {
            total.Gold += s.Gold;
            total.Found += s.Found;
            total.Matched += s.Matched;
            total.ReviewFound += s.ReviewFound;
            foreach (var field in Fields)
            {
                var (r, t) = s.Fields[field];
                var (tr, tt) = total.Fields[field];
                total.Fields[field] = (tr + r, tt + t);
            }
        }

        string markdown = Markdown([.. scores, total]);
        output.WriteLine(markdown);
        foreach (var s in scores)
        {
            foreach (var miss in s.Misses)
            {
                output.WriteLine($"{s.Name}: {miss}");
            }
        }

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, reportName), markdown);
        double recall = Ratio(total.Matched, total.Gold);
        double precision = Ratio(total.Matched, total.Found);
        Assert.True(recall >= min.Recall, $"recall {recall:F3} < {min.Recall}");
        Assert.True(precision >= min.Precision, $"precision {precision:F3} < {min.Precision}");
        Assert.True(total.Accuracy("deadline year") >= min.DeadlineYear, $"deadline year {total.Accuracy("deadline year"):F3} < {min.DeadlineYear}");
        Assert.True(total.Accuracy("actor") >= min.Actor, $"actor {total.Accuracy("actor"):F3} < {min.Actor}");
        Assert.True(total.Accuracy("action") >= min.Action, $"action {total.Accuracy("action"):F3} < {min.Action}");
        Assert.True(total.ReviewFound <= min.MaxReviewFound, $"{total.ReviewFound} commitments found in review passages (at most {min.MaxReviewFound})");
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static Score? Evaluate(string goldPath, string shared)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = json.RootElement;
        string documentPath = Path.Combine(shared, root.GetProperty("document").GetString()!);
        if (!File.Exists(documentPath))
        {
            return null;
        }

        var document = SpeechDocument.Load(documentPath);
        string text = document.Text.ToString();
        var model = document.GetSemanticModel(root.GetProperty("referenceYear").GetInt32());
        var score = new Score(Path.GetFileName(goldPath).Replace(".gold.json", "", StringComparison.Ordinal));
        foreach (var passage in Passages(root, text))
        {
            var found = model.Commitments.Where(c => c.Location.SourceSpan.Start >= passage.Start && c.Location.SourceSpan.Start < passage.End).ToList();
            if (passage.Zone == "review")
            {
                score.ReviewFound += found.Count;
                foreach (var c in found)
                {
                    score.Misses.Add($"review passage gives: {c.Text}");
                }
            }

            score.Gold += passage.Items.Count;
            score.Found += found.Count;
            var used = new bool[found.Count];
            foreach (var g in passage.Items)
            {
                int best = -1;
                int bestScore = 0;
                for (int e = 0; e < found.Count; e++)
                {
                    var s = found[e].Location.SourceSpan;
                    int overlap = Math.Min(s.End, g.End) - Math.Max(s.Start, g.Start);
                    if (used[e] || overlap <= 0)
                    {
                        continue;
                    }

                    int value = overlap * 4 - Math.Abs(s.Length - (g.End - g.Start));
                    if (g.Metric is not null && found[e].Metric is { } m)
                    {
                        value += m.Indicator == g.Metric.Indicator ? 100000 : 50000;
                    }

                    if (value > bestScore || best < 0)
                    {
                        bestScore = value;
                        best = e;
                    }
                }

                if (best < 0)
                {
                    score.Misses.Add($"missed [{g.Kind}] {g.Text}");
                    continue;
                }

                used[best] = true;
                score.Matched++;
                Compare(score, g, found[best]);
            }

            for (int e = 0; e < found.Count; e++)
            {
                if (!used[e] && passage.Zone != "review")
                {
                    score.Misses.Add($"extra: {found[e].Text} [{found[e].Action}]");
                }
            }
        }

        return score;
    }

    private static void Compare(Score score, GoldItem g, Commitment f)
    {
        void Check(string field, bool right, string gold, string found)
        {
            score.Count(field, right);
            if (!right)
            {
                score.Misses.Add($"{field}: gold {gold} / found {found}  [{g.Text}]");
            }
        }

        Check("actor", g.Actor == f.Actor.Text && g.ActorExplicit == f.Actor.Explicit, $"{g.Actor}/{g.ActorExplicit}", $"{f.Actor.Text}/{f.Actor.Explicit}");
        Check("action", ActionCovers(f.Action, g.Action), g.Action, f.Action);
        Check("deadline year", g.DeadlineYear == f.Deadline?.Year, $"{g.DeadlineYear}", $"{f.Deadline?.Year} ({f.Deadline?.Text})");
        if (g.DeadlineSource is not null && f.Deadline is { } deadline)
        {
            string source = deadline.Source.ToString().ToLowerInvariant();
            Check("deadline source", g.DeadlineSource == source, g.DeadlineSource, source);
        }

        Check("modality", g.Modality == f.Modality, g.Modality, f.Modality);
        if (g.Metric is not null || f.Metric is not null)
        {
            bool right = g.Metric is { } gm && f.Metric is { } fm && gm.Indicator == fm.Indicator && gm.Comparator == fm.Comparator
                && gm.Value == fm.Value && gm.ValueHigh == fm.ValueHigh && gm.Unit == fm.Unit && gm.Redacted == fm.Redacted;
            Check("metric", right, Describe(g.Metric), f.Metric is { } m ? Describe(new GoldMetric(m.Indicator, m.Comparator ?? "", m.Value, m.ValueHigh, m.Unit, m.Redacted)) : "null");
        }
    }

    private static string Describe(GoldMetric? m) => m is null ? "null" : string.Create(CultureInfo.InvariantCulture, $"{m.Indicator} {m.Comparator} {m.Value}..{m.ValueHigh} {m.Unit}{(m.Redacted ? " (redacted)" : "")}");

    /// <summary>
    /// The found action covers the gold one: it contains it (a modal or adverb in front is allowed); or it is the gold action
    /// cut short at its end by no more than a fifth (the verb and most of the object kept); or it holds the same words in the
    /// written order where the annotator put the verb first (生态环境质量总体改善 for 总体改善生态环境质量): nine tenths of the gold
    /// characters, in no more than a third more text.
    /// </summary>
    internal static bool ActionCovers(string found, string gold)
    {
        static string Normalize(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"'))]);
        found = Normalize(found);
        gold = Normalize(gold);
        if (found.Contains(gold, StringComparison.Ordinal)
            || (gold.StartsWith(found, StringComparison.Ordinal) && found.Length * 5 >= gold.Length * 4)
            || (gold.Contains(found, StringComparison.Ordinal) && found.Length * 10 >= gold.Length * 9))
        {
            return true;
        }

        var left = found.GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        int common = 0;
        foreach (char c in gold)
        {
            if (left.TryGetValue(c, out int n) && n > 0)
            {
                left[c] = n - 1;
                common++;
            }
        }

        return common * 10 >= gold.Length * 9 && found.Length * 3 <= gold.Length * 4;
    }

    private static IEnumerable<Passage> Passages(JsonElement root, string text)
    {
        foreach (var p in root.GetProperty("passages").EnumerateArray())
        {
            int start = text.IndexOf(p.GetProperty("from").GetString()!, StringComparison.Ordinal);
            string to = p.GetProperty("to").GetString()!;
            int end = start < 0 ? -1 : text.IndexOf(to, start, StringComparison.Ordinal);
            Assert.True(start >= 0 && end >= 0, $"passage {p.GetProperty("from").GetString()} not found");
            end += to.Length;
            string body = text[start..end];
            var items = new List<GoldItem>();
            foreach (var c in p.GetProperty("commitments").EnumerateArray())
            {
                string t = c.GetProperty("text").GetString()!;
                int occurrence = c.TryGetProperty("occurrence", out var o) ? o.GetInt32() : 1;
                int at = -1;
                for (int i = 0; i < occurrence; i++)
                {
                    at = body.IndexOf(t, at + 1, StringComparison.Ordinal);
                }

                Assert.True(at >= 0, $"gold text not in its passage: {t}");
                GoldMetric? metric = c.GetProperty("metric") is { ValueKind: JsonValueKind.Object } m
                    ? new GoldMetric(
                        m.GetProperty("indicator").GetString(),
                        m.GetProperty("comparator").GetString()!,
                        m.GetProperty("value").ValueKind == JsonValueKind.Number ? m.GetProperty("value").GetDouble() : null,
                        m.GetProperty("valueHigh").ValueKind == JsonValueKind.Number ? m.GetProperty("valueHigh").GetDouble() : null,
                        m.GetProperty("unit").GetString(),
                        m.GetProperty("redacted").GetBoolean())
                    : null;
                var deadline = c.GetProperty("deadline");
                bool hasDeadline = deadline.ValueKind == JsonValueKind.Object;
                items.Add(new GoldItem(
                    t,
                    start + at,
                    start + at + t.Length,
                    c.GetProperty("actor").GetString()!,
                    c.GetProperty("actorExplicit").GetBoolean(),
                    c.GetProperty("action").GetString()!,
                    c.GetProperty("modality").GetString()!,
                    c.GetProperty("kind").GetString()!,
                    metric,
                    hasDeadline && deadline.GetProperty("year").ValueKind == JsonValueKind.Number ? deadline.GetProperty("year").GetInt32() : null,
                    hasDeadline ? deadline.GetProperty("source").GetString() : null));
            }

            yield return new Passage(start, end, p.GetProperty("zone").GetString()!, items);
        }
    }

    private static string Markdown(IReadOnlyList<Score> scores)
    {
        var ci = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        b.AppendLine("## Commitment extraction on the real-text gold");
        b.AppendLine();
        b.AppendLine("| file | gold | found | matched | recall | precision | " + string.Join(" | ", Fields) + " | review found |");
        b.AppendLine("|---|---|---|---|---|---|" + string.Concat(Enumerable.Repeat("---|", Fields.Length)) + "---|");
        foreach (var s in scores)
        {
            b.Append(string.Create(ci, $"| {s.Name} | {s.Gold} | {s.Found} | {s.Matched} | {Ratio(s.Matched, s.Gold):F2} | {Ratio(s.Matched, s.Found):F2} |"));
            foreach (var f in Fields)
            {
                b.Append(string.Create(ci, $" {s.Accuracy(f):F2} |"));
            }

            b.AppendLine(string.Create(ci, $" {s.ReviewFound} |"));
        }

        return b.ToString();
    }
}
