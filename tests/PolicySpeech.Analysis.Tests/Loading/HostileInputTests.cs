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
}
