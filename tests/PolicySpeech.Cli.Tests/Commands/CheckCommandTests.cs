using System.Text.Json;

namespace PolicySpeech.Cli.Tests.Commands;

public sealed class CheckCommandTests : IDisposable
{
    private const string Redacted = "在全省工作会议上的讲话\n\n同志们：\n\n今年确保新增就业**万人以上。\n";
    private const string Clean = "在全省工作会议上的讲话\n\n同志们：\n\n今年要继续做好就业工作。\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("ps-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void WarningsOnlyExitZeroWithCompilerStyleLines()
    {
        var path = Write("speech.txt", Redacted);
        var (code, output, error) = Run("check", path);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains($"{path}(5,9): warning PS1001: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void CleanSpeechGivesNoFindings()
    {
        var (code, output, _) = Run("check", Write("clean.txt", Clean));
        Assert.Equal(0, code);
        Assert.Equal("", output);
    }

    [Fact]
    public void ErrorSeverityFromTheConfigurationNextToTheDocumentExitsOne()
    {
        Write("policyspeech.json", """{ "severity": { "Redaction": "error" } }""");
        var path = Write("sub/speech.txt", Redacted);
        var (code, output, _) = Run("check", path);
        Assert.Equal(1, code);
        Assert.Contains("error PS1001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenConfigurationWinsAndNoneSilences()
    {
        Write("policyspeech.json", """{ "severity": { "Redaction": "error" } }""");
        var other = Write("other/quiet.json", """{ "severity": { "PS1001": "none" } }""");
        var path = Write("speech.txt", Redacted);
        var (code, output, _) = Run("check", path, "--config", other);
        Assert.Equal(0, code);
        Assert.DoesNotContain("PS1001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BaselineSuppressedErrorsDoNotFailTheRun()
    {
        var path = Write("speech.txt", Redacted);
        var (_, json, _) = Run("check", path, "--format", "json");
        using var doc = JsonDocument.Parse(json);
        var finding = doc.RootElement.GetProperty("documents")[0].GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("id").GetString() == "PS1001");
        Write("baseline.json", $$"""{ "schema": "policyspeech-baseline/1", "accepted": [ { "id": "PS1001", "fingerprint": "{{finding.GetProperty("fingerprint").GetString()}}" } ] }""");
        Write("policyspeech.json", """{ "severity": { "PS1001": "error" }, "baseline": "baseline.json" }""");
        var (code, again, _) = Run("check", path, "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("\"suppressed\": true", again, StringComparison.Ordinal);
    }

    [Fact]
    public void WrittenBaselineSuppressesEveryFindingNextTime()
    {
        var path = Write("speech.txt", Redacted + "法冶建设,要要坚持。\n");
        var baseline = Path.Combine(_dir, "accepted.json");
        var (first, output, _) = Run("check", path, "--write-baseline", baseline);
        Assert.Equal(0, first);
        Assert.NotEqual("", output);
        Write("policyspeech.json", """{ "severity": { "Redaction": "error" }, "baseline": "accepted.json" }""");
        var (code, again, _) = Run("check", path);
        Assert.Equal(0, code);
        Assert.Equal("", again);
        var (_, json, _) = Run("check", path, "--format", "json");
        Assert.DoesNotContain("\"suppressed\": false", json, StringComparison.Ordinal);
        Assert.Contains("\"suppressed\": true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsReportedAndTheOthersStillRun()
    {
        var good = Write("speech.txt", Redacted);
        var missing = Path.Combine(_dir, "nope.txt");
        var (code, output, error) = Run("check", missing, good);
        Assert.Equal(2, code);
        Assert.Contains("nope.txt", error, StringComparison.Ordinal);
        Assert.Contains("PS1001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedConfigurationExitsTwoNamingFileAndLine()
    {
        var config = Write("bad.json", "{\n  \"severity\": { \"PS1001\": \"loud\" }\n}");
        var (code, _, error) = Run("check", Write("speech.txt", Redacted), "--config", config);
        Assert.Equal(2, code);
        Assert.Contains($"{config}(2,", error, StringComparison.Ordinal);
        Assert.Contains("loud", error, StringComparison.Ordinal);

        Write("sub/policyspeech.json", "{ \"severity\": 1 }");
        var (foundCode, _, foundError) = Run("check", Write("sub/speech.txt", Redacted));
        Assert.Equal(2, foundCode);
        Assert.Contains("policyspeech.json(1,", foundError, StringComparison.Ordinal);
    }

    [Fact]
    public void UsageErrorsExitTwo()
    {
        Assert.Equal(2, Run("check").Code);
        Assert.Equal(2, Run("check", Write("speech.txt", Redacted), "--format", "xml").Code);
    }

    [Fact]
    public void JsonAndSarifGoToStdoutOrTheOutputFile()
    {
        var path = Write("speech.txt", Redacted);
        var (code, json, _) = Run("check", path, "--format", "json");
        Assert.Equal(0, code);
        using (var doc = JsonDocument.Parse(json))
        {
            Assert.Equal("policyspeech/1", doc.RootElement.GetProperty("schema").GetString());
            Assert.Equal(path, doc.RootElement.GetProperty("documents")[0].GetProperty("path").GetString());
        }

        var outFile = Path.Combine(_dir, "out.sarif");
        var (sarifCode, sarifOut, _) = Run("check", path, "--format", "sarif", "--output", outFile);
        Assert.Equal(0, sarifCode);
        Assert.Equal("", sarifOut);
        using var sarif = JsonDocument.Parse(File.ReadAllText(outFile));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Contains(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "PS1001");
    }

    [Fact]
    public void UnwritableOutputExitsTwo()
    {
        var (code, _, error) = Run("check", Write("speech.txt", Redacted), "--output", Path.Combine(_dir, "no", "such", "dir", "x.txt"));
        Assert.Equal(2, code);
        Assert.Contains("cannot write", error, StringComparison.Ordinal);
    }
}
