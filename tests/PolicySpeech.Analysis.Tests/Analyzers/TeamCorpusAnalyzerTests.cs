using Xunit.Abstractions;

namespace PolicySpeech.Tests.Analyzers;

/// <summary>The team's clean speeches (corpus/team/*.txt) give no findings at all but PS3003 where they use half-width marks.</summary>
public sealed class TeamCorpusAnalyzerTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var dir = Path.Combine(RepoPaths.Corpus, "team");
        foreach (var file in Directory.Exists(dir) ? Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray() : [])
        {
            data.Add(Path.GetFileName(file));
        }

        if (data.Count == 0)
        {
            data.Add(string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CleanSpeechHasNoFindingsButHalfWidthPunctuation(string name)
    {
        if (name.Length == 0)
        {
            return; // corpus/team not written yet
        }

        var tree = AnalyzerHarness.Parse(File.ReadAllText(Path.Combine(RepoPaths.Corpus, "team", name)), name);
        var diagnostics = AnalyzerHarness.Run(tree, includeParser: true);
        foreach (var d in diagnostics)
        {
            output.WriteLine($"{d.Id} L{d.Location.LineSpan.Start.Line + 1} '{AnalyzerHarness.Flagged(tree, d)}': {d.Message}");
        }

        var others = diagnostics.Where(d => d.Id != "PS3003").Select(d => $"{d.Id} line {d.Location.LineSpan.Start.Line + 1}: {d.Message}").ToList();
        Assert.True(others.Count == 0, string.Join("\n", others));
    }
}
