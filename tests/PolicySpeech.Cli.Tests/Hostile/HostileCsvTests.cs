using System.Text;
using PolicySpeech.Cli.Batch;

namespace PolicySpeech.Cli.Tests.Hostile;

/// <summary>Regression tests for issue #12: a CSV cell never starts like a spreadsheet formula (OWASP CSV injection).</summary>
public sealed class HostileCsvTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=a,b", "\"'=a,b\"")]
    [InlineData("'=x", "''=x")]
    [InlineData("'plain", "'plain")]
    [InlineData("a=b", "a=b")]
    [InlineData("=", "=")]
    [InlineData("'=", "'=")]
    public void TextFieldsThatStartLikeAFormulaAreNeutralised(string value, string expected)
    {
        var builder = new StringBuilder();
        Csv.Field(builder, value, first: true);
        Assert.Equal(expected, builder.ToString());

        // What the reader gets back, un-neutralised, is the value.
        var fields = new List<string>();
        Assert.True(Csv.TryReadRecord(new StringReader(builder.ToString() + Csv.NewLine), new StringBuilder(), fields));
        Assert.Equal(value, Csv.Unneutralise(Assert.Single(fields)));
    }

    [Fact]
    public void NumberFieldsAreNotPrefixed()
    {
        var builder = new StringBuilder();
        Csv.Field(builder, -5L);
        Csv.Field(builder, -0.5);
        Assert.Equal(",-5,-0.5", builder.ToString());
    }

    [Fact]
    public void DocumentRowWithAFormulaFileNameIsNeutralised()
    {
        var row = new DocumentRow("=cmd|calc!A1.txt", "error", "-x", null, null, 12, null, "@标题", null, null, null, null);
        string csv = RowSerializer.ToCsv(row);
        Assert.StartsWith("'=cmd|calc!A1.txt,error,'-x,", csv, StringComparison.Ordinal);
        Assert.Contains(",'@标题,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void ExtractCsvIsNeutralised()
    {
        string dir = Directory.CreateTempSubdirectory("ps-hostile-csv-").FullName;
        try
        {
            string path = Path.Combine(dir, "a.txt");
            File.WriteAllText(path, "在全省工作会议上的讲话\n\n同志们：\n\n=HYPERLINK(\"x\")今年要确保新增就业10万人以上。\n");
            var run = CliRunner.Run("extract", path, "--format", "csv");
            Assert.True(run.ExitCode is 0 or 1, run.Error);
            var records = new List<List<string>>();
            var reader = new StringReader(run.Out);
            var fields = new List<string>();
            while (Csv.TryReadRecord(reader, new StringBuilder(), fields))
            {
                records.Add([.. fields]);
            }

            Assert.True(records.Count > 1, run.Out);
            Assert.All(records.SelectMany(r => r), cell => Assert.False(cell.Length > 1 && cell[0] is '=' or '+' or '@' or '\t' or '\r' || cell.StartsWith('-') && !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _), cell));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
