using Xunit.Abstractions;

namespace PolicySpeech.Tests.Analyzers;

/// <summary>
/// Runs every built-in rule over ../shared/corpus-real (clean official texts; skipped where the folder is absent),
/// prints what fires, and bounds the rules that must stay quiet on clean text.
/// </summary>
public sealed class CorpusRealAnalyzerTests(ITestOutputHelper output)
{
    /// <summary>Findings allowed per 100,000 characters for rules that should be near-silent on official text.</summary>
    private static readonly Dictionary<string, double> QuietBudget = new()
    {
        ["PS1001"] = 0.5,
        ["PS2005"] = 2,
        ["PS3001"] = 3,
        ["PS3002"] = 3,
        ["PS4002"] = 5,
        ["PS5001"] = 5,
        ["PS9001"] = 0,
    };

    [Fact]
    public void RulesStayQuietOnRealReports()
    {
        var files = RepoPaths.CorpusRealFiles.ToList();
        if (files.Count == 0)
        {
            return;
        }

        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        long characters = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            characters += text.Length;
            var tree = AnalyzerHarness.Parse(text, Path.GetFileName(file));
            var diagnostics = AnalyzerHarness.Run(tree);
            var byId = diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            output.WriteLine($"{Path.GetFileName(file)} ({text.Length} chars): {diagnostics.Length} findings: {string.Join(", ", byId.Select(g => $"{g.Key}×{g.Count()}"))}");
            foreach (var d in diagnostics.Where(d => d.Id != "PS3003"))
            {
                output.WriteLine($"    {d.Id} L{d.Location.LineSpan.Start.Line + 1} '{Short(AnalyzerHarness.Flagged(tree, d))}' {d.Message}");
            }

            foreach (var g in byId)
            {
                totals[g.Key] = totals.GetValueOrDefault(g.Key) + g.Count();
            }
        }

        output.WriteLine($"TOTAL over {characters} characters: {string.Join(", ", totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}×{t.Value} ({t.Value * 100_000.0 / characters:0.0}/100k)"))}");
        foreach (var (id, budget) in QuietBudget)
        {
            var per100k = totals.GetValueOrDefault(id) * 100_000.0 / characters;
            Assert.True(per100k <= budget, $"{id} fires {per100k:0.00} times per 100,000 characters on clean reports (budget {budget})");
        }
    }

    private static string Short(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
