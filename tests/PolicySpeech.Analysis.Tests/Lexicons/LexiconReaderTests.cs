using System.Reflection;
using PolicySpeech.Lexicons;

namespace PolicySpeech.Tests.Lexicons;

/// <summary>The one lexicon format (source comments, a header naming the columns, tab-separated rows) and its reader.</summary>
public sealed class LexiconReaderTests
{
    private static readonly Assembly Library = typeof(LexiconReader).Assembly;

    private static LexiconTable Parse(string text) => LexiconReader.Parse(new StringReader(text), "test.txt");

    /// <summary>Every text lexicon embedded in the library, as its path under Lexicons/.</summary>
    public static TheoryData<string> EmbeddedTextLexicons()
    {
        var data = new TheoryData<string>();
        foreach (var name in Library.GetManifestResourceNames().Where(n => n.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var rest = name["PolicySpeech.Lexicons.".Length..];
            var dot = rest.IndexOf('.');
            data.Add(rest[..dot] + "/" + rest[(dot + 1)..]);
        }

        return data;
    }

    [Fact]
    public void ReadsCommentsHeaderAndRows()
    {
        var table = Parse("# Source: test.\n# second comment\nword\ttype\n要\tmodal\n\n# a section\r\n确保\tensure\r\n");
        Assert.Equal(["word", "type"], table.Columns.ToArray());
        Assert.Equal([["要", "modal"], ["确保", "ensure"]], table.Rows);
        Assert.Equal(1, table.ColumnIndex("type"));
        Assert.Throws<InvalidDataException>(() => table.ColumnIndex("weight"));
    }

    [Fact]
    public void AnEmptyLaterFieldIsKept()
    {
        var table = Parse("# Source: test.\nword\tkind\targument\n往年\tpast\t\n");
        Assert.Equal([["往年", "past", ""]], table.Rows);
    }

    [Theory]
    [InlineData("word\n要\n", "line 1", "comment")]
    [InlineData("# Source: test.\n", "no header", "header")]
    [InlineData("# Source: test.\nword\ttype\n要\n", "line 3", "1 field(s), but the header names 2")]
    [InlineData("# Source: test.\nword\ttype\n要\tmodal\textra\n", "line 3", "3 field(s)")]
    [InlineData("# Source: test.\nword\tword\n", "line 2", "each column once")]
    [InlineData("# Source: test.\nword\t\n", "line 2", "each column once")]
    [InlineData("# Source: test.\nword\ttype\n要 \tmodal\n", "line 3", "white space")]
    [InlineData("# Source: test.\nword\ttype\n\tmodal\n", "line 3", "first column")]
    public void MalformedFilesFailWithTheFileAndLine(string text, string where, string what)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(text));
        Assert.Contains("Lexicons/test.txt", error.Message, StringComparison.Ordinal);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingResourceIsNamed()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LexiconReader.Open("Semantics/no-such-file.txt"));
        Assert.Contains("Lexicons/Semantics/no-such-file.txt", error.Message, StringComparison.Ordinal);
        Assert.Null(LexiconReader.TryOpen("Semantics/no-such-file.txt"));
    }

    [Theory]
    [MemberData(nameof(EmbeddedTextLexicons))]
    public void EveryEmbeddedLexiconFollowsTheFormat(string path)
    {
        var table = LexiconReader.Read(path);
        Assert.NotEmpty(table.Columns);
        Assert.NotEmpty(table.Rows);
        using var reader = new StreamReader(LexiconReader.Open(path));
        var top = new List<string>();
        while (reader.ReadLine() is { } line && line.StartsWith('#'))
        {
            top.Add(line);
        }

        Assert.Contains(top, l => l.Contains("source", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryLexiconIsEmbeddedFromAStageFolder()
    {
        var names = Library.GetManifestResourceNames().Where(n => n.StartsWith("PolicySpeech.Lexicons.", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Matches(@"^PolicySpeech\.Lexicons\.(Rules|Semantics|Spelling)\.[a-z0-9-]+\.(txt|bin|tsv\.gz)$", n));
        Assert.DoesNotContain(names, n => n.EndsWith(".txt.gz", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryDataFileUnderLexiconsIsEmbedded()
    {
        var root = Path.Combine(RepoPaths.Root, "src", "PolicySpeech.Analysis", "Lexicons");
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".cs", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var resource = "PolicySpeech.Lexicons." + relative.Replace('/', '.');
            Assert.True(Library.GetManifestResourceNames().Contains(resource), $"Lexicons/{relative} is not embedded");
        }
    }
}
