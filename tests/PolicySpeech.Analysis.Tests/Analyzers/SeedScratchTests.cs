using Xunit.Abstractions;

namespace PolicySpeech.Tests.Analyzers;

public sealed class SeedScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void PrintSeed()
    {
        var text = File.ReadAllText(RepoPaths.Seed);
        var tree = AnalyzerHarness.Parse(text, "seed.txt");
        foreach (var d in AnalyzerHarness.Run(tree, includeParser: true))
        {
            if (d.Id == "PS3003") continue;
            output.WriteLine($"{d.Id} L{d.Location.LineSpan.Start.Line + 1} '{AnalyzerHarness.Flagged(tree, d)}' [{string.Join(",", d.Properties.Select(p => p.Key + "=" + p.Value))}] fix='{AnalyzerHarness.FixedText(tree, d)}' {d.Message}");
        }
    }
}
