using System.Diagnostics;
using PolicySpeech.Cli.Batch;
using PolicySpeech.Cli.Commands;

namespace PolicySpeech.Cli.Tests.Batch;

public sealed class ResumeTests
{
    [Fact]
    public async Task CancelledRunResumedEqualsUninterruptedRun()
    {
        using var folder = new BatchTestFolder(copies: 4);
        Assert.True(BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("full"), "--jobs", "2").Code is 0 or 1);

        using var cancel = new CancellationTokenSource();
        var options = new BatchOptions([folder.Input], folder.Out("cut"), 2, BatchFormats.Csv | BatchFormats.Jsonl, false, null, null) { CheckpointEvery = 5 };
        var stopAt = new StopAt(17, cancel);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new BatchRunner(options, stopAt).RunAsync(cancel.Token));

        // Interrupted: only partial tables and a journal that claims some, not all, inputs.
        Assert.False(File.Exists(Path.Combine(folder.Out("cut"), "documents.csv")));
        Assert.True(File.Exists(Path.Combine(folder.Out("cut"), "documents.csv.partial")));
        var journal = BatchJournal.TryLoad(folder.Out("cut"))!;
        Assert.InRange(journal.Completed, 10, 17);
        Assert.False(journal.Complete);

        var resumed = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("cut"), "--jobs", "1", "--resume");
        Assert.True(resumed.Code is 0 or 1, resumed.Error);
        BatchTestFolder.AssertSameOutputs(folder.Out("full"), folder.Out("cut"));

        // Resuming a finished run does nothing; resuming with other options is refused.
        var again = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("cut"), "--resume");
        Assert.Contains("already complete", again.Out, StringComparison.Ordinal);
        BatchTestFolder.AssertSameOutputs(folder.Out("full"), folder.Out("cut"));
        var other = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("cut"), "--resume", "--year", "2020");
        Assert.Equal(2, other.Code);
        Assert.Contains("other inputs or options", other.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelledParquetRunResumedEqualsUninterruptedRun()
    {
        // The uninterrupted run streams its Parquet tables and duplicate index; the resumed one makes them from the
        // text tables: the same bytes.
        using var folder = new BatchTestFolder(copies: 3);
        Assert.True(BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("full"), "--jobs", "2", "--format", "csv,jsonl,parquet").Code is 0 or 1);

        using var cancel = new CancellationTokenSource();
        var options = new BatchOptions([folder.Input], folder.Out("cut"), 2, BatchFormats.Csv | BatchFormats.Jsonl | BatchFormats.Parquet, false, null, null) { CheckpointEvery = 5 };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new BatchRunner(options, new StopAt(12, cancel)).RunAsync(cancel.Token));
        Assert.False(File.Exists(Path.Combine(folder.Out("cut"), "documents.parquet")));

        var resumed = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("cut"), "--jobs", "1", "--resume", "--format", "csv,jsonl,parquet");
        Assert.True(resumed.Code is 0 or 1, resumed.Error);
        Assert.True(File.Exists(Path.Combine(folder.Out("cut"), "duplicates.parquet")));
        BatchTestFolder.AssertSameOutputs(folder.Out("full"), folder.Out("cut"));
    }

    [Fact]
    public void KilledProcessResumedEqualsUninterruptedRun()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "policyspeech.dll");
        Assert.True(File.Exists(dll), dll);
        using var folder = new BatchTestFolder(copies: 25);
        Assert.True(BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("full"), "--jobs", "2").Code is 0 or 1);
        int total = BatchTestFolder.ReadCsv(Path.Combine(folder.Out("full"), "documents.csv")).Count - 1;

        string cut = folder.Out("cut");
        bool killed = false;
        for (int attempt = 0; attempt < 3 && !killed; attempt++)
        {
            using var process = Start(dll, "batch", folder.Input, "--out", cut, "--jobs", "1");
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                var journal = TryJournal(cut);
                if (journal is { Complete: false, Completed: > 0 } && journal.Completed < total - 20)
                {
                    Thread.Sleep(150); // let it write rows past the checkpoint, which the resume must discard
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit();
                    killed = true;
                    break;
                }

                Thread.Sleep(20);
            }

            process.WaitForExit();
        }

        Assert.True(killed, "the batch process finished before it could be killed");
        Assert.False(File.Exists(Path.Combine(cut, "documents.csv")), "a killed run must not leave a complete-looking table");
        using (var resume = Start(dll, "batch", folder.Input, "--out", cut, "--jobs", "2", "--resume"))
        {
            Assert.True(resume.WaitForExit(TimeSpan.FromMinutes(5)));
            Assert.True(resume.ExitCode is 0 or 1, resume.StandardError.ReadToEnd());
        }

        BatchTestFolder.AssertSameOutputs(folder.Out("full"), cut);
    }

    [Fact]
    public void InterruptedRunSaysRerunWithResumeAndTheResumeEqualsAnUninterruptedRun()
    {
        using var folder = new BatchTestFolder(copies: 2);
        Assert.True(BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("full"), "--jobs", "2").Code is 0 or 1);

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var options = new BatchOptions([folder.Input], folder.Out("cut"), 2, BatchFormats.Csv | BatchFormats.Jsonl, false, null, null);
        int code = BatchCommand.Run(new CliContext(stdout, stderr), options, cancel.Token);
        Assert.Equal(BatchCommand.Interrupted, code);
        Assert.Contains("interrupted after 0 of", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("rerun with --resume", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("", stdout.ToString());

        var resumed = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("cut"), "--jobs", "2", "--resume");
        Assert.True(resumed.Code is 0 or 1, resumed.Error);
        BatchTestFolder.AssertSameOutputs(folder.Out("full"), folder.Out("cut"));
    }

    [Fact]
    public void CtrlCStopsTheProcessWithAMessageAndTheResumeEqualsAnUninterruptedRun()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // SIGINT is sent with kill(1)
        }

        string dll = Path.Combine(AppContext.BaseDirectory, "policyspeech.dll");
        using var folder = new BatchTestFolder(copies: 25);
        Assert.True(BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("full"), "--jobs", "2").Code is 0 or 1);
        string cut = folder.Out("cut");
        using var process = Start(dll, "batch", folder.Input, "--out", cut, "--jobs", "1");
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60) && TryJournal(cut) is not { Completed: > 0 })
        {
            Thread.Sleep(20);
        }

        Assert.False(process.HasExited, "the batch process finished before it could be interrupted");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)));
        string error = process.StandardError.ReadToEnd();
        Assert.Equal(BatchCommand.Interrupted, process.ExitCode);
        Assert.Contains("rerun with --resume", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(cut, "documents.csv")));

        var resumed = BatchTestFolder.Run("batch", folder.Input, "--out", cut, "--jobs", "2", "--resume");
        Assert.True(resumed.Code is 0 or 1, resumed.Error);
        BatchTestFolder.AssertSameOutputs(folder.Out("full"), cut);
    }

    [Fact]
    public void ResumeWithTheFolderNamedAnotherWaySaysWhatDiffers()
    {
        using var folder = new BatchTestFolder(copies: 1);
        var options = new BatchOptions([folder.Input], folder.Out("cut"), 1, BatchFormats.Csv | BatchFormats.Jsonl, false, null, null);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Equal(BatchCommand.Interrupted, BatchCommand.Run(new CliContext(new StringWriter(), new StringWriter()), options, cancel.Token));

        string relative = Path.GetRelativePath(Environment.CurrentDirectory, folder.Input);
        var resumed = BatchTestFolder.Run("batch", relative, "--out", folder.Out("cut"), "--resume");
        Assert.Equal(2, resumed.Code);
        Assert.Contains("named differently", resumed.Error, StringComparison.Ordinal);
        Assert.Contains(folder.Input, resumed.Error, StringComparison.Ordinal);
        Assert.Contains(relative, resumed.Error, StringComparison.Ordinal);

        var other = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("cut"), "--resume", "--year", "2020");
        Assert.Equal(2, other.Code);
        Assert.Contains("option year: was '', now '2020'", other.Error, StringComparison.Ordinal);
    }

    private static BatchJournal? TryJournal(string directory)
    {
        try
        {
            return BatchJournal.TryLoad(directory);
        }
        catch (Exception ex) when (ex is IOException or CliUsageException)
        {
            return null;
        }
    }

    private static Process Start(string dll, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.Environment[BatchCommand.CheckpointVariable] = "7";
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private sealed class StopAt(int count, CancellationTokenSource cancel) : IBatchProgress
    {
        public void Report(int done, int total, int resumedFrom, long bytesNow)
        {
            if (done >= count)
            {
                cancel.Cancel();
            }
        }
    }
}
