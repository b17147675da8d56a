using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace PolicySpeech.Tests.Loading;

using PolicySpeech.Loading;

public sealed class BadFileTests
{
    private static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static SpeechLoadException AssertFails(byte[] bytes, string name, SpeechLoadFailure reason, LoadOptions? options = null)
    {
        var exception = Assert.Throws<SpeechLoadException>(() => SpeechDocument.Load(new MemoryStream(bytes), name, options));
        Assert.Equal(reason, exception.Reason);
        Assert.Equal(name, exception.Path);
        Assert.StartsWith(name + ": ", exception.Message, StringComparison.Ordinal);

        var asyncException = Assert.ThrowsAsync<SpeechLoadException>(() => SpeechDocument.LoadAsync(new MemoryStream(bytes), name, options)).GetAwaiter().GetResult();
        Assert.Equal(reason, asyncException.Reason);
        return exception;
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }

        return stream.ToArray();
    }

    [Theory]
    [InlineData("random.bin")]
    [InlineData("random.txt")]
    [InlineData("random.html")]
    public void RandomBytesAreBinary(string name)
    {
        AssertFails(RandomBytes(42, 4096), name, SpeechLoadFailure.Binary);
    }

    [Fact]
    public void RandomBytesNamedDocxAreMalformedDocx()
    {
        AssertFails(RandomBytes(42, 4096), "random.docx", SpeechLoadFailure.MalformedDocx);
    }

    [Fact]
    public void ControlCharactersWithoutNulAreBinary()
    {
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)(i % 2 == 0 ? 0x01 : 'a')).ToArray();
        AssertFails(bytes, "controls.txt", SpeechLoadFailure.Binary);
    }

    [Fact]
    public void BytesThatAreNeitherUtf8NorGb18030()
    {
        var bytes = Encoding.ASCII.GetBytes("abc").Concat(new byte[] { 0xFF, 0xFF, 0x80, 0x20 }).ToArray();
        var exception = AssertFails(bytes, "odd.txt", SpeechLoadFailure.UnknownEncoding);
        Assert.Contains("GB18030", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedDocx()
    {
        var whole = DocxFactory.Speech();
        var exception = AssertFails(whole[..(whole.Length / 2)], "corpus/x.docx", SpeechLoadFailure.MalformedDocx);
        Assert.Equal("corpus/x.docx: the DOCX is truncated or malformed (zip central directory not found)", exception.Message);
    }

    [Fact]
    public void ZipThatIsNotADocx()
    {
        var bytes = Zip(("hello.txt", Encoding.UTF8.GetBytes("hello")));
        var exception = AssertFails(bytes, "notes.docx", SpeechLoadFailure.MalformedDocx);
        Assert.Contains("not a Word document", exception.Message, StringComparison.Ordinal);

        // Sniffed as a zip even without the extension.
        AssertFails(bytes, "archive.bin", SpeechLoadFailure.MalformedDocx);
    }

    [Fact]
    public void ZipWithContentTypesButNoDocument()
    {
        var contentTypes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        AssertFails(Zip(("[Content_Types].xml", contentTypes)), "empty-package.docx", SpeechLoadFailure.MalformedDocx);
    }

    [Fact]
    public void DocxWithBrokenDocumentXml()
    {
        var good = DocxFactory.Simple("正文");
        using var stream = new MemoryStream();
        stream.Write(good);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry("word/document.xml")!;
            entry.Delete();
            using var replacement = archive.CreateEntry("word/document.xml").Open();
            replacement.Write(Encoding.UTF8.GetBytes("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>断"));
        }

        AssertFails(stream.ToArray(), "broken.docx", SpeechLoadFailure.MalformedDocx);
    }

    [Fact]
    public void DeeplyNestedDocxIsRefused()
    {
        const string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var xml = new StringBuilder($"<w:document xmlns:w=\"{w}\"><w:body>");
        for (int i = 0; i < 2000; i++)
        {
            xml.Append("<w:tbl><w:tr><w:tc>");
        }

        xml.Append("<w:p><w:r><w:t>深</w:t></w:r></w:p>");
        for (int i = 0; i < 2000; i++)
        {
            xml.Append("</w:tc></w:tr></w:tbl>");
        }

        xml.Append("</w:body></w:document>");
        var bytes = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("word/document.xml", Encoding.UTF8.GetBytes(xml.ToString())));
        var exception = AssertFails(bytes, "deep.docx", SpeechLoadFailure.MalformedDocx);
        Assert.Contains("deep", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocxWithDtdIsRefused()
    {
        const string xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>";
        var bytes = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("word/document.xml", Encoding.UTF8.GetBytes(xml)));
        AssertFails(bytes, "dtd.docx", SpeechLoadFailure.MalformedDocx);
    }

    [Fact]
    public void DeeplyNestedHtmlIsRefusedQuickly()
    {
        const int depth = 50_000;
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "讲话" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var watch = Stopwatch.StartNew();
        var exception = AssertFails(Encoding.UTF8.GetBytes(html), "deep.html", SpeechLoadFailure.MalformedHtml);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Contains("deep", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyUnclosedParagraphsAreNotDeepNesting()
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>同志们", 10_000)) + "</body></html>";
        var document = SpeechDocument.Load(new MemoryStream(Encoding.UTF8.GetBytes(html)), "flat.html");
        Assert.Equal(10_000, document.Text.LineCount);
    }

    [Fact]
    public void ZipBombByRatioWithSmallLimits()
    {
        var bytes = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("word/document.xml", new byte[4 * 1024 * 1024]));
        var exception = AssertFails(bytes, "bomb.docx", SpeechLoadFailure.ZipBomb);
        Assert.Contains("word/document.xml", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZipBombByTotalSize()
    {
        var bytes = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("word/document.xml", RandomBytes(1, 300_000)));
        AssertFails(bytes, "big.docx", SpeechLoadFailure.ZipBomb, new LoadOptions { MaxUncompressedBytes = 100_000 });
    }

    [Fact]
    public void ZipBombOf300MegabytesOfZeros()
    {
        using var temp = new TempDirectory();
        string path = Path.Combine(temp.FullName, "bomb.docx");
        using (var file = File.Create(path))
        using (var archive = new ZipArchive(file, ZipArchiveMode.Create))
        {
            using (var types = archive.CreateEntry("[Content_Types].xml").Open())
            {
                types.Write(Encoding.UTF8.GetBytes("<Types/>"));
            }

            using var entry = archive.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++)
            {
                entry.Write(zeros);
            }
        }

        Assert.True(new FileInfo(path).Length < 3 * 1024 * 1024);
        var watch = Stopwatch.StartNew();
        var exception = Assert.Throws<SpeechLoadException>(() => SpeechDocument.Load(path));
        watch.Stop();
        Assert.Equal(SpeechLoadFailure.ZipBomb, exception.Reason);
        Assert.Equal(path, exception.Path);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task HugeHtmlIsTooLargeBeforeParsing()
    {
        var html = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<p>同志们</p>", 1000)) + "</body></html>");
        var options = new LoadOptions { MaxFileBytes = 4096 };
        AssertFails(html, "huge.html", SpeechLoadFailure.TooLarge, options);

        var exception = Assert.Throws<SpeechLoadException>(() => SpeechDocument.Load(new NonSeekableStream(html), "huge.html", options));
        Assert.Equal(SpeechLoadFailure.TooLarge, exception.Reason);

        using var temp = new TempDirectory();
        string path = temp.Write("huge.html", html);
        Assert.Equal(SpeechLoadFailure.TooLarge, Assert.Throws<SpeechLoadException>(() => SpeechDocument.Load(path, options)).Reason);
        Assert.Equal(SpeechLoadFailure.TooLarge, (await Assert.ThrowsAsync<SpeechLoadException>(() => SpeechDocument.LoadAsync(path, options))).Reason);
    }

    [Fact]
    public async Task NonexistentPath()
    {
        string path = Path.Combine(Path.GetTempPath(), "policyspeech-missing-" + Guid.NewGuid().ToString("N"), "speech.txt");
        var exception = Assert.Throws<SpeechLoadException>(() => SpeechDocument.Load(path));
        Assert.Equal(SpeechLoadFailure.Unreadable, exception.Reason);
        Assert.Equal(path, exception.Path);
        Assert.IsAssignableFrom<IOException>(exception.InnerException);

        var asyncException = await Assert.ThrowsAsync<SpeechLoadException>(() => SpeechDocument.LoadAsync(path));
        Assert.Equal(SpeechLoadFailure.Unreadable, asyncException.Reason);
    }

    [Fact]
    public void DirectoryPath()
    {
        using var temp = new TempDirectory();
        var exception = Assert.Throws<SpeechLoadException>(() => SpeechDocument.Load(temp.FullName));
        Assert.Equal(SpeechLoadFailure.Unreadable, exception.Reason);
    }

    [Fact]
    public void FailingStreamIsUnreadable()
    {
        var exception = Assert.Throws<SpeechLoadException>(() => SpeechDocument.Load(new ThrowingStream(), "net.txt"));
        Assert.Equal(SpeechLoadFailure.Unreadable, exception.Reason);
    }

    [Fact]
    public async Task CancellationIsNotAFailure()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SpeechDocument.LoadAsync(new NonSeekableStream(DocxFactory.Speech()), "x.docx", cancellationToken: source.Token));
    }

    [Fact]
    public void FuzzedFilesOnlyEverFailWithSpeechLoadException()
    {
        var docx = DocxFactory.Speech();
        var random = new Random(7);
        int loaded = 0;
        int failed = 0;
        for (int round = 0; round < 300; round++)
        {
            byte[] bytes;
            string name;
            switch (round % 3)
            {
                case 0:
                    bytes = (byte[])docx.Clone();
                    for (int flips = random.Next(1, 8); flips > 0; flips--)
                    {
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    }

                    name = "fuzz.docx";
                    break;
                case 1:
                    bytes = Encoding.UTF8.GetBytes("<html><body><p>同志们" + new string('<', random.Next(5)) + "</p><table><td>&#x" + random.Next() + ";</table>");
                    bytes = bytes[..random.Next(bytes.Length)];
                    name = "fuzz.html";
                    break;
                default:
                    bytes = RandomBytes(round, random.Next(1, 64));
                    name = "fuzz.txt";
                    break;
            }

            try
            {
                _ = SpeechDocument.Load(new MemoryStream(bytes), name);
                loaded++;
            }
            catch (SpeechLoadException)
            {
                failed++;
            }
        }

        Assert.Equal(300, loaded + failed);
        Assert.True(failed > 0);
    }

    private sealed class ThrowingStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("connection reset");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
