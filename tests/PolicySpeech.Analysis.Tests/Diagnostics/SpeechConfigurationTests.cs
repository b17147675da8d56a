using PolicySpeech.Diagnostics;

namespace PolicySpeech.Tests.Diagnostics;

public sealed class SpeechConfigurationTests : IDisposable
{
    private const string Speech = "同志们：\n\n要坚持法冶思维,推进法冶建设。\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("ps-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void IdSeverityWinsOverCategory()
    {
        var config = SpeechConfiguration.Parse("""{ "severity": { "Test": "error", "TST001": "info", "Punctuation": "hidden" } }""", Path.Combine(_dir, "policyspeech.json"));
        Assert.Equal(DiagnosticSeverity.Info, config.GetSeverity(TestRules.Word));
        Assert.Equal(DiagnosticSeverity.Hidden, config.GetSeverity(TestRules.Comma));
        Assert.Equal(DiagnosticSeverity.Error, config.GetSeverity(TestRules.Off));

        var result = new AnalyzerDriver([new WordAnalyzer(), new CommaAnalyzer()]).Analyze(TestRules.Parse(Speech), config);
        Assert.All(result.Diagnostics.Where(d => d.Id == "TST001"), d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.All(result.Diagnostics.Where(d => d.Id == "TST002"), d => Assert.Equal(DiagnosticSeverity.Hidden, d.Severity));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void NoneRemovesTheDiagnosticAndErrorMakesHasErrors()
    {
        var config = SpeechConfiguration.Parse("""{ "severity": { "tst002": "none", "TST001": "error" } }""", "policyspeech.json");
        var result = new AnalyzerDriver([new WordAnalyzer(), new CommaAnalyzer()]).Analyze(TestRules.Parse(Speech), config);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TST002");
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "TST001"));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void DisabledByDefaultNeedsConfiguration()
    {
        var tree = TestRules.Parse(Speech);
        Assert.Empty(new AnalyzerDriver([new OffByDefaultAnalyzer()]).Analyze(tree).Diagnostics);
        var on = SpeechConfiguration.Parse("""{ "severity": { "TST003": "warning" } }""", "policyspeech.json");
        Assert.Single(new AnalyzerDriver([new OffByDefaultAnalyzer()]).Analyze(tree, on).Diagnostics);
    }

    [Fact]
    public void BaselineMarksFindingsSuppressedWithoutDroppingThem()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer()]);
        var first = driver.Analyze(TestRules.Parse(Speech)).Diagnostics.Where(d => d.Id == "TST001").ToList();
        File.WriteAllText(Path.Combine(_dir, "baseline.json"), $$"""
            {
              "schema": "policyspeech-baseline/1",
              "accepted": [ { "id": "TST001", "fingerprint": "{{first[0].Fingerprint}}", "note": "accepted" } ]
            }
            """);
        var configPath = Path.Combine(_dir, "policyspeech.json");
        File.WriteAllText(configPath, """
            // comments are allowed
            { "baseline": "baseline.json", "severity": { "TST001": "error" }, }
            """);
        var config = SpeechConfiguration.Load(configPath);
        Assert.Equal(Path.Combine(_dir, "baseline.json"), config.BaselinePath);
        var result = driver.Analyze(TestRules.Parse("新加的一段。\n\n" + Speech), config);
        var findings = result.Diagnostics.Where(d => d.Id == "TST001").ToList();
        Assert.Equal(2, findings.Count);
        Assert.True(findings[0].IsSuppressed);
        Assert.False(findings[1].IsSuppressed);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void OptionsReachTheAnalyzers()
    {
        var config = SpeechConfiguration.Parse(
            """{ "acceptedWords": ["法冶"], "dictionaryWords": ["河长制"], "confusionPairs": [{"wrong": "冶", "right": "治"}], "duplicates": {"nearThreshold": 0.9} }""",
            "policyspeech.json");
        Assert.Contains("法冶", config.AnalyzerOptions.AcceptedWords);
        Assert.Contains("河长制", config.AnalyzerOptions.DictionaryWords);
        var pair = Assert.Single(config.AnalyzerOptions.ConfusionPairs);
        Assert.Equal(("冶", "治"), (pair.Wrong, pair.Right));
        Assert.Equal(0.9, config.AnalyzerOptions.GetDouble(AnalyzerOptions.NearDuplicateThresholdKey, 0.8));
        var seen = new List<AnalyzerOptions>();
        var probe = new OptionsProbe(seen);
        new AnalyzerDriver([probe]).Analyze(TestRules.Parse(Speech), config);
        Assert.Same(config.AnalyzerOptions, Assert.Single(seen));
    }

    [Theory]
    [InlineData("{\n  \"severity\": {\n    \"PS1001\": \"loud\"\n  }\n}", 3, 15, "bad severity 'loud'")]
    [InlineData("{\n  \"severty\": {}\n}", 2, 3, "unknown key 'severty'")]
    [InlineData("{\n  \"acceptedWords\": [\"a\",\n  \"b\"\n", 4, 1, "invalid JSON")]
    [InlineData("{\n  \"duplicates\": { \"nearThreshold\": 2 }\n}", 2, 36, "nearThreshold")]
    [InlineData("{\n  \"acceptedWords\": [1]\n}", 2, 21, "only strings")]
    [InlineData("[]", 1, 1, "must be a JSON object")]
    public void MalformedFilesNameFileLineAndProblem(string json, int line, int column, string problem)
    {
        var path = Path.Combine(_dir, "policyspeech.json");
        File.WriteAllText(path, json);
        var ex = Assert.Throws<ConfigurationException>(() => SpeechConfiguration.Load(path));
        Assert.Equal(path, ex.Path);
        Assert.Equal(line, ex.Line);
        Assert.Equal(column, ex.Column);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"{path}({line},{column}): ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnsCountCharactersNotBytes()
    {
        var ex = Assert.Throws<ConfigurationException>(() => SpeechConfiguration.Parse("{\"acceptedWords\": [\"巾帼\"], \"x\": 1}", "c.json"));
        Assert.Equal(1, ex.Line);
        Assert.Equal(27, ex.Column);
    }

    [Fact]
    public void MissingBaselineIsAnError()
    {
        var ex = Assert.Throws<ConfigurationException>(() => SpeechConfiguration.Parse("{\n\"baseline\": \"nope.json\"}", Path.Combine(_dir, "policyspeech.json")));
        Assert.Equal(2, ex.Line);
        Assert.Contains("nope.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindForWalksUpTheFolders()
    {
        var nested = Directory.CreateDirectory(Path.Combine(_dir, "a", "b")).FullName;
        var document = Path.Combine(nested, "speech.txt");
        Assert.Same(SpeechConfiguration.Default, SpeechConfiguration.FindFor(document));
        File.WriteAllText(Path.Combine(_dir, "policyspeech.json"), """{ "severity": { "PS1001": "error" } }""");
        var found = SpeechConfiguration.FindFor(document);
        Assert.Equal(Path.Combine(_dir, "policyspeech.json"), found.Path);
        File.WriteAllText(Path.Combine(nested, "policyspeech.json"), """{ "severity": { "PS1001": "none" } }""");
        Assert.Equal(Path.Combine(nested, "policyspeech.json"), SpeechConfiguration.FindFileFor(document));
        Assert.Null(SpeechConfiguration.FindFor(document).IdSeverities["PS1001"]);
    }

    private sealed class OptionsProbe(List<AnalyzerOptions> seen) : SpeechAnalyzer
    {
        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.Word];

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c => seen.Add(c.Options));
    }
}
