using DocumentFormat.OpenXml.Wordprocessing;
using PolicySpeech.Diagnostics;
using PolicySpeech.Loading;

namespace PolicySpeech.Tests.Loading;

/// <summary>Regression tests for issue #12: hostile and faulty inputs give one clear error or load, never crash, hang or blow up.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ps-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void DocxNumberingAtTwoBillionInUpperLetterRendersAsDecimal()
    {
        var bytes = DocxFactory.NumberedFrom(2_000_000_000, NumberFormatValues.UpperLetter, 20);
        long before = GC.GetAllocatedBytesForCurrentThread();
        var document = SpeechDocument.Load(new MemoryStream(bytes), "numbering.docx");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("2000000000.", document.Text.ToString(), StringComparison.Ordinal);
        Assert.Contains("2000000019.", document.Text.ToString(), StringComparison.Ordinal);
        Assert.True(allocated < 64L * 1024 * 1024, $"loading allocated {allocated} bytes");
    }

    [Fact]
    public void ConfigurationWithInvalidUtf8InAStringIsAConfigurationError()
    {
        string path = Path.Combine(_dir, "policyspeech.json");
        byte[] bytes = [.. "{ \"acceptedWords\": [\""u8, 0xC3, 0x28, .. "\"] }"u8];
        File.WriteAllBytes(path, bytes);
        var ex = Assert.Throws<ConfigurationException>(() => SpeechConfiguration.Load(path));
        Assert.Contains("UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BaselineThatIsADeviceOrAFolderIsRefusedWithoutReadingIt()
    {
        string path = Path.Combine(_dir, "policyspeech.json");
        if (File.Exists("/dev/zero"))
        {
            var device = Assert.Throws<ConfigurationException>(() => SpeechConfiguration.Parse("""{ "baseline": "/dev/zero" }""", path));
            Assert.Contains("not a regular file", device.Message, StringComparison.Ordinal);
        }

        var folder = Assert.Throws<ConfigurationException>(() => SpeechConfiguration.Parse($$"""{ "baseline": "{{_dir.Replace("\\", "/", StringComparison.Ordinal)}}" }""", path));
        Assert.Contains("directory", folder.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FifoIsRefusedWithoutBlocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string fifo = Path.Combine(_dir, "x.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        var load = Task.Run(() => SpeechDocument.Load(fifo));
        var first = await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(ReferenceEquals(first, load), "loading a FIFO blocked");
        var ex = await Assert.ThrowsAsync<SpeechLoadException>(() => load);
        Assert.Equal(SpeechLoadFailure.Unreadable, ex.Reason);
        Assert.Contains("named pipe", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div/>")]
    [InlineData("<rb>")]
    [InlineData("<span></span>")]
    public void HundredThousandElementsAreRefused(string element)
    {
        string html = "<html><body>" + string.Concat(Enumerable.Repeat(element, 100_001)) + "<p>讲话</p></body></html>";
        var ex = Assert.Throws<SpeechLoadException>(() => SpeechDocument.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html)), "many.html"));
        Assert.Equal(SpeechLoadFailure.MalformedHtml, ex.Reason);
    }

    [Fact]
    public void RubyAndSvgSelfClosingStillLoad()
    {
        string html = "<html><body><p>讲话</p>" + string.Concat(Enumerable.Repeat("<ruby><rb>讲<rt>jiang<rb>话<rt>hua</ruby><svg><path/><path/></svg>", 2000)) + "</body></html>";
        var document = SpeechDocument.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html)), "ruby.html");
        Assert.Contains("讲话", document.Text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OneHugeTextNodeLoadsInLinearTime()
    {
        string html = "<html><body><p>" + string.Concat(Enumerable.Repeat("要做好就业工作", 2_000_000)) + "</p></body></html>";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var document = SpeechDocument.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html)), "text.html");
        Assert.Equal(14_000_000, document.Text.Length);
        // A hang guard, not a benchmark: the quadratic loader took minutes here; linear takes seconds even on a loaded machine.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF7")]
    [InlineData("x-no-such-charset")]
    public void HtmlDeclaringAnUnsupportedCharsetLoadsByDetection(string charset)
    {
        // Found by the fuzzer: charset="utf-7" made Encoding.GetEncoding throw NotSupportedException out of the loader.
        var bytes = System.Text.Encoding.UTF8.GetBytes($"<html><head><meta charset=\"{charset}\"></head><body><p>今年要做好就业工作。</p></body></html>");
        var document = SpeechDocument.Load(new MemoryStream(bytes), "page.html");
        Assert.Contains("今年要做好就业工作。", document.Text.ToString(), StringComparison.Ordinal);
    }
}
