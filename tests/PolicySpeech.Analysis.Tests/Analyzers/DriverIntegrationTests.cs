using PolicySpeech.Analyzers;
using PolicySpeech.Diagnostics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Analyzers;

/// <summary>The engine's driver finds every built-in rule and reports on the seed what the rule tests' harness reports.</summary>
public sealed class DriverIntegrationTests
{
    [Fact]
    public void DriverDiscoversEveryRule()
    {
        var names = AnalyzerDriver.CreateBuiltInAnalyzers().Select(a => a.GetType().Name).ToHashSet();
        foreach (var analyzer in AnalyzerHarness.BuiltIn)
        {
            Assert.Contains(analyzer.GetType().Name, names);
        }

        Assert.Equal(12, AnalyzerHarness.BuiltIn.Length);
    }

    [Fact]
    public void DriverAndHarnessAgreeOnTheSeed()
    {
        var tree = SpeechSyntaxTree.Parse(SourceText.From(File.ReadAllText(RepoPaths.Seed)), "seed.txt");
        var viaDriver = AnalyzerDriver.CreateDefault().Analyze(tree).Diagnostics
            .Select(d => (d.Id, d.Location.SourceSpan)).OrderBy(x => x.SourceSpan).ThenBy(x => x.Id).ToList();
        var viaHarness = AnalyzerHarness.Run(tree, includeParser: true)
            .Select(d => (d.Id, d.Location.SourceSpan)).OrderBy(x => x.SourceSpan).ThenBy(x => x.Id).ToList();
        Assert.Equal(viaHarness, viaDriver);
    }

    [Fact]
    public void FixingTheSeedRemovesTheFixedFindings()
    {
        var tree = SpeechSyntaxTree.Parse(SourceText.From(File.ReadAllText(RepoPaths.Seed)), "seed.txt");
        var before = AnalyzerHarness.Run(tree);
        var text = tree.Text.ToString();
        var changes = new List<TextChange>();
        foreach (var d in before.Where(d => d.Fix is not null).OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (d.Fix!.Changes.All(c => changes.All(o => !o.Span.OverlapsWith(c.Span) && o.Span.Start != c.Span.Start)))
            {
                changes.AddRange(d.Fix.Changes);
            }
        }

        var fixedText = tree.Text.WithChanges(changes);
        var after = AnalyzerHarness.Run(SpeechSyntaxTree.Parse(fixedText, "seed.txt"));
        string[] fixable = ["PS2002", "PS2003", "PS2005", "PS3001", "PS3002", "PS3003", "PS4002", "PS5001"];
        var left = after.Where(d => fixable.Contains(d.Id)).Select(d => $"{d.Id} {d.Message}").ToList();
        Assert.True(left.Count == 0, string.Join("\n", left));
        Assert.Equal(19, after.Count(d => d.Id == BuiltInRules.RedactedPlaceholder.Id));
        Assert.NotEqual(text, fixedText.ToString());
    }
}
