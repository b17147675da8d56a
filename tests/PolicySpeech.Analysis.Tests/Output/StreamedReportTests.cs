using System.Collections.Immutable;
using PolicySpeech.Diagnostics;
using PolicySpeech.Output;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Output;

/// <summary>
/// Memory (issue #12): a report is passed on to its stream as it is written, never held whole (a Utf8JsonWriter over a
/// stream buffers everything until it is flushed: the commitments of a 62 MB speech, 478 MB of JSON, were held in a
/// buffer grown by doubling, and extract peaked at 3.4 GB).
/// </summary>
public sealed class StreamedReportTests
{
    private static DocumentReport LargeReport()
    {
        var descriptor = new DiagnosticDescriptor("PS2001", "Duplicated paragraph", "The paragraph repeats line {0}", "Repetition", DiagnosticSeverity.Warning, true, "d", "https://example.org");
        string text = string.Concat(Enumerable.Repeat("要加强组织领导。\n", 20_000));
        var source = SourceText.From(text);
        var diagnostics = Enumerable.Range(0, 20_000)
            .Select(i => Diagnostic.Create(descriptor, Location.Create("speech.txt", source, new TextSpan(i * 9, 8)), i).WithFingerprint(i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture), isSuppressed: false))
            .ToImmutableArray();
        return new DocumentReport("speech.txt", source) { Diagnostics = diagnostics };
    }

    /// <summary>Records the largest single write.</summary>
    private sealed class RecordingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer.ToArray(), 0, buffer.Length);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }
    }

    [Fact]
    public void JsonIsWrittenInChunks()
    {
        var report = LargeReport();
        using var stream = new RecordingStream();
        JsonReportWriter.Write(stream, [report]);
        Assert.True(stream.Length > 4_000_000, $"{stream.Length} bytes");
        Assert.True(stream.LargestWrite < 256 * 1024, $"one write of {stream.LargestWrite} bytes");
        Assert.Equal(JsonReportWriter.ToJson([report]), System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void SarifIsWrittenInChunks()
    {
        var report = LargeReport();
        using var stream = new RecordingStream();
        SarifReportWriter.Write(stream, [report], [report.Diagnostics[0].Descriptor]);
        Assert.True(stream.LargestWrite < 256 * 1024, $"one write of {stream.LargestWrite} bytes of {stream.Length}");
    }
}
