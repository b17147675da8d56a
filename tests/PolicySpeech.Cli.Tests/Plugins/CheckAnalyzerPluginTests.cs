using System.Runtime.Loader;
using System.Text.Json;
using PolicySpeech.Cli.Plugins;

namespace PolicySpeech.Cli.Tests.Plugins;

/// <summary><c>check --analyzer</c> and <c>"analyzers"</c>: samples/CustomAnalyzer loaded as a third-party assembly.</summary>
public sealed class CheckAnalyzerPluginTests : IDisposable
{
    private const string Speech = "关于今年工作的讲话\n\n今年要确保新增就业10万人以上！\n\n"
        + "同志们，要坚持以人民为中心的发展思想，统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设，全面深化改革，全面依法治省，"
        + "全面从严治党，着力推动高质量发展，着力保障和改善民生，着力防范化解重大风险，着力加强和改进党的建设，奋力谱写现代化建设新篇章，"
        + "坚定不移走中国特色社会主义道路，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，"
        + "为实现第二个百年奋斗目标作出新的更大贡献。\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("policyspeech-plugin-").FullName;

    /// <summary>The sample's assembly, built beside these tests (same configuration) by the project reference.</summary>
    private static string SamplePath
    {
        get
        {
            var baseDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            string configuration = baseDir.Parent!.Name;
            return Path.Combine(RepoPaths.Root, "samples", "CustomAnalyzer", "bin", configuration, baseDir.Name, "Acme.SpeechRules.dll");
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void CheckRunsTheAnalyzersOfTheAssemblyBesideTheBuiltInRules()
    {
        var speech = Write("speech.txt", Speech);
        var result = CliRunner.Run("check", speech, "--analyzer", SamplePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("info ACME001:", result.Out, StringComparison.Ordinal);
        Assert.Contains("info ACME002:", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("PS9001", result.Out, StringComparison.Ordinal);

        var without = CliRunner.Run("check", speech);
        Assert.DoesNotContain("ACME", without.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void SarifListsTheAssemblyInToolExtensionsAndItsFindingsPointThere()
    {
        var speech = Write("speech.txt", Speech);
        var result = CliRunner.Run("check", speech, "--analyzer", SamplePath, "--format", "sarif");

        Assert.Equal(0, result.ExitCode);
        using var log = JsonDocument.Parse(result.Out);
        var tool = log.RootElement.GetProperty("runs")[0].GetProperty("tool");
        var extension = Assert.Single(tool.GetProperty("extensions").EnumerateArray());
        Assert.Equal("Acme.SpeechRules", extension.GetProperty("name").GetString());
        Assert.StartsWith("0.1.0", extension.GetProperty("version").GetString(), StringComparison.Ordinal);
        Assert.Equal(["ACME001", "ACME002"], extension.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.DoesNotContain(tool.GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString()!.StartsWith("ACME", StringComparison.Ordinal));

        var acme = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "ACME001");
        Assert.False(acme.TryGetProperty("ruleIndex", out _));
        Assert.Equal(0, acme.GetProperty("rule").GetProperty("toolComponent").GetProperty("index").GetInt32());
        Assert.Equal(0, acme.GetProperty("rule").GetProperty("index").GetInt32());
    }

    [Fact]
    public void TheAssemblyLoadsInItsOwnContextAndSharesTheEngine()
    {
        var plugins = AnalyzerPlugins.Load([SamplePath]);

        Assert.Equal(["ExclamationMarkAnalyzer", "LongSentenceAnalyzer"], plugins.Analyzers.Select(a => a.GetType().Name));
        var context = AssemblyLoadContext.GetLoadContext(plugins.Analyzers[0].GetType().Assembly);
        Assert.NotSame(AssemblyLoadContext.Default, context);
        Assert.IsType<AnalyzerLoadContext>(context);

        // The sample's folder holds its own PolicySpeech.Analysis.dll; the host's copy is used all the same.
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(SamplePath)!, "PolicySpeech.Analysis.dll")));
        Assert.Same(typeof(Diagnostics.SpeechAnalyzer).Assembly, plugins.Analyzers[0].GetType().BaseType!.Assembly);
    }

    [Fact]
    public void TheConfigurationNamesAnalyzersRelativeToItselfAndGivesThemOptions()
    {
        var speech = Write("speech.txt", Speech);
        string relative = Path.GetRelativePath(_dir, SamplePath).Replace('\\', '/');
        Write("policyspeech.json", $$"""{ "analyzers": ["{{relative}}"], "rules": { "ACME002": { "maxLength": 1000 } } }""");

        var result = CliRunner.Run("check", speech);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ACME001", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ACME002", result.Out, StringComparison.Ordinal); // the limit from "rules" is above every sentence
    }

    [Fact]
    public void AnAnalyzerThatThrowsBecomesPS9001AndTheOthersStillRun()
    {
        var speech = Write("speech.txt", Speech);
        Write("policyspeech.json", """{ "options": { "ACME002.maxLength": "many" } }""");

        var result = CliRunner.Run("check", speech, "--analyzer", SamplePath, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var report = JsonDocument.Parse(result.Out);
        var ids = report.RootElement.GetProperty("documents")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Id: d.GetProperty("id").GetString(), Message: d.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(ids, d => d.Id == "PS9001" && d.Message.Contains("LongSentenceAnalyzer", StringComparison.Ordinal) && d.Message.Contains("FormatException", StringComparison.Ordinal));
        Assert.Contains(ids, d => d.Id == "ACME001");
        Assert.DoesNotContain(ids, d => d.Id == "ACME002");
    }

    [Fact]
    public void AnnotateAndBatchTakeTheOptionToo()
    {
        var speech = Write("speech.txt", Speech);
        var annotate = CliRunner.Run("annotate", speech, "--analyzer", SamplePath, "--color", "never");
        Assert.Equal(0, annotate.ExitCode);
        Assert.Contains("ACME001 info", annotate.Out, StringComparison.Ordinal);

        string output = Path.Combine(_dir, "out");
        var batch = CliRunner.Run("batch", speech, "--out", output, "--analyzer", SamplePath, "--format", "jsonl");
        Assert.Equal(0, batch.ExitCode);
        Assert.Contains("\"ACME001\"", File.ReadAllText(Path.Combine(output, "diagnostics.jsonl")), StringComparison.Ordinal);

        var bad = CliRunner.Run("batch", speech, "--out", Path.Combine(_dir, "out2"), "--analyzer", Path.Combine(_dir, "missing.dll"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("missing.dll", bad.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.dll", "does not exist")]
    [InlineData("not-an-assembly.dll", "cannot load the analyzer assembly")]
    public void AnAssemblyThatCannotBeLoadedIsAUsageError(string name, string expected)
    {
        var speech = Write("speech.txt", Speech);
        if (name != "missing.dll")
        {
            Write(name, "this is not a PE file");
        }

        var result = CliRunner.Run("check", speech, "--analyzer", Path.Combine(_dir, name));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains(name, result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void AnAssemblyWithoutMarkedAnalyzersIsAUsageError()
    {
        var speech = Write("speech.txt", Speech);
        var result = CliRunner.Run("check", speech, "--analyzer", typeof(CliApp).Assembly.Location);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("[SpeechAnalyzer]", result.Error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
