using System.Text.Json;
using PolicySpeech.Semantics;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Semantics;

/// <summary>A gold file corpus/**/NAME.commitments.json (see corpus/README.md, "Commitment gold").</summary>
public sealed record CommitmentGold(string TextPath, int ReferenceYear, IReadOnlyList<GoldCommitment> Commitments, IReadOnlyList<GoldNonCommitment> NonCommitments, IReadOnlySet<int> QualitativeLines)
{
    public static IEnumerable<string> Files =>
        Directory.Exists(RepoPaths.Corpus)
            ? Directory.GetFiles(RepoPaths.Corpus, "*.commitments.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];

    public static CommitmentGold Load(string goldPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
        var root = json.RootElement;
        string textPath = goldPath[..^".commitments.json".Length] + ".txt";
        var commitments = new List<GoldCommitment>();
        foreach (var c in root.GetProperty("commitments").EnumerateArray())
        {
            GoldMetric? metric = null;
            if (c.GetProperty("metric") is { ValueKind: JsonValueKind.Object } m)
            {
                metric = new GoldMetric(Str(m, "indicator"), Str(m, "comparator"), Num(m, "value"), Num(m, "valueHigh"), Str(m, "unit"), m.GetProperty("redacted").GetBoolean());
            }

            int? year = null;
            string? deadlineText = null;
            if (c.GetProperty("deadline") is { ValueKind: JsonValueKind.Object } d)
            {
                deadlineText = Str(d, "text");
                year = d.GetProperty("year").ValueKind == JsonValueKind.Number ? d.GetProperty("year").GetInt32() : null;
            }

            commitments.Add(new GoldCommitment(
                c.GetProperty("text").GetString()!,
                c.GetProperty("line").GetInt32(),
                c.GetProperty("quantified").GetBoolean(),
                Str(c, "actor"),
                c.GetProperty("actorExplicit").GetBoolean(),
                Str(c, "action"),
                Str(c, "modality"),
                metric,
                deadlineText,
                year));
        }

        var non = new List<GoldNonCommitment>();
        if (root.TryGetProperty("nonCommitments", out var nons))
        {
            foreach (var n in nons.EnumerateArray())
            {
                non.Add(new GoldNonCommitment(n.GetProperty("text").GetString()!, n.GetProperty("line").GetInt32(), Str(n, "why")));
            }
        }

        var lines = new HashSet<int>();
        if (root.TryGetProperty("qualitativeCoverage", out var coverage) && coverage.TryGetProperty("lines", out var covered))
        {
            foreach (var line in covered.EnumerateArray())
            {
                lines.Add(line.GetInt32());
            }
        }

        return new CommitmentGold(textPath, root.GetProperty("referenceYear").GetInt32(), commitments, non, lines);
    }

    /// <summary>The span of each gold commitment in <paramref name="text"/> (its text on its line; the n-th occurrence for repeats).</summary>
    public static IReadOnlyList<TextSpan?> Locate(SourceText text, IEnumerable<(string Text, int Line)> items)
    {
        var seen = new Dictionary<(string, int), int>();
        var result = new List<TextSpan?>();
        var previous = ((string?)null, -1);
        foreach (var (itemText, line) in items)
        {
            if (line < 1 || line > text.LineCount)
            {
                result.Add(null);
                continue;
            }

            var lineSpan = text.GetLine(line - 1).Span;
            string lineText = text.ToString(lineSpan);
            var key = (itemText, line);
            int n = seen.GetValueOrDefault(key);

            // Distributive pairs repeat the same text for each indicator: same span.
            if (previous == (itemText, line) && result.Count > 0)
            {
                result.Add(result[^1]);
                continue;
            }

            int at = -1;
            for (int k = 0; k <= n; k++)
            {
                at = lineText.IndexOf(itemText, at + 1, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }
            }

            seen[key] = n + 1;
            previous = (itemText, line);
            result.Add(at < 0 ? null : new TextSpan(lineSpan.Start + at, itemText.Length));
        }

        return result;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}

public sealed record GoldMetric(string? Indicator, string? Comparator, double? Value, double? ValueHigh, string? Unit, bool Redacted);

public sealed record GoldCommitment(string Text, int Line, bool Quantified, string? Actor, bool ActorExplicit, string? Action, string? Modality, GoldMetric? Metric, string? DeadlineText, int? DeadlineYear);

public sealed record GoldNonCommitment(string Text, int Line, string? Why);
