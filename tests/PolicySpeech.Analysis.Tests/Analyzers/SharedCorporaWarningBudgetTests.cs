using PolicySpeech.Diagnostics;
using Xunit.Abstractions;

namespace PolicySpeech.Tests.Analyzers;

/// <summary>
/// Issue #11's gate over both shared corpora (../shared/corpus-real and corpus-archive; skipped where absent): every
/// warning-severity finding is either one a reader judged true (listed below by document, rule and flagged text) or counts
/// against its rule's budget of false findings. The budgets are a ratchet at the judged state of this landing (see the closing
/// note's table); the issue's goal is 0.5 false findings per 100,000 characters for every rule, which PS2002 does not yet meet.
/// Only PS5001's true findings are listed so far: for the other rules the budget counts every warning, true ones included.
/// </summary>
public sealed class SharedCorporaWarningBudgetTests(ITestOutputHelper output)
{
    /// <summary>Findings judged true by reading them in context: (file name, rule, flagged text).</summary>
    private static readonly HashSet<(string File, string Rule, string Flagged)> JudgedTrue =
    [
        ("cpc-congress-9.txt", "PS5001", "积级性"),
        ("national-gwr-1984-055.txt", "PS5001", "裁入"),
        ("national-gwr-1984-055.txt", "PS5001", "亨受"),
        ("national-gwr-1986-053.txt", "PS5001", "期未"),
    ];

    /// <summary>Warnings not judged true allowed per rule over both corpora (1.1 M characters).</summary>
    private static readonly Dictionary<string, int> FalseBudget = new()
    {
        ["PS2001"] = 1,
        ["PS2002"] = 14,
        ["PS2003"] = 6,
        ["PS2005"] = 1,
        ["PS3001"] = 10,
        ["PS4001"] = 5,
        ["PS5001"] = 5,
    };

    [Fact]
    public void WarningRulesStayWithinTheirFalseFindingBudget()
    {
        if (RepoPaths.SharedRoot is not { } shared)
        {
            return;
        }

        var files = new[] { "corpus-real", "corpus-archive" }
            .Select(d => Path.Combine(shared, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.txt"))
            .Where(f => !Path.GetFileName(f).Equals("README.txt", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var unjudged = new Dictionary<string, int>(StringComparer.Ordinal);
        long characters = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            characters += text.Length;
            var tree = AnalyzerHarness.Parse(text, Path.GetFileName(file));
            foreach (var d in AnalyzerHarness.Run(tree).Where(d => d.Severity == DiagnosticSeverity.Warning))
            {
                var flagged = AnalyzerHarness.Flagged(tree, d);
                if (JudgedTrue.Contains((Path.GetFileName(file), d.Id, flagged)))
                {
                    continue;
                }

                unjudged[d.Id] = unjudged.GetValueOrDefault(d.Id) + 1;
                output.WriteLine($"{d.Id} {Path.GetFileName(file)}:{d.Location.LineSpan.Start.Line + 1} '{flagged.ReplaceLineEndings("⏎")}' {d.Message}");
            }
        }

        output.WriteLine($"{files.Count} documents, {characters} characters");
        foreach (var (id, count) in unjudged.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            int budget = FalseBudget.GetValueOrDefault(id);
            output.WriteLine($"{id}: {count} not judged true ({count * 100_000.0 / characters:0.00}/100k), budget {budget}");
            Assert.True(count <= budget, $"{id}: {count} warnings not judged true on the shared corpora, budget {budget}");
        }
    }
}
