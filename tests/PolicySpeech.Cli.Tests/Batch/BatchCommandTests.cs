using System.Text;
using Parquet;
using PolicySpeech.Cli.Batch;

namespace PolicySpeech.Cli.Tests.Batch;

public sealed class BatchCommandTests
{
    [Fact]
    public void Jobs1AndJobs2WriteTheSameBytesAndEveryInputAppearsOnce()
    {
        using var folder = new BatchTestFolder(copies: 2);
        var one = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("j1"), "--jobs", "1", "--format", "csv,jsonl,parquet", "--include-skipped");
        var two = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("j2"), "--jobs", "2", "--format", "csv,jsonl,parquet", "--include-skipped");
        Assert.True(one.Code is 0 or 1, one.Error);
        Assert.Equal(one.Code, two.Code);
        BatchTestFolder.AssertSameOutputs(folder.Out("j1"), folder.Out("j2"));

        var rows = BatchTestFolder.ReadCsv(Path.Combine(folder.Out("j1"), "documents.csv"));
        Assert.Equal(["path", "status", "error", "contentHash", "format", "bytes", "length", "title", "referenceYear", "referenceYearSource", "diagnostics", "commitments"], rows[0]);
        var paths = rows.Skip(1).Select(r => r[0]).ToList();
        Assert.Equal(paths.Distinct(StringComparer.Ordinal).Count(), paths.Count);
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);

        // Every speech, every bad file, every zip entry: once.
        string Bad(string name) => folder.Input.Replace('\\', '/') + "/bad/" + name;
        var byPath = rows.Skip(1).ToDictionary(r => r[0], r => r, StringComparer.Ordinal);
        Assert.Equal(folder.SpeechCount, byPath.Values.Count(r => r[0].Contains("/set", StringComparison.Ordinal) && r[1] == "ok"));
        Assert.Equal("error", byPath[Bad("random.docx")][1]);
        Assert.Equal("error", byPath[Bad("truncated.docx")][1]);
        Assert.NotEmpty(byPath[Bad("truncated.docx")][2]);
        Assert.Equal("empty", byPath[Bad("empty.txt")][1]);
        Assert.Equal("0", byPath[Bad("empty.txt")][6]);
        Assert.Equal("ok", byPath[Bad("gbk.txt")][1]);
        Assert.Equal("在全省妇女儿童工作推进会上的讲话", byPath[Bad("gbk.txt")][7]);
        Assert.Equal("skipped", byPath[Bad("report.pdf")][1]);
        Assert.Contains(".pdf", byPath[Bad("report.pdf")][2], StringComparison.Ordinal);
        Assert.Equal("ok", byPath[Bad("archive.zip") + "!/inner/first.txt"][1]);
        Assert.Equal("error", byPath[Bad("archive.zip") + "!/broken.docx"][1]);
        Assert.Equal("skipped", byPath[Bad("archive.zip") + "!/notes.md"][1]);
        Assert.Equal("error", byPath[Bad("not-a-zip.zip")][1]);
        Assert.Equal(folder.SpeechCount + 9, paths.Count);

        // The GBK file and the seed are the same text: the same content hash.
        string seedHash = byPath.Values.First(r => r[0].EndsWith("/set000/000_9db54a9de2bb72cf.txt", StringComparison.Ordinal))[3];
        Assert.Equal(seedHash, byPath[Bad("gbk.txt")][3]);

        // Diagnostics rows carry their document's path and 1-based positions; the counts agree with documents.csv.
        var diagnostics = File.ReadAllLines(Path.Combine(folder.Out("j1"), "diagnostics.jsonl"), Encoding.UTF8);
        int counted = rows.Skip(1).Sum(r => r[10].Length == 0 ? 0 : int.Parse(r[10], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(counted, diagnostics.Length);
        Assert.All(diagnostics, line => Assert.StartsWith("{\"path\":", line, StringComparison.Ordinal));

        // Duplicates across documents: every speech is in two sets, so the seed's paragraphs are reported with both places.
        var duplicates = BatchTestFolder.ReadCsv(Path.Combine(folder.Out("j1"), "duplicates.csv"));
        Assert.Equal(["hash", "excerpt", "documents", "occurrences", "places"], duplicates[0]);
        Assert.Contains(duplicates.Skip(1), d => d[4].Contains("/set000/000_9db54a9de2bb72cf.txt:", StringComparison.Ordinal) && d[4].Contains("/set001/000_9db54a9de2bb72cf.txt:", StringComparison.Ordinal));

        // No partial files or temporary journal are left behind.
        Assert.DoesNotContain(Directory.GetFiles(folder.Out("j1")), f => f.EndsWith(".partial", StringComparison.Ordinal) || f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParquetTablesHaveTheRowsOfTheTextTables()
    {
        using var folder = new BatchTestFolder();
        var run = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--jobs", "2", "--format", "parquet");
        Assert.True(run.Code is 0 or 1, run.Error);
        int documents = BatchTestFolder.ReadCsv(Path.Combine(folder.Out("o"), "documents.csv")).Count - 1;
        int diagnostics = File.ReadAllLines(Path.Combine(folder.Out("o"), "diagnostics.jsonl")).Length;
        Assert.Equal(documents, await CountRows(Path.Combine(folder.Out("o"), "documents.parquet")));
        Assert.Equal(diagnostics, await CountRows(Path.Combine(folder.Out("o"), "diagnostics.parquet")));
        Assert.Equal(0, await CountRows(Path.Combine(folder.Out("o"), "commitments.parquet")) - File.ReadAllLines(Path.Combine(folder.Out("o"), "commitments.jsonl")).Length);
        Assert.False(File.Exists(Path.Combine(folder.Out("o"), "commitments.csv")));

        await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder.Out("o"), "documents.parquet"));
        var fields = reader.Schema.GetDataFields();
        Assert.Equal("path", fields[0].Name);
        Assert.False(fields[0].IsNullable);
        var length = fields.Single(f => f.Name == "length");
        Assert.True(length.IsNullable);
        Assert.Equal(typeof(int), length.ClrType);
    }

    [Fact]
    public async Task StreamedParquetEqualsParquetReReadFromTheTextTables()
    {
        // A fresh run writes Parquet from the rows as they are produced; a resumed or merged run re-reads the text
        // tables. Both must give the same bytes, including for empty fields, quotes, commas, formula-like text and
        // error rows.
        using var folder = new BatchTestFolder(copies: 2);
        string tricky = Path.Combine(folder.Input, "tricky");
        Directory.CreateDirectory(tricky);
        File.WriteAllText(Path.Combine(tricky, "a.txt"), "=SUM(1,2) \"标题\", 在全省工作会议上的讲话 \n\n同志们：\n\n今年要完成新增就业10万人以上，确保全省生产总值增长5.5%左右，坚决打赢污染防治攻坚战。\n");
        File.WriteAllText(Path.Combine(tricky, "b.txt"), "'-在全省工作会议上的讲话\r\n\r\n今年要完成新增就业10万人以上，确保全省生产总值增长5.5%左右，坚决打赢污染防治攻坚战。\r\n");
        string output = folder.Out("o");
        var run = BatchTestFolder.Run("batch", folder.Input, "--out", output, "--jobs", "2", "--format", "csv,jsonl,parquet", "--include-skipped");
        Assert.True(run.Code is 0 or 1, run.Error);

        string reread = folder.Out("reread");
        Directory.CreateDirectory(reread);
        foreach (string name in new[] { "documents.csv", "commitments.jsonl", "diagnostics.jsonl", "duplicates.csv" })
        {
            File.Copy(Path.Combine(output, name), Path.Combine(reread, name));
        }

        var names = await ParquetExporter.ExportAsync(reread, name => Path.Combine(reread, name));
        Assert.Equal(4, names.Count);
        foreach (string name in names)
        {
            byte[] streamed = File.ReadAllBytes(Path.Combine(output, name));
            byte[] exported = File.ReadAllBytes(Path.Combine(reread, name + ".partial"));
            Assert.True(streamed.AsSpan().SequenceEqual(exported), $"{name}: streamed {streamed.Length} bytes, re-read {exported.Length} bytes");
        }

        Assert.True(await CountRows(Path.Combine(output, "commitments.parquet")) > 0);
        Assert.True(await CountRows(Path.Combine(output, "duplicates.parquet")) > 0);
    }

    [Fact]
    public async Task ParquetTableWriterWritesARowGroupEveryRowGroupSizeRows()
    {
        using var folder = new BatchTestFolder(copies: 0, badFiles: false);
        string path = folder.Out("d.parquet");
        await using (var writer = await ParquetTableWriter.CreateAsync(path, ParquetExporter.DuplicateFields))
        {
            for (int i = 0; i <= ParquetExporter.RowGroupSize; i++)
            {
                await writer.AddAsync([i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture), "段落", "2", "2", "a.txt:1;b.txt:1"]);
            }

            await writer.CompleteAsync();
        }

        await using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(2, reader.RowGroupCount);
        using (var first = reader.OpenRowGroupReader(0))
        {
            Assert.Equal(ParquetExporter.RowGroupSize, first.RowCount);
        }

        using var second = reader.OpenRowGroupReader(1);
        Assert.Equal(1, second.RowCount);
    }

    [Fact]
    public void EmptyTablesStillHaveHeaders()
    {
        using var folder = new BatchTestFolder(copies: 0, badFiles: false);
        File.WriteAllText(Path.Combine(folder.Input, "notes.pdf"), "x");
        var run = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--jobs", "1", "--include-skipped");
        Assert.Equal(0, run.Code);
        Assert.StartsWith("path,section,actor,actorExplicit,", File.ReadAllText(Path.Combine(folder.Out("o"), "commitments.csv")), StringComparison.Ordinal);
        Assert.Equal("hash,excerpt,documents,occurrences,places\r\n", File.ReadAllText(Path.Combine(folder.Out("o"), "duplicates.csv")));
        Assert.Equal(2, BatchTestFolder.ReadCsv(Path.Combine(folder.Out("o"), "documents.csv")).Count);
        Assert.Equal(0, new FileInfo(Path.Combine(folder.Out("o"), "diagnostics.jsonl")).Length);
    }

    [Fact]
    public void UsageErrorsExitWith2()
    {
        using var folder = new BatchTestFolder(copies: 0, badFiles: false);
        Assert.Equal(2, BatchTestFolder.Run("batch", Path.Combine(folder.Root, "missing"), "--out", folder.Out("o")).Code);
        Assert.Equal(2, BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o")).Code); // an empty folder: no inputs
        File.WriteAllText(Path.Combine(folder.Input, "a.txt"), "在全省工作会议上的讲话");
        Assert.Equal(2, BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--shard", "4/3").Code);
        Assert.Equal(2, BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--shard", "x").Code);
        Assert.Equal(2, BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--format", "xml").Code);
        Assert.Equal(2, BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--jobs", "0").Code);
        Assert.Equal(2, BatchTestFolder.Run("batch", folder.Input).Code); // --out is required
        var ok = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"));
        Assert.Equal(0, ok.Code);
        Assert.Contains("1 documents (1 ok, 0 empty, 0 error)", ok.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void GlobSelectsMatchingFiles()
    {
        using var folder = new BatchTestFolder(copies: 2);
        var run = BatchTestFolder.Run("batch", folder.Input + "/**/*.html", "--out", folder.Out("o"), "--jobs", "2");
        Assert.True(run.Code is 0 or 1, run.Error);
        var rows = BatchTestFolder.ReadCsv(Path.Combine(folder.Out("o"), "documents.csv")).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.EndsWith(".html", r[0], StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal("ok", r[1]));
    }

    private static async Task<long> CountRows(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        long rows = 0;
        for (int i = 0; i < reader.RowGroupCount; i++)
        {
            using var group = reader.OpenRowGroupReader(i);
            rows += group.RowCount;
        }

        return rows;
    }
}
