using System.Text;
using System.Text.Json;

namespace PolicySpeech.Cli.Tests.Batch;

/// <summary>Issue #13: batch reports what check reports, names every failed input, and is quiet about files it does not read.</summary>
public sealed class BatchFindingsTests
{
    private static string Seed => Path.Combine(BatchTestFolder.RepoRoot, "corpus", "seed", "000_9db54a9de2bb72cf.txt");

    [Fact]
    public void BatchHonoursPolicySpeechJsonExactlyAsCheckDoes()
    {
        using var folder = new BatchTestFolder(copies: 0, badFiles: false);
        string speech = Path.Combine(folder.Input, "speech.txt");
        File.Copy(Seed, speech);
        File.WriteAllText(Path.Combine(folder.Input, "policyspeech.json"), """{ "severity": { "PS5001": "error", "PS3003": "none" } }""");

        var check = BatchTestFolder.Run("check", speech, "--format", "json");
        Assert.Equal(1, check.Code); // PS5001 at error severity
        var expected = JsonDocument.Parse(check.Out).RootElement.GetProperty("documents")[0].GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("id").GetString()} {d.GetProperty("severity").GetString()} {d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}")
            .ToList();
        Assert.Contains(expected, e => e.StartsWith("PS5001 error", StringComparison.Ordinal));
        Assert.DoesNotContain(expected, e => e.StartsWith("PS3003", StringComparison.Ordinal));

        var batch = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--jobs", "1");
        Assert.Equal(1, batch.Code);
        var actual = File.ReadAllLines(Path.Combine(folder.Out("o"), "diagnostics.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(d => $"{d.GetProperty("id").GetString()} {d.GetProperty("severity").GetString()} {d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}")
            .ToList();
        Assert.Equal(expected, actual);

        // --config names the file explicitly, on batch as on check (the same name and short name).
        string other = Path.Combine(folder.Root, "other.json");
        File.WriteAllText(other, """{ "severity": { "Redaction": "none" } }""");
        var configured = BatchTestFolder.Run("batch", folder.Input, "-o", folder.Out("c"), "-c", other, "-j", "1");
        Assert.True(configured.Code is 0 or 1, configured.Error);
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(folder.Out("c"), "diagnostics.jsonl")), l => l.Contains("\"PS1001\"", StringComparison.Ordinal));

        // An invalid configuration is the document's error, named on standard error.
        File.WriteAllText(Path.Combine(folder.Input, "policyspeech.json"), """{ "severity": { "PS5001": "loud" } }""");
        var broken = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("b"), "--jobs", "1");
        Assert.Contains("policyspeech: error: " + speech.Replace('\\', '/'), broken.Error, StringComparison.Ordinal);
        Assert.Contains("configuration", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EachFailedInputIsNamedOnStandardErrorAndFailOnErrorExitsWith2()
    {
        using var folder = new BatchTestFolder();
        var run = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--jobs", "2");
        Assert.True(run.Code is 0 or 1, run.Error);
        string Bad(string name) => folder.Input.Replace('\\', '/') + "/bad/" + name;
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string failed in new[] { "random.docx", "truncated.docx", "not-a-zip.zip", "archive.zip!/broken.docx" })
        {
            var line = Assert.Single(lines, l => l.StartsWith("policyspeech: error: " + Bad(failed) + ": ", StringComparison.Ordinal));
            Assert.True(line.Length > ("policyspeech: error: " + Bad(failed) + ": ").Length + 5, line); // with the reason
        }

        // An empty document is a finding: status "empty", named on standard error, not a silent "ok".
        Assert.Contains("policyspeech: empty: " + Bad("empty.txt") + ": the document holds no text", run.Error, StringComparison.Ordinal);
        var rows = BatchTestFolder.ReadCsv(Path.Combine(folder.Out("o"), "documents.csv"));
        Assert.Equal("empty", rows.Single(r => r[0] == Bad("empty.txt"))[1]);

        // Files of other types are counted, not listed, unless asked for.
        Assert.DoesNotContain(rows, r => r[1] == "skipped");
        Assert.Contains("2 files of other types were not read (.md ×1, .pdf ×1); --include-skipped lists them", run.Error, StringComparison.Ordinal);

        var strict = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("s"), "--jobs", "2", "--fail-on-error");
        Assert.Equal(2, strict.Code);
        Assert.Contains("--fail-on-error", BatchTestFolder.Run("batch", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvTablesStartWithAByteOrderMark()
    {
        using var folder = new BatchTestFolder(copies: 0, badFiles: false);
        File.Copy(Seed, Path.Combine(folder.Input, "speech.txt"));
        var run = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--format", "csv,jsonl,parquet");
        Assert.True(run.Code is 0 or 1, run.Error);
        foreach (string name in new[] { "documents.csv", "commitments.csv", "duplicates.csv" })
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(folder.Out("o"), name));
            Assert.True(bytes.AsSpan().StartsWith("\uFEFF"u8), name);
            Assert.False(bytes.AsSpan(3).StartsWith("\uFEFF"u8), name);
        }

        // The JSON Lines tables have none (each line is a JSON value).
        Assert.False(File.ReadAllBytes(Path.Combine(folder.Out("o"), "commitments.jsonl")).AsSpan().StartsWith("\uFEFF"u8));

        // extract -o FILE writes the same; extract to standard output has no mark.
        string csv = Path.Combine(folder.Root, "extract.csv");
        Assert.Equal(0, BatchTestFolder.Run("extract", Path.Combine(folder.Input, "speech.txt"), "-f", "csv", "-o", csv).Code);
        Assert.True(File.ReadAllBytes(csv).AsSpan().StartsWith("\uFEFF"u8));
        Assert.False(BatchTestFolder.Run("extract", Path.Combine(folder.Input, "speech.txt"), "-f", "csv").Out.StartsWith('\uFEFF'));

        // merge keeps the mark.
        var shard = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("s1"), "--shard", "1/1");
        Assert.True(shard.Code is 0 or 1, shard.Error);
        Assert.Equal(0, BatchTestFolder.Run("merge", folder.Out("s1"), "--out", folder.Out("m")).Code);
        Assert.True(File.ReadAllBytes(Path.Combine(folder.Out("m"), "documents.csv")).AsSpan().StartsWith("\uFEFF"u8));
        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder.Out("o"), "commitments.csv"))), Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(folder.Out("m"), "commitments.csv"))));
    }
}
