using System.Diagnostics;

namespace PolicySpeech.Cli.Batch;

/// <summary>Progress for a non-terminal: a line on standard error every few seconds or every 100 documents.</summary>
internal sealed class PlainProgress(TextWriter writer, TimeSpan? interval = null) : IBatchProgress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TimeSpan _interval = interval ?? TimeSpan.FromSeconds(5);
    private TimeSpan _last;
    private int _lastDone;

    /// <inheritdoc/>
    public void Report(int done, int total, int resumedFrom, long bytesNow)
    {
        var now = _clock.Elapsed;
        if (done < total && done - _lastDone < 100 && now - _last < _interval)
        {
            return;
        }

        _last = now;
        _lastDone = done;
        writer.WriteLine(Line(done, total, resumedFrom, bytesNow, now));
    }

    /// <summary>One progress line: done/total, percent, documents/s, MB/s and time left.</summary>
    public static string Line(int done, int total, int resumedFrom, long bytesNow, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        double rate = (done - resumedFrom) / seconds;
        string left = rate > 0 ? TimeSpan.FromSeconds(Math.Round((total - done) / rate)).ToString("c", CultureInfo.InvariantCulture) : "?";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"batch: {done}/{total} documents ({(total == 0 ? 100 : 100.0 * done / total):0.0}%), {rate:0.0} documents/s, {bytesNow / 1e6 / seconds:0.00} MB/s, {left} left");
    }
}
