using System.Diagnostics;
using PolicySpeech.Analyzers;
using Xunit.Abstractions;

namespace PolicySpeech.Tests.Analyzers;

public sealed class TmpPerfTests(ITestOutputHelper output)
{
    [Fact]
    public void Measure()
    {
        var texts = RepoPaths.CorpusRealFiles.Select(File.ReadAllText).ToList();
        var trees = texts.Select(t => AnalyzerHarness.Parse(t)).ToList();
        long bytes = texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
        void Time(string name, Action<PolicySpeech.Syntax.SpeechSyntaxTree> a)
        {
            foreach (var tree in trees) a(tree);
            var sw = Stopwatch.StartNew();
            for (int r = 0; r < 5; r++) foreach (var tree in trees) a(tree);
            output.WriteLine($"{name}: {5 * bytes / 1e6 / sw.Elapsed.TotalSeconds:0.0} MB/s");
        }
        Time("walk", t => t.Root.DescendantNodes().Count());
        Time("blocks", t => RuleText.Blocks(t));
        Time("paragraphs", t => DuplicateUnits.Paragraphs(t));
        Time("hash", t => RuleText.NormalizedHash(t.Text.AsSpan(), out _));
        Time("han", t => RuleText.HanCount(t.Text.AsSpan()));
    }
}
