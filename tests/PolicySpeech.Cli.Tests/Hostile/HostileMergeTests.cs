using System.Text;
using PolicySpeech.Cli.Tests.Batch;

namespace PolicySpeech.Cli.Tests.Hostile;

/// <summary>Regression tests for issue #12 in <c>merge</c>: a damaged shard is an error naming the file and line; the output never overwrites a shard.</summary>
public sealed class HostileMergeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ps-hostile-merge-").FullName;

    public HostileMergeTests()
    {
        string input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        for (int i = 0; i < 6; i++)
        {
            File.WriteAllText(Path.Combine(input, $"s{i}.txt"), $"第{i}篇讲话\n\n同志们：\n\n今年要继续做好就业工作，确保新增就业{i + 1}万人以上。\n\n要要加强领导。\n");
        }

        for (int k = 1; k <= 2; k++)
        {
            var run = BatchTestFolder.Run("batch", input, "--out", Shard(k), "--jobs", "1", "--shard", $"{k}/2");
            Assert.True(run.Code is 0 or 1, run.Error);
        }
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Shard(int k) => Path.Combine(_dir, $"shard{k}");

    private (int Code, string Out, string Error) Merge(string outDir) =>
        BatchTestFolder.Run("merge", Shard(1), Shard(2), "--out", outDir);

    [Fact]
    public void IntactShardsMerge()
    {
        Assert.Equal(0, Merge(Path.Combine(_dir, "merged")).Code);
    }

    [Fact]
    public void TruncatedJsonlShardIsAnErrorNamingFileAndLine()
    {
        // Documents go to shards by a hash of their path (a random temp folder): take the shard that holds more of them.
        string table = new[] { 1, 2 }.Select(k => Path.Combine(Shard(k), "paragraph-hashes.jsonl")).MaxBy(t => new FileInfo(t).Length)!;
        byte[] bytes = File.ReadAllBytes(table);
        int lines = bytes.Count(b => b == '\n');
        Assert.True(lines >= 2);
        File.WriteAllBytes(table, bytes[..(bytes.Length - 10)]);
        var run = Merge(Path.Combine(_dir, "merged"));
        Assert.Equal(2, run.Code);
        Assert.True(run.Error.Contains(table + ":" + lines.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":", StringComparison.Ordinal), run.Error);
        Assert.False(File.Exists(Path.Combine(_dir, "merged", "paragraph-hashes.jsonl")));
    }

    [Fact]
    public void JsonlLineThatIsNotJsonIsAnError()
    {
        string table = Path.Combine(Shard(1), "diagnostics.jsonl");
        File.AppendAllText(table, "{\"path\":\"zzz\",\"id\":\n");
        var run = Merge(Path.Combine(_dir, "merged"));
        Assert.Equal(2, run.Code);
        Assert.Contains(table + ":", run.Error, StringComparison.Ordinal);
        Assert.Contains("not one JSON object", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unclosed quote", "\"zzz.txt,ok\r\n")]
    [InlineData("missing fields", "zzz.txt,ok\r\n")]
    [InlineData("no line break", "zzz.txt,ok,,,,,,,,,,")]
    public void MalformedCsvLineIsAnErrorNamingFileAndLine(string what, string line)
    {
        string table = Path.Combine(Shard(1), "documents.csv");
        int lines = File.ReadAllLines(table).Length;
        File.AppendAllText(table, line, new UTF8Encoding(false));
        var run = Merge(Path.Combine(_dir, "merged"));
        Assert.True(run.Code == 2, what + ": " + run.Error);
        Assert.Contains(table + ":" + (lines + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputEqualToOrInsideAShardIsRefused()
    {
        byte[] before = File.ReadAllBytes(Path.Combine(Shard(1), "documents.csv"));
        foreach (string outDir in new[] { Shard(1), Shard(2) + "/", Path.Combine(Shard(2), "merged") })
        {
            var run = Merge(outDir);
            Assert.Equal(2, run.Code);
            Assert.Contains("shard folder", run.Error, StringComparison.Ordinal);
        }

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(Shard(1), "documents.csv")));
        Assert.False(Directory.Exists(Path.Combine(Shard(2), "merged")));
    }
}
