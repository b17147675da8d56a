using System.Collections.Immutable;
using PolicySpeech.Diagnostics;
using PolicySpeech.Output;
using PolicySpeech.Semantics;
using PolicySpeech.Tests.Diagnostics;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Output;

/// <summary>Reports with every feature the writers must handle: built-in and custom findings, fixes, additional locations, a suppressed finding, commitments.</summary>
internal static class ReportSamples
{
    public const string Small = "在全省妇女儿童工作推进会上的讲话\n\n在全省妇女儿童工作推进会上的讲话\n\n同志们：\n\n要坚持法冶思维,推进法冶建设。今年确保新增妇女就业**万人以上。\n";

    public static (DocumentReport Report, AnalyzerDriver Driver) Analyze(string text, string path)
    {
        var driver = new AnalyzerDriver([.. AnalyzerDriver.CreateBuiltInAnalyzers(), new WordAnalyzer(), new CommaAnalyzer()]);
        var tree = TestRules.Parse(text, path);
        var first = driver.Analyze(tree);
        var accepted = first.Diagnostics.First(d => d.Id == "TST001");
        var config = SpeechConfiguration.Default with { Baseline = [new BaselineEntry(accepted.Id, accepted.Fingerprint!)] };
        var result = driver.Analyze(tree, config);
        var report = DocumentReport.FromAnalysis(result) with
        {
            ReferenceYear = 2024,
            ReferenceYearSource = ReferenceYearSource.Inferred,
        };
        return (report, driver);
    }

    public static DocumentReport WithCommitments(DocumentReport report)
    {
        var text = report.Text.ToString();
        int start = text.IndexOf("今年确保", StringComparison.Ordinal);
        int metricStart = text.IndexOf("**万人以上", StringComparison.Ordinal);
        var span = new TextSpan(start, "今年确保新增妇女就业**万人以上".Length);
        var commitment = new Commitment(
            "今年确保新增妇女就业**万人以上",
            Location.Create(report.Path, report.Text, span),
            "",
            new Actor("我省", false, null),
            "新增妇女就业",
            "ensure",
            new Metric("新增妇女就业", ">=", null, null, "万人", true, "**万人以上", new TextSpan(metricStart, 6)),
            new Deadline("今年", "relative", 2024, null, new TextSpan(start, 2)))
        {
            Zone = Zone.Directive,
            Kind = CommitmentKind.Target,
        };
        var c = commitment;
        var qualitative = new Commitment(c.Text, c.Location, c.Section, c.Actor, c.Action, "should", null, null) { Zone = c.Zone, Kind = CommitmentKind.Task };
        var ranged = new Commitment(c.Text, c.Location, c.Section, c.Actor, c.Action, c.Modality, new Metric("增长", "range", 4.5, 5, "%", false, "4.5%—5%", new TextSpan(0, 1)), c.Deadline)
        {
            Zone = c.Zone,
            Kind = c.Kind,
        };
        return report with { Commitments = ImmutableArray.Create(commitment, qualitative, ranged) };
    }
}
