using PolicySpeech.Diagnostics;

namespace PolicySpeech.Tests.Analyzers;

/// <summary>
/// Issue #11's "text the rules have never seen": Fixtures/unseen-clean-2026.txt is clean policy text written for this test in the
/// manner of a 2026 provincial government work report (place names, brand and campaign names in quotation marks, AA and ABAB
/// reduplication, verb-complement compounds, numbers), not taken from any corpus the rules were tuned on. Every built-in rule
/// must be quiet on it: no warning, and no PS5001 or PS2005 finding at all.
/// </summary>
public sealed class UnseenCleanTextTests
{
    private static readonly string FixturePath = Path.Combine(RepoPaths.Root, "tests", "PolicySpeech.Analysis.Tests", "Analyzers", "Fixtures", "unseen-clean-2026.txt");

    [Fact]
    public void CleanUnseenTextGetsNoWarning()
    {
        var text = File.ReadAllText(FixturePath);
        Assert.True(text.Length > 2000, $"the fixture is {text.Length} characters");
        var tree = AnalyzerHarness.Parse(text, "unseen-clean-2026.txt");
        var loud = AnalyzerHarness.Run(tree)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.Id is "PS5001" or "PS2005")
            .Select(d => $"{d.Id} line {d.Location.LineSpan.Start.Line + 1} '{AnalyzerHarness.Flagged(tree, d)}': {d.Message}")
            .ToList();
        Assert.True(loud.Count == 0, string.Join("\n", loud));
    }

    [Theory]
    [InlineData("党中央", "党中夹", "PS5001")]
    [InlineData("确保零就业家庭", "确保确保零就业家庭", "PS2005")]
    [InlineData("让群众天天有保障", "让群众天天有保障保障", "PS2005")]
    public void ASlipPlantedInTheSameTextIsFound(string clean, string slip, string id)
    {
        var text = File.ReadAllText(FixturePath);
        Assert.Contains(clean, text, StringComparison.Ordinal);
        var planted = text.Replace(clean, slip, StringComparison.Ordinal);
        var d = Assert.Single(AnalyzerHarness.Run(planted), d => d.Id == id);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }
}
