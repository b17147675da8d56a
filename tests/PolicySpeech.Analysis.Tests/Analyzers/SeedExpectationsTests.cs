using System.Text.Json;
using PolicySpeech.Diagnostics;
using Xunit.Abstractions;

namespace PolicySpeech.Tests.Analyzers;

/// <summary>
/// Runs every built-in rule on the seed and compares, finding by finding, with the team's expected findings in
/// corpus/seed/000_9db54a9de2bb72cf.diagnostics.json: a list of {id, line (1-based), text (the flagged text),
/// properties (optional, each must match), fix (optional: the text of the flagged span together with the fix's
/// changes after applying them; "" for a deletion)}.
/// </summary>
public sealed class SeedExpectationsTests(ITestOutputHelper output)
{
    private sealed record Expected(string Id, int Line, string Text, Dictionary<string, string>? Properties, string? Fix);

    private static string ExpectedPath => Path.Combine(RepoPaths.Corpus, "seed", "000_9db54a9de2bb72cf.diagnostics.json");

    [Fact]
    public void SeedFindingsMatchTheTeamsExpectations()
    {
        var expected = JsonSerializer.Deserialize<List<Expected>>(File.ReadAllText(ExpectedPath), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        var tree = AnalyzerHarness.Parse(File.ReadAllText(RepoPaths.Seed), "corpus/seed/000_9db54a9de2bb72cf.txt");
        var actual = AnalyzerHarness.Run(tree).ToList();

        var unmatched = new List<Diagnostic>(actual);
        var missing = new List<string>();
        var wrong = new List<string>();
        foreach (var e in expected)
        {
            var match = unmatched.FirstOrDefault(d => d.Id == e.Id && d.Location.LineSpan.Start.Line + 1 == e.Line && AnalyzerHarness.Flagged(tree, d) == e.Text);
            if (match is null)
            {
                missing.Add($"{e.Id} line {e.Line} '{e.Text}'");
                continue;
            }

            unmatched.Remove(match);
            foreach (var (key, value) in e.Properties ?? [])
            {
                if (!match.Properties.TryGetValue(key, out var actualValue) || actualValue != value)
                {
                    wrong.Add($"{e.Id} line {e.Line} '{e.Text}': property {key} = '{actualValue}', expected '{value}'");
                }
            }

            if (e.Fix is not null && AnalyzerHarness.FixedText(tree, match) != e.Fix)
            {
                wrong.Add($"{e.Id} line {e.Line} '{e.Text}': fix gives '{AnalyzerHarness.FixedText(tree, match)}', expected '{e.Fix}'");
            }
        }

        var unexpected = unmatched.Select(d => $"{d.Id} line {d.Location.LineSpan.Start.Line + 1} '{AnalyzerHarness.Flagged(tree, d)}': {d.Message}").ToList();
        output.WriteLine($"expected {expected.Count}, actual {actual.Count}; by rule: {string.Join(", ", actual.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}"))}");
        foreach (var m in missing)
        {
            output.WriteLine("MISSING    " + m);
        }

        foreach (var u in unexpected)
        {
            output.WriteLine("UNEXPECTED " + u);
        }

        foreach (var w in wrong)
        {
            output.WriteLine("WRONG      " + w);
        }

        Assert.True(missing.Count == 0 && unexpected.Count == 0 && wrong.Count == 0,
            $"{missing.Count} missing, {unexpected.Count} unexpected, {wrong.Count} wrong:\n{string.Join("\n", missing.Concat(unexpected).Concat(wrong))}");
    }

    [Fact]
    public void ExpectationsCoverEveryRedactionOfTheSeed()
    {
        // Independent of the analyzers: every run of * in the seed has an expected PS1001 on its line.
        var lines = File.ReadAllLines(RepoPaths.Seed);
        var expected = JsonSerializer.Deserialize<List<Expected>>(File.ReadAllText(ExpectedPath), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        for (int i = 0; i < lines.Length; i++)
        {
            int runs = System.Text.RegularExpressions.Regex.Matches(lines[i], @"\*+").Count;
            Assert.Equal(runs, expected.Count(e => e.Id == "PS1001" && e.Line == i + 1));
        }
    }
}
