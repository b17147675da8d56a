using PolicySpeech.Analyzers;
using PolicySpeech.Diagnostics;
using PolicySpeech.Syntax;

namespace PolicySpeech.Tests.Diagnostics;

public sealed class AnalyzerDriverTests
{
    private const string Speech = "同志们：\n\n要坚持法冶思维，推进法冶建设。我们要依法办事,守住底线。\n\n第二段也讲法冶。\n";

    [Fact]
    public void CustomAnalyzerRunsAndDiagnosticsAreInTextOrder()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer(), new CommaAnalyzer()]);
        var result = driver.Analyze(TestRules.Parse(Speech));
        var ours = result.Diagnostics.Where(d => d.Id.StartsWith("TST", StringComparison.Ordinal)).ToList();
        Assert.Equal(["TST001", "TST001", "TST002", "TST001"], ours.Select(d => d.Id));
        var starts = result.Diagnostics.Select(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(starts.Order().ToList(), starts);
        Assert.All(ours, d => Assert.Equal(Speech.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length), d.Id == "TST001" ? "法冶" : ","));
        Assert.All(result.Diagnostics, d => Assert.NotNull(d.Fingerprint));
    }

    [Fact]
    public void TiesAreOrderedByIdThenMessage()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer("同", "x"), new UndeclaredIdAnalyzer(), new OffByDefaultAnalyzer()], new AnalyzerDriverOptions
        {
            Configuration = SpeechConfiguration.Default with { IdSeverities = SpeechConfiguration.Default.IdSeverities.Add("TST003", DiagnosticSeverity.Info) },
        });
        var result = driver.Analyze(TestRules.Parse("同志们：\n\n同心同德。\n"));
        var atZero = result.Diagnostics.Where(d => d.Location.SourceSpan.Start == 0).Select(d => d.Id).ToList();
        Assert.Equal(["PS9001", "TST003"], atZero);
    }

    [Fact]
    public void ParallelAndSequentialRunsGiveTheSameDiagnostics()
    {
        var text = string.Concat(Enumerable.Repeat("要坚持法冶思维,推进法冶建设。\n\n", 400));
        SpeechAnalyzer[] Analyzers() => [new WordAnalyzer(), new CommaAnalyzer(), new WordAnalyzer("建设", "建设"), new ThrowingAnalyzer()];
        var sequential = new AnalyzerDriver(Analyzers(), new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 }).Analyze(TestRules.Parse(text));
        var parallel = new AnalyzerDriver(Analyzers(), new AnalyzerDriverOptions { MaxDegreeOfParallelism = 4, ParallelThreshold = 0 }).Analyze(TestRules.Parse(text));
        Assert.True(sequential.Diagnostics.Length > 1000);
        Assert.Equal(
            sequential.Diagnostics.Select(d => (d.Id, d.Location.SourceSpan, d.Message, d.Fingerprint)),
            parallel.Diagnostics.Select(d => (d.Id, d.Location.SourceSpan, d.Message, d.Fingerprint)));
    }

    [Fact]
    public void ThrowingAnalyzerBecomesPS9001AndOthersStillRun()
    {
        var driver = new AnalyzerDriver([new ThrowingAnalyzer(), new WordAnalyzer()]);
        var result = driver.Analyze(TestRules.Parse(Speech));
        var failure = Assert.Single(result.Diagnostics, d => d.Id == "PS9001");
        Assert.Contains("ThrowingAnalyzer", failure.Message, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException", failure.Message, StringComparison.Ordinal);
        Assert.Contains("boom", failure.Message, StringComparison.Ordinal);
        Assert.Equal("ThrowingAnalyzer", failure.Properties["analyzer"]);
        Assert.Equal(3, result.Diagnostics.Count(d => d.Id == "TST001"));
    }

    [Fact]
    public void InitializeFailureAndUndeclaredIdAreReportedAsPS9001()
    {
        var driver = new AnalyzerDriver([new BrokenInitializeAnalyzer(), new UndeclaredIdAnalyzer()]);
        var result = driver.Analyze(TestRules.Parse(Speech));
        var failures = result.Diagnostics.Where(d => d.Id == "PS9001").Select(d => d.Message).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, m => m.Contains("BrokenInitializeAnalyzer", StringComparison.Ordinal) && m.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains(failures, m => m.Contains("UndeclaredIdAnalyzer", StringComparison.Ordinal) && m.Contains("TST999", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TST999");
    }

    [Fact]
    public void CancellationIsHonoured()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer()]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => driver.Analyze(TestRules.Parse(Speech), cancelled.Token));

        using var source = new CancellationTokenSource();
        var cancelling = new CancellingAnalyzer(source);
        var text = string.Concat(Enumerable.Repeat("第一句。第二句。\n\n", 100));
        var cancellingDriver = new AnalyzerDriver([cancelling, new WordAnalyzer()]);
        Assert.ThrowsAny<OperationCanceledException>(() => cancellingDriver.Analyze(TestRules.Parse(text), source.Token));
        Assert.Equal(1, cancelling.Calls);
    }

    [Fact]
    public async Task AsyncAnalysisMatchesSync()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer()]);
        var tree = TestRules.Parse(Speech);
        var result = await driver.AnalyzeAsync(tree);
        Assert.Equal(driver.Analyze(tree).Diagnostics.Select(d => d.Fingerprint), result.Diagnostics.Select(d => d.Fingerprint));
    }

    [Fact]
    public void NodesArriveInTextOrderWithTheRootFirst()
    {
        var recorder = new KindRecorder();
        new AnalyzerDriver([recorder]).Analyze(TestRules.Parse(Speech));
        Assert.Equal(SyntaxKind.Document, recorder.Seen[0].Kind);
        Assert.Contains(recorder.Seen, s => s.Kind == SyntaxKind.Sentence);
        Assert.Contains(recorder.Seen, s => s.Kind == SyntaxKind.Paragraph);
        var starts = recorder.Seen.Select(s => s.Start).ToList();
        Assert.Equal(starts.Order().ToList(), starts);
    }

    [Fact]
    public void AnalyzerTimesNameEveryAnalyzer()
    {
        var result = new AnalyzerDriver([new WordAnalyzer(), new WordAnalyzer("要", "需"), new CommaAnalyzer()]).Analyze(TestRules.Parse(Speech));
        Assert.Equal(["CommaAnalyzer", "WordAnalyzer", "WordAnalyzer#2"], result.AnalyzerTimes.Keys.Order(StringComparer.Ordinal));
        Assert.All(result.AnalyzerTimes.Values, t => Assert.True(t >= TimeSpan.Zero));
    }

    [Fact]
    public void ParserDiagnosticsAreIncluded()
    {
        var tree = TestRules.Parse("一、\n\n正文内容。\n");
        var result = new AnalyzerDriver([]).Analyze(tree);
        Assert.Equal(tree.Diagnostics.Select(d => d.Id), result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void DefaultDriverCreatesEveryAnalyzerMarkedWithTheAttribute()
    {
        var analyzers = AnalyzerDriver.CreateBuiltInAnalyzers();
        var marked = typeof(SpeechAnalyzer).Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(SpeechAnalyzerAttribute), inherit: false))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
        Assert.Equal(marked, analyzers.Select(a => a.GetType().Name));
        Assert.All(analyzers, a => Assert.False(a.GetType().IsPublic, $"{a.GetType().Name} is public; the public catalog is BuiltInRules"));
        Assert.Equal(
            BuiltInRules.Descriptors.Select(d => d.Id),
            analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Order(StringComparer.Ordinal));
        var names = analyzers.Select(a => a.GetType().Name).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal).ToList(), names);
        Assert.DoesNotContain(analyzers, a => a is WordAnalyzer);
        var driver = AnalyzerDriver.CreateDefault();
        Assert.Contains(driver.SupportedDiagnostics, d => d.Id == "PS9001");
        var result = driver.Analyze(TestRules.Parse(Speech));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PS9001");
    }

    [Fact]
    public void FingerprintsSurviveEditsElsewhereAndCountOccurrences()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer()]);
        var before = driver.Analyze(TestRules.Parse(Speech)).Diagnostics.Where(d => d.Id == "TST001").Select(d => d.Fingerprint).ToList();
        var after = driver.Analyze(TestRules.Parse("新的开头段落，多了几行。\n\n" + Speech)).Diagnostics.Where(d => d.Id == "TST001").Select(d => d.Fingerprint).ToList();
        Assert.Equal(before, after);
        Assert.Equal(3, before.Distinct().Count());
    }
}
