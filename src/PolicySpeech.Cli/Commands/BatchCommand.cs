using System.CommandLine;
using PolicySpeech.Cli.Batch;

namespace PolicySpeech.Cli.Commands;

/// <summary><c>policyspeech batch DIR|ZIP|GLOB… --out DIR</c>: extracts tables from an archive of speeches.</summary>
internal static class BatchCommand
{
    /// <summary>An environment variable that sets how many documents may pass between two journal checkpoints (default 500; tests set it low).</summary>
    public const string CheckpointVariable = "POLICYSPEECH_BATCH_CHECKPOINT_EVERY";

    /// <summary>The most workers <c>--jobs</c> accepts; more gives a usage error (each worker holds a document in memory).</summary>
    public const int MaxJobs = 256;

    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Folders (read recursively), .zip archives, files or glob patterns such as 'archive/**/*.txt'.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o", "--out") { Description = "The folder to write the tables to.", Required = true };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents processed at once (default: the number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var format = new Option<string>("--format", "-f") { Description = "Table formats, comma-separated: csv, jsonl, parquet (default csv,jsonl; documents.csv and the .jsonl tables are always written).", DefaultValueFactory = _ => "csv,jsonl" };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted run in the output folder (give the inputs and options as the first time)." };
        var shard = new Option<string?>("--shard") { Description = "Process only shard K of N (K/N, 1-based): the inputs whose path hashes (SHA-256) to K-1 modulo N. Join shards with 'policyspeech merge'." };
        var year = SharedOptions.Year();
        var config = SharedOptions.Config();
        var failOnError = new Option<bool>("--fail-on-error") { Description = "Exit with 2 when an input could not be read or holds no text (each is also named on standard error)." };
        var includeSkipped = new Option<bool>("--include-skipped") { Description = "Give files of other types found in folders and archives a 'skipped' row in documents.csv (by default they are only counted)." };
        var analyzers = SharedOptions.Analyzer();
        var command = SharedOptions.Verb(
            "batch",
            "Extract documents, commitments, diagnostics and corpus-wide duplicates from folders, zip archives or globs into CSV, JSON Lines and Parquet tables. Every input that fails or holds no text is named on standard error; Ctrl-C stops after the current documents, and --resume continues.",
            inputs, output, jobs, format, resume, shard, year, config, failOnError, includeSkipped, analyzers);
        command.SetAction(result => GuardedAction.Run(context, "cannot read the inputs or write the output folder", () =>
        {
            int jobCount = result.GetValue(jobs);
            if (jobCount < 1)
            {
                throw new CliUsageException("--jobs: must be at least 1");
            }

            if (jobCount > MaxJobs)
            {
                throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--jobs: {jobCount} is more than the limit of {MaxJobs} workers"));
            }

            var options = new BatchOptions(
                result.GetRequiredValue(inputs),
                result.GetRequiredValue(output),
                jobCount,
                BatchOptions.ParseFormats(result.GetValue(format)),
                result.GetValue(resume),
                result.GetValue(shard) is { } s ? ShardSpec.Parse(s) : null,
                result.GetValue(year))
            {
                ConfigPath = result.GetValue(config),
                AnalyzerPaths = result.GetValue(analyzers) ?? [],
                FailOnError = result.GetValue(failOnError),
                IncludeSkipped = result.GetValue(includeSkipped),
            };
            if (int.TryParse(Environment.GetEnvironmentVariable(CheckpointVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int every) && every > 0)
            {
                options = options with { CheckpointEvery = every };
            }

            using var interrupt = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                // The first Ctrl-C stops the run cleanly (a checkpoint is written); a second one ends the process.
                if (!interrupt.IsCancellationRequested)
                {
                    e.Cancel = true;
                    interrupt.Cancel();
                }
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                return Run(context, options, interrupt.Token);
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }));
        return command;
    }

    internal static int Run(CliContext context, BatchOptions options, CancellationToken cancellationToken = default)
    {
        bool terminal = ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected;
        BatchSummary summary;
        try
        {
            summary = terminal
                ? TerminalProgress.RunAsync(progress => new BatchRunner(options, progress).RunAsync(cancellationToken)).GetAwaiter().GetResult()
                : new BatchRunner(options, new PlainProgress(context.Error)).RunAsync(cancellationToken).GetAwaiter().GetResult();
        }
        catch (BatchInterruptedException ex)
        {
            context.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"policyspeech: batch interrupted after {ex.Completed} of {ex.Total} documents; the tables so far are kept in {options.OutputDirectory} (*.partial); rerun with --resume to continue"));
            return Interrupted;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Error.WriteLine($"policyspeech: batch interrupted before any document was written; rerun with --resume to continue");
            return Interrupted;
        }

        int failed = ReportFailures(context.Error, options.OutputDirectory);
        WriteSummary(context.Out, options, summary);
        if (summary.LeftOut.Count > 0)
        {
            var kinds = summary.LeftOut.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key} ×{p.Value}"));
            context.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"policyspeech: {summary.LeftOut.Values.Sum()} files of other types were not read ({string.Join(", ", kinds)}); --include-skipped lists them in documents.csv"));
        }

        return options.FailOnError && failed > 0 ? CliApp.UsageOrInputError : summary.ExitCode;
    }

    /// <summary>The exit code after Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;

    /// <summary>Writes one line per input whose status is <c>error</c> or <c>empty</c> (resumed parts included), read back from documents.csv.</summary>
    /// <returns>How many there are.</returns>
    private static int ReportFailures(TextWriter error, string outDir)
    {
        string documents = Path.Combine(outDir, BatchTables.FileName(BatchTable.Documents));
        if (!File.Exists(documents))
        {
            return 0;
        }

        int failed = 0;
        foreach (var fields in Csv.ReadRows(documents))
        {
            if (fields.Count > 2 && fields[1] is "error" or "empty")
            {
                failed++;
                error.WriteLine($"policyspeech: {fields[1]}: {fields[0]}: {fields[2]}");
            }
        }

        return failed;
    }

    private static void WriteSummary(TextWriter writer, BatchOptions options, BatchSummary summary)
    {
        var c = summary.Counts;
        if (summary.AlreadyComplete)
        {
            writer.WriteLine($"batch: the run in {options.OutputDirectory} is already complete ({summary.Inputs} documents); nothing to do");
        }

        double seconds = Math.Max(summary.Elapsed.TotalSeconds, 1e-3);
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"batch: {summary.Inputs} documents ({c.Ok} ok, {c.Empty} empty, {c.Errors} error{(c.Skipped > 0 ? $", {c.Skipped} skipped" : "")}), {c.Commitments} commitments, {c.Diagnostics} diagnostics ({c.ErrorDiagnostics} errors) -> {options.OutputDirectory}"));
        if (!summary.AlreadyComplete)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"batch: this run processed {summary.ProcessedNow} documents in {seconds:0.0} s: {summary.ProcessedNow / seconds:0.0} documents/s, {summary.BytesNow / 1e6 / seconds:0.00} MB/s"));
        }
    }
}
