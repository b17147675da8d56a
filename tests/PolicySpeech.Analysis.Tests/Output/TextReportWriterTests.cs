using System.Collections.Immutable;
using PolicySpeech.Diagnostics;
using PolicySpeech.Output;
using PolicySpeech.Tests.Diagnostics;

namespace PolicySpeech.Tests.Output;

public sealed class TextReportWriterTests
{
    [Fact]
    public void OneFindingALineLikeACompiler()
    {
        var (report, _) = ReportSamples.Analyze(ReportSamples.Small, "dir/small.txt");
        var writer = new StringWriter();
        TextReportWriter.Write(writer, [report]);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("dir/small.txt(7,11): warning TST001: Found '法冶'", lines);
        Assert.Contains("dir/small.txt(7,8): info TST002: Half-width comma between Chinese characters", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("dir/small.txt(7,4): warning TST001", StringComparison.Ordinal)); // the suppressed one
        Assert.All(lines, l => Assert.Matches(@"^dir/small\.txt\(\d+,\d+\): (error|warning|info) [A-Z]+\d+: .+$", l));

        var withSuppressed = new StringWriter();
        TextReportWriter.Write(withSuppressed, [report], new TextReportOptions { IncludeSuppressed = true });
        Assert.Contains("dir/small.txt(7,4): warning TST001: Found '法冶' (suppressed)", withSuppressed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ManyFindingsOfOneIdGetASummaryLine()
    {
        var text = string.Concat(Enumerable.Repeat("我们要依法办事,守住底线。\n\n", 12));
        var result = new AnalyzerDriver([new CommaAnalyzer()]).Analyze(TestRules.Parse(text, "many.txt"));
        var report = DocumentReport.FromAnalysis(result);
        var writer = new StringWriter();
        TextReportWriter.Write(writer, [report], new TextReportOptions { MaxFindingsPerId = 5 });
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(6, lines.Count);
        Assert.Equal("many.txt: TST002: 12 findings (5 shown): Half-width comma", lines[^1]);

        var all = new StringWriter();
        TextReportWriter.Write(all, [report with { Diagnostics = report.Diagnostics.Take(3).ToImmutableArray() }]);
        Assert.Equal(3, all.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
