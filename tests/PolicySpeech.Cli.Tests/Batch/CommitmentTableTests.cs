using System.Text.Json;
using System.Text.RegularExpressions;
using PolicySpeech.Output;

namespace PolicySpeech.Cli.Tests.Batch;

/// <summary>Issue #13: one commitment table schema (the library's <see cref="CommitmentTable"/>), written alike by extract and batch, and documented in the file's order.</summary>
public sealed partial class CommitmentTableTests
{
    private static string Seed => Path.Combine(Batch.BatchTestFolder.RepoRoot, "corpus", "seed", "000_9db54a9de2bb72cf.txt");

    [Fact]
    public void ExtractAndBatchWriteTheSameRowsWithTheSameColumns()
    {
        using var folder = new BatchTestFolder(copies: 0, badFiles: false);
        string speech = Path.Combine(folder.Input, "speech.txt");
        File.Copy(Seed, speech);
        var batch = Batch.BatchTestFolder.Run("batch", speech, "--out", folder.Out("o"), "--format", "csv,jsonl,parquet");
        Assert.True(batch.Code is 0 or 1, batch.Error);

        string csvFile = Path.Combine(folder.Root, "extract.csv");
        string jsonlFile = Path.Combine(folder.Root, "extract.jsonl");
        Assert.Equal(0, Batch.BatchTestFolder.Run("extract", speech, "-f", "csv", "-o", csvFile).Code);
        Assert.Equal(0, Batch.BatchTestFolder.Run("extract", speech, "-f", "jsonl", "-o", jsonlFile).Code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Out("o"), "commitments.csv")), File.ReadAllBytes(csvFile));
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Out("o"), "commitments.jsonl")), File.ReadAllBytes(jsonlFile));

        var names = CommitmentTable.Columns.Select(c => c.Name).ToList();
        Assert.Equal(names, Batch.BatchTestFolder.ReadCsv(csvFile)[0]);
        var lines = File.ReadAllLines(jsonlFile);
        Assert.True(lines.Length > 50);
        foreach (string line in lines)
        {
            var row = JsonDocument.Parse(line).RootElement;
            Assert.Equal(names, row.EnumerateObject().Select(p => p.Name).ToList());

            // redacted is a boolean on every row (a pandas mask works); metricText is missing exactly when there is no metric.
            Assert.True(row.GetProperty("redacted").ValueKind is JsonValueKind.True or JsonValueKind.False, line);
            bool hasMetric = row.GetProperty("metricText").ValueKind == JsonValueKind.String;
            Assert.Equal(hasMetric, row.GetProperty("kind").GetString() == "target");
            if (!hasMetric)
            {
                Assert.Equal(JsonValueKind.False, row.GetProperty("redacted").ValueKind);
            }
        }

        Assert.Contains(lines, l => l.Contains("\"redacted\":true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ParquetCommitmentsHaveTheSchemasColumnsAndTypes()
    {
        using var folder = new BatchTestFolder(copies: 0, badFiles: false);
        File.Copy(Seed, Path.Combine(folder.Input, "speech.txt"));
        var batch = Batch.BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--format", "parquet");
        Assert.True(batch.Code is 0 or 1, batch.Error);
        await using var reader = await Parquet.ParquetReader.CreateAsync(Path.Combine(folder.Out("o"), "commitments.parquet"));
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(CommitmentTable.Columns.Select(c => c.Name), fields.Select(f => f.Name));
        foreach (var (column, field) in CommitmentTable.Columns.Zip(fields))
        {
            Assert.Equal(column.IsNullable, field.IsNullable);
            var expected = column.Type switch
            {
                TableColumnType.Boolean => typeof(bool),
                TableColumnType.Int32 => typeof(int),
                TableColumnType.Double => typeof(double),
                _ => typeof(string),
            };
            Assert.True(field.ClrType == expected || (expected == typeof(string) && field.ClrType == typeof(ReadOnlyMemory<char>)), $"{column.Name}: {field.ClrType}");
        }
    }

    [Fact]
    public void ResearcherGuideListsEachTablesColumnsInTheFilesOrder()
    {
        using var folder = new BatchTestFolder(copies: 0, badFiles: false);
        File.Copy(Seed, Path.Combine(folder.Input, "speech.txt"));
        var batch = Batch.BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--format", "csv,jsonl");
        Assert.True(batch.Code is 0 or 1, batch.Error);
        string guide = File.ReadAllText(Path.Combine(Batch.BatchTestFolder.RepoRoot, "docs", "getting-started", "researcher.md"));
        var documented = RowPattern().Matches(guide).ToDictionary(m => m.Groups["file"].Value, m => m.Groups["columns"].Value.Split(", ").ToList(), StringComparer.Ordinal);

        string o = folder.Out("o");
        Assert.Equal(Batch.BatchTestFolder.ReadCsv(Path.Combine(o, "documents.csv"))[0], documented["documents.csv"]);
        Assert.Equal(Batch.BatchTestFolder.ReadCsv(Path.Combine(o, "commitments.csv"))[0], documented["commitments.jsonl"]);
        Assert.Equal(JsonDocument.Parse(File.ReadLines(Path.Combine(o, "diagnostics.jsonl")).First()).RootElement.EnumerateObject().Select(p => p.Name), documented["diagnostics.jsonl"]);
        Assert.Equal(Batch.BatchTestFolder.ReadCsv(Path.Combine(o, "duplicates.csv"))[0], documented["duplicates.csv"]);
        Assert.Equal(CommitmentTable.Columns.Select(c => c.Name), documented["commitments.jsonl"]);
    }

    // A table row: | `file` … | one row per | columns, comma-separated |
    [GeneratedRegex(@"^\| `(?<file>[a-z\-]+\.(?:csv|jsonl))`[^|]*\|[^|]*\| (?<columns>[A-Za-z]+(?:, [A-Za-z]+)+) \|", RegexOptions.Multiline)]
    private static partial Regex RowPattern();
}
