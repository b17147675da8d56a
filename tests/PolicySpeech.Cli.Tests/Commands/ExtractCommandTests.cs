using System.Text.Json;

namespace PolicySpeech.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private const string Speech = "在全省工作会议上的讲话\n同志们：\n到2025年，城市社区、农村社区建站率分别达90%、80%。今年确保新增就业**万人以上，各级各部门要定期听取汇报。\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("ps-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void JsonIsTheContractObjectWithTheGivenYear()
    {
        var path = Write("speech.txt", Speech);
        var result = CliRunner.Run("extract", path, "--year", "2024");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("policyspeech/1", json.RootElement.GetProperty("schema").GetString());
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal(path, document.GetProperty("path").GetString());
        Assert.Equal(2024, document.GetProperty("referenceYear").GetInt32());
        Assert.Equal("given", document.GetProperty("referenceYearSource").GetString());
        Assert.Equal(0, document.GetProperty("diagnostics").GetArrayLength());
        var commitments = document.GetProperty("commitments").EnumerateArray().ToList();
        Assert.Equal(["城市社区建站率", "农村社区建站率", "新增就业", null], commitments.Select(c => c.GetProperty("metric").ValueKind == JsonValueKind.Null ? null : c.GetProperty("metric").GetProperty("indicator").GetString()));
        Assert.Equal(2024, commitments[2].GetProperty("deadline").GetProperty("year").GetInt32());
        Assert.Equal("各级各部门", commitments[3].GetProperty("actor").GetProperty("text").GetString());
        Assert.True(commitments[3].GetProperty("actor").GetProperty("explicit").GetBoolean());
    }

    [Fact]
    public void JsonlHasOneCommitmentALineWithItsPath()
    {
        var path = Write("speech.txt", Speech);
        var result = CliRunner.Run("extract", path, "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(path, json.RootElement.GetProperty("path").GetString());
            Assert.True(json.RootElement.TryGetProperty("modality", out _));
        }
    }

    [Fact]
    public void CsvHasTheDocumentedColumnsAndOneRowACommitment()
    {
        var path = Write("speech.txt", Speech);
        var output = Path.Combine(_dir, "out.csv");
        var result = CliRunner.Run("extract", path, "--format", "csv", "--year", "2024", "--output", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        var rows = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(output)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\uFEFFpath,section,actor,actorExplicit,action,modality,indicator,comparator,value,valueHigh,unit,redacted,deadlineText,deadlineKind,deadlineYear,recurrence,text,line,column,zone,kind,deadlineSource,deadlineStartYear,duplicateOf,metricText,metricKind,baseline,valueNormalized,valueHighNormalized,unitBase,indicatorId", rows[0]);
        Assert.Equal(5, rows.Length);
        Assert.Contains(",城市社区建站率,=,90,,%,false,到2025年,by,2025,,", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFileIsAnInputErrorButTheOthersAreWritten()
    {
        var path = Write("speech.txt", Speech);
        var result = CliRunner.Run("extract", path, Path.Combine(_dir, "missing.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing.txt", result.Error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void TextWithMoreBreaksThanTheLimitIsAnInputError()
    {
        // 400,001 one-sentence lines: more line breaks and sentence ends than LoadOptions.MaxBreaks (800,000).
        var path = Write("flat.txt", string.Concat(Enumerable.Repeat("要加强。\n", PolicySpeech.Loading.LoadOptions.Default.MaxBreaks / 2 + 1)));
        foreach (var verb in new[] { "check", "extract" })
        {
            var result = CliRunner.Run(verb, path);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("MaxBreaks", result.Error, StringComparison.Ordinal);
            Assert.Contains("flat.txt", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BadFormatIsAUsageError()
    {
        var path = Write("speech.txt", Speech);
        Assert.Equal(2, CliRunner.Run("extract", path, "--format", "xml").ExitCode);
    }

    [Fact]
    public void SeedExtractsWithTheInferredYear()
    {
        if (!File.Exists(RepoPaths.Seed))
        {
            return;
        }

        var result = CliRunner.Run("extract", RepoPaths.Seed);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal(2024, document.GetProperty("referenceYear").GetInt32());
        Assert.Equal("inferred", document.GetProperty("referenceYearSource").GetString());
        Assert.True(document.GetProperty("commitments").GetArrayLength() > 100);
    }
}
