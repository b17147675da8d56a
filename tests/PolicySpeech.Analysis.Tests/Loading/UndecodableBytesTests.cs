using System.IO.Compression;
using System.Text;
using PolicySpeech.Diagnostics;
using PolicySpeech.Loading;

namespace PolicySpeech.Tests.Loading;

/// <summary>Bytes read as U+FFFD (issue #12) are reported as PS0003 with their byte offset, and where they are in the text.</summary>
public sealed class UndecodableBytesTests
{
    private static List<Diagnostic> Undecodable(byte[] bytes, string name = "speech.txt", LoadOptions? options = null) =>
        [.. SpeechDocument.Load(new MemoryStream(bytes), name, options).GetSyntaxTree().Diagnostics.Where(d => d.Id == "PS0003")];

    private static byte[] Utf16Le(string text) => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];

    [Fact]
    public void LoneSurrogateInUtf16IsReportedWithItsByteOffsetAndLine()
    {
        // 同志们：\n要 + lone high surrogate D800 + 加强。: the surrogate's bytes start at 2 (BOM) + 6 * 2 = 14.
        byte[] bytes = [.. Utf16Le("同志们：\n要"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("加强。")];
        var document = SpeechDocument.Load(new MemoryStream(bytes), "speech.txt");
        Assert.Equal("同志们：\n要\uFFFD加强。", document.Text.ToString());
        var diagnostic = Assert.Single(Undecodable(bytes));
        Assert.Equal(6, diagnostic.Location.SourceSpan.Start);
        Assert.Equal(1, diagnostic.Location.SourceSpan.Length);
        Assert.Equal(1, diagnostic.Location.LineSpan.Start.Line);
        Assert.Equal(1, diagnostic.Location.LineSpan.Start.Character);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("The bytes 0x00 0xD8 at byte offset 14 are not valid UTF-16; they were read as U+FFFD", diagnostic.Message);
    }

    [Fact]
    public void TruncatedUtf16AndLoneLowSurrogateInBigEndian()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("讲话"), 0xDC, 0x00, .. Encoding.BigEndianUnicode.GetBytes("好"), 0x4E];
        var found = Undecodable(bytes);
        Assert.Equal(2, found.Count);
        Assert.Equal(2, found[0].Location.SourceSpan.Start);
        Assert.Contains("0xDC 0x00 at byte offset 6 are not valid UTF-16BE", found[0].Message, StringComparison.Ordinal);
        Assert.Equal(4, found[1].Location.SourceSpan.Start);
        Assert.Contains("0x4E at byte offset 10", found[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GbkBytesAfterAUtf8ByteOrderMark()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("同志们：\n"), .. gbk.GetBytes("讲话")];
        var found = Undecodable(bytes);
        Assert.NotEmpty(found);
        Assert.All(found, d => Assert.Equal(1, d.Location.LineSpan.Start.Line));
        Assert.Contains("at byte offset 16 are not valid UTF-8", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForcedUtf8WithInvalidBytes()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("要加强"), 0xFF, .. Encoding.UTF8.GetBytes("。")];
        var found = Assert.Single(Undecodable(bytes, options: new LoadOptions { Encoding = new UTF8Encoding(false) }));
        Assert.Equal(3, found.Location.SourceSpan.Start);
        Assert.Contains("0xFF at byte offset 9", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlWithAByteOrderMarkPointsIntoTheExtractedText()
    {
        byte[] bytes = [.. Utf16Le("<html><body><p>要"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("加强</p></body></html>")];
        var document = SpeechDocument.Load(new MemoryStream(bytes), "page.html");
        var found = Assert.Single(Undecodable(bytes, "page.html"));
        Assert.Equal('\uFFFD', document.Text[found.Location.SourceSpan.Start]);
    }

    [Fact]
    public void AnEncodedReplacementCharacterAndCleanFilesAreNotReported()
    {
        Assert.Empty(Undecodable(Utf16Le("同志们：\n要\uFFFD加强。\uD83D\uDE00")));
        Assert.Empty(Undecodable([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("要\uFFFD加强。")]));
        Assert.Empty(Undecodable(CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes("同志们：要加强。")));
    }

    [Fact]
    public void ManyUndecodableRunsAreCapped()
    {
        var bytes = new List<byte> { 0xFF, 0xFE };
        for (int i = 0; i < 5000; i++)
        {
            bytes.AddRange(Encoding.Unicode.GetBytes("要"));
            bytes.AddRange([0x00, 0xDC]);
        }

        Assert.Equal(1000, Undecodable([.. bytes]).Count);
    }

    private static Encoding Gb18030 => CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    [Fact]
    public void ForcedGb18030WithInvalidBytesIsReportedAsUFffdNotAQuestionMark()
    {
        // Forcing a code page read bad bytes as '?' without a diagnostic; PS0003 covers every forced encoding.
        byte[] bytes = [.. Gb18030.GetBytes("要加强"), 0xFF, .. Gb18030.GetBytes("组织领导。")];
        var options = new LoadOptions { Encoding = Gb18030 };
        var document = SpeechDocument.Load(new MemoryStream(bytes), "speech.txt", options);
        Assert.Equal("要加强\uFFFD组织领导。", document.Text.ToString());
        var found = Assert.Single(Undecodable(bytes, options: options));
        Assert.Equal(3, found.Location.SourceSpan.Start);
        Assert.Equal("The bytes 0xFF at byte offset 6 are not valid GB18030; they were read as U+FFFD", found.Message);
    }

    [Fact]
    public void ForcedGb18030ReadsCharactersCutByItsWindowWhole()
    {
        // One ASCII byte, then two-byte characters: the 64 KB decoding window ends inside one of them.
        string body = "a" + string.Concat(Enumerable.Repeat("要加强组织领导。", 5000));
        byte[] bytes = [.. Gb18030.GetBytes(body), 0x81, 0x20, .. Gb18030.GetBytes("好")];
        var options = new LoadOptions { Encoding = Gb18030, MaxBreaks = int.MaxValue };
        var document = SpeechDocument.Load(new MemoryStream(bytes), "speech.txt", options);
        Assert.Equal(body + "\uFFFD 好", document.Text.ToString());
        var found = Assert.Single(Undecodable(bytes, options: options));
        Assert.Equal(body.Length, found.Location.SourceSpan.Start);
        Assert.Contains($"0x81 at byte offset {bytes.Length - 4} ", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CleanForcedGb18030IsNotReported()
    {
        byte[] bytes = Gb18030.GetBytes("同志们：\n要加强组织领导。");
        Assert.Empty(Undecodable(bytes, options: new LoadOptions { Encoding = Gb18030 }));
    }

    [Fact]
    public void DocxWithInvalidUtf8IsRefusedNotReadAsUFffd()
    {
        // A Word part is XML, which the reader decodes strictly: bad bytes never become U+FFFD, so PS0003 does not apply.
        using var stream = new MemoryStream();
        stream.Write(DocxFactory.Simple("正文"));
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry("word/document.xml")!.Delete();
            using var replacement = archive.CreateEntry("word/document.xml").Open();
            replacement.Write([.. Encoding.UTF8.GetBytes("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>要"),
                0xFF, 0xFE, .. Encoding.UTF8.GetBytes("加强</w:t></w:r></w:p></w:body></w:document>")]);
        }

        var exception = Assert.Throws<SpeechLoadException>(() => SpeechDocument.Load(new MemoryStream(stream.ToArray()), "bad.docx"));
        Assert.Equal(SpeechLoadFailure.MalformedDocx, exception.Reason);
    }
}
