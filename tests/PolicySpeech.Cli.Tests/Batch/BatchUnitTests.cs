using System.Text;
using PolicySpeech.Cli.Batch;

namespace PolicySpeech.Cli.Tests.Batch;

public sealed class BatchUnitTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("中文，逗号", "中文，逗号")]
    public void CsvQuotesPerRfc4180(string value, string expected)
    {
        var builder = new StringBuilder();
        Csv.Field(builder, value, first: true);
        Assert.Equal(expected, builder.ToString());
    }

    [Fact]
    public void CsvReaderReadsWhatTheWriterWrites()
    {
        var row = new DocumentRow("a,b/\"c\".txt", "error", "line1\r\nline2, \"quoted\"", null, null, 12, null, "标题", null, null, null, null);
        string csv = Csv.Header(DocumentRow.Columns) + RowSerializer.ToCsv(row) + RowSerializer.ToCsv(row with { Path = "z.txt" });
        var reader = new StringReader(csv);
        var raw = new StringBuilder();
        var fields = new List<string>();
        Assert.True(Csv.TryReadRecord(reader, raw, fields));
        Assert.Equal(DocumentRow.Columns, fields);
        Assert.True(Csv.TryReadRecord(reader, raw, fields));
        Assert.Equal(["a,b/\"c\".txt", "error", "line1\r\nline2, \"quoted\"", "", "", "12", "", "标题", "", "", "", ""], fields);
        Assert.Equal(RowSerializer.ToCsv(row), raw + Csv.NewLine);
        Assert.True(Csv.TryReadRecord(reader, raw, fields));
        Assert.Equal("z.txt", fields[0]);
        Assert.False(Csv.TryReadRecord(reader, raw, fields));
    }

    [Fact]
    public void NumbersAreInvariantWhateverTheCulture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var builder = new StringBuilder();
            Csv.Field(builder, (double?)4.5);
            Assert.Equal(",4.5", builder.ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("archive/**/*.txt", "archive", "a.txt", true)]
    [InlineData("archive/**/*.txt", "archive", "x/y/a.txt", true)]
    [InlineData("archive/**/*.txt", "archive", "x/a.html", false)]
    [InlineData("archive/*/*.txt", "archive", "a.txt", false)]
    [InlineData("archive/*/*.txt", "archive", "x/a.txt", true)]
    [InlineData("*.htm?", ".", "a.html", true)]
    [InlineData("*.htm?", ".", "d/a.html", false)]
    [InlineData("data/20[12]?/*.txt", "data", "2021/a.txt", true)]
    [InlineData("data/20[12]?/*.txt", "data", "2031/a.txt", false)]
    public void GlobMatches(string pattern, string baseDirectory, string relative, bool expected)
    {
        var glob = GlobMatcher.Create(pattern);
        Assert.Equal(baseDirectory, glob.BaseDirectory);
        Assert.Equal(expected, glob.IsMatch(relative));
    }

    [Fact]
    public void ParagraphNormalisationIgnoresSpaceAndPunctuationWidth()
    {
        string a = ParagraphHasher.Normalize("要深入开展巾帼健康行动，确保 新增妇女就业**万人以上。");
        string b = ParagraphHasher.Normalize("要深入开展巾帼健康行动,确保新增妇女就业＊＊万人以上。\r\n");
        Assert.Equal(ParagraphHasher.Hash(a), ParagraphHasher.Hash(b));
        Assert.NotEqual(ParagraphHasher.Hash(a), ParagraphHasher.Hash(ParagraphHasher.Normalize("要深入开展巾帼健康行动，确保新增妇女就业**万人以下。")));
        Assert.Equal(32, ParagraphHasher.Hash(a).Length);
    }

    [Fact]
    public void DuplicateFinderReportsParagraphsSharedByDocuments()
    {
        string dir = Path.Combine(Path.GetTempPath(), "ps-dup-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            RowSerializer.AppendJson(buffer, new ParagraphHashRow("a.txt", 3, new string('1', 32), "共享段落"));
            RowSerializer.AppendJson(buffer, new ParagraphHashRow("a.txt", 9, new string('2', 32), "只在一篇里重复"));
            RowSerializer.AppendJson(buffer, new ParagraphHashRow("a.txt", 12, new string('2', 32), "只在一篇里重复"));
            RowSerializer.AppendJson(buffer, new ParagraphHashRow("b.txt", 5, new string('1', 32), "共享段落"));
            RowSerializer.AppendJson(buffer, new ParagraphHashRow("c.txt", 7, new string('1', 32), "共享段落"));
            File.WriteAllBytes(Path.Combine(dir, "h.jsonl"), buffer.WrittenSpan.ToArray());
            DuplicateFinder.Write(Path.Combine(dir, "h.jsonl"), Path.Combine(dir, "d.csv"));
            Assert.Equal(
                "hash,excerpt,documents,occurrences,places\r\n" + new string('1', 32) + ",共享段落,3,3,a.txt:3;b.txt:5;c.txt:7\r\n",
                File.ReadAllText(Path.Combine(dir, "d.csv")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void DuplicateIndexFedDocumentByDocumentOrdersByDocumentsThenOccurrencesThenHash()
    {
        string h1 = new('1', 32), h2 = new('2', 32), h3 = new('3', 32), h4 = new('4', 32);
        var index = new DuplicateIndex();
        index.Add(new ParagraphHashRow("a.txt", 1, h3, "三"));
        index.Add(new ParagraphHashRow("a.txt", 2, h2, "二"));
        index.Add(new ParagraphHashRow("a.txt", 4, h4, "只在一篇"));
        index.Add(new ParagraphHashRow("a.txt", 6, h4, "只在一篇"));
        index.Add(new ParagraphHashRow("b.txt", 3, h2, "二（另写）"));
        index.Add(new ParagraphHashRow("b.txt", 5, h2, "二"));
        index.Add(new ParagraphHashRow("b.txt", 7, h3, "三"));
        index.Add(new ParagraphHashRow("c.txt", 8, h1, "一"));
        index.Add(new ParagraphHashRow("d.txt", 9, h1, "一"));

        // h2 and h3 are in two documents, h2 three times; h1 and h3 tie on both and go by hash; h4 is in one document only.
        var rows = index.Rows();
        Assert.Equal([h2, h1, h3], rows.Select(r => r.Hash));
        Assert.Equal(new DuplicateRow(h2, "二", 2, 3, "a.txt:2;b.txt:3;b.txt:5"), rows[0]);
        Assert.Equal(new DuplicateRow(h1, "一", 2, 2, "c.txt:8;d.txt:9"), rows[1]);
        Assert.Equal(new DuplicateRow(h3, "三", 2, 2, "a.txt:1;b.txt:7"), rows[2]);

        // A hash not written as ParagraphHasher writes it (upper case, from an edited table) is reported as written.
        var other = new DuplicateIndex();
        other.Add(new ParagraphHashRow("a.txt", 1, new string('A', 32), "甲"));
        other.Add(new ParagraphHashRow("b.txt", 2, new string('a', 32), "乙"));
        Assert.Equal(new DuplicateRow(new string('A', 32), "甲", 2, 2, "a.txt:1;b.txt:2"), Assert.Single(other.Rows()));
    }
}
