using System.Globalization;
using PolicySpeech.Loading;
using PolicySpeech.Semantics;
using PolicySpeech.Tests;
using Xunit;
using Xunit.Abstractions;

namespace PolicySpeech.Analysis.Tests.Semantics.Targets;

/// <summary>
/// The targets table against corpus/targets-gold/targets.tsv (written by reading the shared work reports). Skips where
/// ../shared is absent.
/// </summary>
public sealed class TargetGoldTests(ITestOutputHelper output)
{
    private sealed record GoldRow(string Corpus, string File, string IndicatorId, string Comparator, double Value, double? ValueHigh, string Unit, string Text);

    private static List<GoldRow> LoadGold() =>
        File.ReadLines(Path.Combine(RepoPaths.Corpus, "targets-gold", "targets.tsv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t'))
            .Select(c => new GoldRow(c[0], c[1], c[3], c[4], double.Parse(c[5], CultureInfo.InvariantCulture),
                                     c[6].Length == 0 ? null : double.Parse(c[6], CultureInfo.InvariantCulture), c[7], c[8]))
            .ToList();

    private static string Unit(string? unit) => (unit ?? "").Replace('％', '%');

    private static bool Same(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) < 1e-9;

    private static TargetTable Table(string path) =>
        TargetTable.FromText(SpeechDocument.Load(path).Text.ToString(), Path.GetFileName(path));

    [Fact]
    public void GoldTargetsAreFound()
    {
        if (RepoPaths.SharedRoot is not { } shared)
        {
            return;
        }

        var gold = LoadGold();
        var tables = new Dictionary<string, TargetTable>(StringComparer.Ordinal);
        int cells = 0, right = 0, gdp = 0, gdpRight = 0;
        var misses = new List<string>();
        foreach (var g in gold)
        {
            var path = Path.Combine(shared, g.Corpus, g.File);
            if (!tables.TryGetValue(path, out var table))
            {
                table = tables[path] = Table(path);
            }

            var candidates = table.Rows.Where(r => r.IndicatorId == g.IndicatorId && (r.Text.Contains(g.Text, StringComparison.Ordinal) || g.Text.Contains(r.Text, StringComparison.Ordinal))).ToList();
            var row = candidates.FirstOrDefault(r => r.Comparator == g.Comparator && Same(r.Value, g.Value) && Same(r.ValueHigh, g.ValueHigh)) ?? candidates.FirstOrDefault();
            bool[] ok =
            [
                row is not null,
                row?.Comparator == g.Comparator,
                row is not null && Same(row.Value, g.Value),
                row is not null && Same(row.ValueHigh, g.ValueHigh),
                row is not null && Unit(row.Unit) == Unit(g.Unit),
            ];
            cells += ok.Length;
            right += ok.Count(b => b);
            if (ok.Any(b => !b))
            {
                misses.Add($"{g.File} {g.IndicatorId} 「{g.Text}」 → " + (row is null ? "not found" : $"{row.Comparator} {row.Value} {row.ValueHigh} {row.Unit}"));
            }

            if (g.IndicatorId == "gdp_growth")
            {
                gdp++;
                gdpRight += ok.Take(4).All(b => b) ? 1 : 0;
            }
        }

        double share = (double)right / cells;
        output.WriteLine($"gold rows {gold.Count}, cells right {right}/{cells} = {share:P1}; GDP growth targets right {gdpRight}/{gdp}");
        foreach (var m in misses)
        {
            output.WriteLine("miss: " + m);
        }

        Assert.Equal(gdp, gdpRight);
        Assert.True(share >= 0.95, $"{share:P1} of the gold cells right");
    }

    [Fact]
    public void ProvincialTargetParagraphsGetIndicatorIds()
    {
        if (RepoPaths.SharedRoot is not { } shared)
        {
            return;
        }

        int quantified = 0, assigned = 0;
        foreach (var path in Directory.GetFiles(Path.Combine(shared, "corpus-archive"), "prov-2026_*.txt").Concat(Directory.GetFiles(Path.Combine(shared, "corpus-real"), "prov-gwr-2026-*.txt")))
        {
            var text = SpeechDocument.Load(path).Text.ToString();
            var lines = text.Split('\n');
            int index = Array.FindIndex(lines, l => l.Contains("主要预期目标", StringComparison.Ordinal) && (l.Contains("是：", StringComparison.Ordinal) || l.Contains("为：", StringComparison.Ordinal) || l.Trim().Length <= 10));
            if (index < 0)
            {
                // 山西: 今年经济社会发展主要目标是：
                index = Array.FindIndex(lines, l => l.Contains("今年经济社会发展主要目标是：", StringComparison.Ordinal));
            }
            if (index < 0)
            {
                continue;
            }

            while (index < lines.Length - 1 && lines[index].Trim().Length <= 10)
            {
                index++;
            }

            var rows = Table(path).Rows.Where(r => r.Line == index + 1).ToList();
            int targets = TargetCount(lines[index]);
            quantified += targets;
            int withId = Math.Min(targets, rows.Count(r => r.IndicatorId is not null));
            assigned += withId;
            output.WriteLine($"{Path.GetFileName(path)}: {withId}/{targets}");
        }

        double share = (double)assigned / quantified;
        output.WriteLine($"indicatorId on {assigned}/{quantified} = {share:P1} of the quantified targets of the 主要预期目标 paragraphs");
        Assert.True(quantified > 50);
        Assert.True(share >= 0.90, $"{share:P1}");
    }

    /// <summary>The numbers with a unit in a target paragraph (% and 万人 …), ranges counted once: what a reader counts as targets.</summary>
    private static int TargetCount(string line)
    {
        int count = 0;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(line, @"[0-9]+(\.[0-9]+)?(%|％)?(\s*[—－\-~～至]\s*[0-9]+(\.[0-9]+)?)?(%|％|万人|亿斤|万吨|个百分点|万人次|亿元|万亿元)"))
        {
            count++;
        }

        return count;
    }
}
