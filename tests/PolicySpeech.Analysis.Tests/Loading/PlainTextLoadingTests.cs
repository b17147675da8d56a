using System.Text;

namespace PolicySpeech.Tests.Loading;

using PolicySpeech.Loading;

public sealed class PlainTextLoadingTests
{
    private const string Speech = "在全省妇女儿童工作推进会上的讲话\r\n\r\n同志们:\r\n  今天,我们召开推进会。\n一、要加强服务指导\r(一)要拓宽渠道。";

    private static SpeechDocument LoadBytes(byte[] bytes, string name = "speech.txt", LoadOptions? options = null) =>
        SpeechDocument.Load(new MemoryStream(bytes), name, options);

    [Fact]
    public void Utf8WithoutBom()
    {
        var document = LoadBytes(Encoding.UTF8.GetBytes(Speech));
        Assert.Equal(Speech, document.Text.ToString());
        Assert.Equal(SourceFormat.PlainText, document.Format);
        Assert.Equal(Encoding.UTF8.CodePage, document.Text.Encoding!.CodePage);
        Assert.Empty(document.Text.Encoding.GetPreamble());
        Assert.Equal("speech.txt", document.Path);
        Assert.Equal(DocumentMetadata.Empty, document.Metadata);
    }

    [Fact]
    public void Utf8WithBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Speech)).ToArray();
        var document = LoadBytes(bytes);
        Assert.Equal(Speech, document.Text.ToString());
        Assert.Equal(Encoding.UTF8.CodePage, document.Text.Encoding!.CodePage);
        Assert.Equal(3, document.Text.Encoding.GetPreamble().Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithBom(bool bigEndian)
    {
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Speech)).ToArray();
        var document = LoadBytes(bytes);
        Assert.Equal(Speech, document.Text.ToString());
        Assert.Equal(encoding.CodePage, document.Text.Encoding!.CodePage);
    }

    [Fact]
    public void GbkBytesDecodeAsGb18030()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var bytes = gbk.GetBytes(Speech);
        Assert.NotEqual(Encoding.UTF8.GetBytes(Speech), bytes);
        var document = LoadBytes(bytes);
        Assert.Equal(Speech, document.Text.ToString());
        Assert.Equal(54936, document.Text.Encoding!.CodePage);
    }

    [Fact]
    public void Gb18030FourByteCharacters()
    {
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;
        const string text = "𠀀与€和“巾帼”";
        var document = LoadBytes(gb18030.GetBytes(text));
        Assert.Equal(text, document.Text.ToString());
    }

    [Fact]
    public void LineBreaksAreKeptAsInTheFile()
    {
        var document = LoadBytes(Encoding.UTF8.GetBytes(Speech));
        string text = document.Text.ToString();
        Assert.Contains("\r\n\r\n同志们", text, StringComparison.Ordinal);
        Assert.Contains("服务指导\r(一)", text, StringComparison.Ordinal);
        Assert.Equal(6, document.Text.LineCount);
    }

    [Fact]
    public void ForcedEncodingWins()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var document = LoadBytes(gbk.GetBytes("讲话"), options: new LoadOptions { Encoding = gbk });
        Assert.Equal("讲话", document.Text.ToString());
        Assert.Same(gbk, document.Text.Encoding);
    }

    [Fact]
    public void SourceMapIsTheIdentity()
    {
        var document = LoadBytes(Encoding.UTF8.GetBytes(Speech));
        for (int offset = 0; offset <= document.Text.Length; offset++)
        {
            var expected = document.Text.GetLinePosition(offset);
            var location = document.SourceMap.Map(offset);
            Assert.Equal(new SourceLocation(expected.Line, expected.Character, null, null), location);
        }

        int position = Speech.IndexOf("今天", StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(3, 2, null, null), document.SourceMap.Map(position));
        Assert.Throws<ArgumentOutOfRangeException>(() => document.SourceMap.Map(document.Text.Length + 1));
    }

    [Fact]
    public async Task LoadsFromPathSyncAndAsync()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("speech.txt", Encoding.UTF8.GetBytes(Speech));
        var sync = SpeechDocument.Load(path);
        var async = await SpeechDocument.LoadAsync(path);
        Assert.Equal(Speech, sync.Text.ToString());
        Assert.Equal(Speech, async.Text.ToString());
        Assert.Equal(path, sync.Path);
        Assert.Equal(path, async.Path);
    }

    [Fact]
    public async Task LoadsFromNonSeekableStreamAsync()
    {
        var document = await SpeechDocument.LoadAsync(new NonSeekableStream(Encoding.UTF8.GetBytes(Speech)), "speech.txt");
        Assert.Equal(Speech, document.Text.ToString());
    }

    [Fact]
    public void FromTextWrapsAString()
    {
        var metadata = new DocumentMetadata("标题", new DateOnly(2024, 1, 2), null);
        var document = SpeechDocument.FromText("标题\n正文", "memory.txt", metadata);
        Assert.Equal("标题\n正文", document.Text.ToString());
        Assert.Null(document.Text.Encoding);
        Assert.Equal(SourceFormat.PlainText, document.Format);
        Assert.Equal(metadata, document.Metadata);
        Assert.Equal("memory.txt", document.Path);
        Assert.Equal(new SourceLocation(1, 1, null, null), document.SourceMap.Map(4));
        Assert.Equal(DocumentMetadata.Empty, SpeechDocument.FromText("x").Metadata);
    }

    [Fact]
    public void EmptyFileIsAnEmptyText()
    {
        using var temp = new TempDirectory();
        var document = SpeechDocument.Load(temp.Write("empty.txt", []));
        Assert.Equal(0, document.Text.Length);
        Assert.Equal(new SourceLocation(0, 0, null, null), document.SourceMap.Map(0));
        Assert.Equal(0, LoadBytes([], "empty.html").Text.Length);
    }

    [Theory]
    [InlineData("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", SourceFormat.PlainText)]
    [InlineData("a", "<!DOCTYPE html><html><body><p>x</p></body></html>", SourceFormat.Html)]
    [InlineData("a.dat", "  <html><body><p>x</p></body></html>", SourceFormat.Html)]
    [InlineData("a.dat", "<?xml version=\"1.0\"?>\n<html><body><p>x</p></body></html>", SourceFormat.Html)]
    [InlineData("a.htm", "讲话", SourceFormat.Html)]
    [InlineData(null, "讲话 <html>", SourceFormat.PlainText)]
    public void FormatIsPickedByExtensionAndSniffing(string? name, string content, SourceFormat expected)
    {
        Assert.Equal(expected, SpeechDocument.DetectFormat(Encoding.UTF8.GetBytes(content), name));
    }

    [Fact]
    public void ZipMagicMeansDocxWhateverTheName()
    {
        Assert.Equal(SourceFormat.Docx, SpeechDocument.DetectFormat(DocxFactory.Simple("x"), "speech.txt"));
    }

    [Fact]
    public void SeedLoadsAsUtf8()
    {
        if (!File.Exists(RepoPaths.Seed))
        {
            return;
        }

        var document = SpeechDocument.Load(RepoPaths.Seed);
        Assert.Equal(File.ReadAllText(RepoPaths.Seed), document.Text.ToString());
        Assert.StartsWith("在全省妇女儿童工作推进会上的讲话", document.Text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RealCorpusLoadsExactly()
    {
        if (RepoPaths.CorpusReal is not { } directory)
        {
            return;
        }

        foreach (string path in Directory.EnumerateFiles(directory, "*.txt"))
        {
            var document = SpeechDocument.Load(path);
            Assert.Equal(File.ReadAllText(path), document.Text.ToString());
            Assert.Equal(SourceFormat.PlainText, document.Format);
        }
    }
}
