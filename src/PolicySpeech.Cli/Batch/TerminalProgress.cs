using System.Diagnostics;
using Spectre.Console;

namespace PolicySpeech.Cli.Batch;

/// <summary>Progress for a terminal: a Spectre.Console progress bar with documents done, rate and time left.</summary>
internal sealed class TerminalProgress(ProgressTask task) : IBatchProgress
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Runs <paramref name="run"/> under a progress bar on the console.</summary>
    public static Task<T> RunAsync<T>(Func<IBatchProgress, Task<T>> run) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(context => run(new TerminalProgress(context.AddTask("documents", autoStart: true, maxValue: 1))));

    /// <inheritdoc/>
    public void Report(int done, int total, int resumedFrom, long bytesNow)
    {
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        task.MaxValue = Math.Max(total, 1);
        task.Value = done;
        task.Description = string.Create(CultureInfo.InvariantCulture, $"{done}/{total} documents, {(done - resumedFrom) / seconds:0.0}/s, {bytesNow / 1e6 / seconds:0.00} MB/s");
    }
}
