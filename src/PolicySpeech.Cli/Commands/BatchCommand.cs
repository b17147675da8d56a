using System.CommandLine;
using System.Globalization;
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
        var output = new Option<string>("--out") { Description = "The folder to write the tables to.", Required = true };
        var jobs = new Option<int>("--jobs") { Description = "Documents processed at once (default: the number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var format = new Option<string>("--format") { Description = "Table formats, comma-separated: csv, jsonl, parquet (default csv,jsonl; documents.csv and the .jsonl tables are always written).", DefaultValueFactory = _ => "csv,jsonl" };
        var resume = new Option<bool>("--resume") { Description = "Continue an interrupted run in the --out folder." };
        var shard = new Option<string?>("--shard") { Description = "Process only shard K of N (K/N, 1-based): the inputs whose path hashes (SHA-256) to K-1 modulo N. Join shards with 'policyspeech merge'." };
        var year = new Option<int?>("--year") { Description = "The reference year for 今年, 明年, 年内 (default: from each document)." };
        var command = new Command("batch", "Extract documents, commitments, diagnostics and corpus-wide duplicates from folders, zip archives or globs into CSV, JSON Lines and Parquet tables.")
        {
            inputs, output, jobs, format, resume, shard, year,
        };
        command.SetAction(result =>
        {
            try
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
                    result.GetValue(year));
                if (int.TryParse(Environment.GetEnvironmentVariable(CheckpointVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int every) && every > 0)
                {
                    options = options with { CheckpointEvery = every };
                }

                return Run(context, options);
            }
            catch (CliUsageException ex)
            {
                context.Error.WriteLine($"policyspeech: error: {ex.Message}");
                return CliApp.UsageOrInputError;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"policyspeech: error: cannot read the inputs or write the output folder: {ex.Message}");
                return CliApp.UsageOrInputError;
            }
        });
        return command;
    }

    internal static int Run(CliContext context, BatchOptions options, CancellationToken cancellationToken = default)
    {
        bool terminal = ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected;
        BatchSummary summary = terminal
            ? TerminalProgress.RunAsync(progress => new BatchRunner(options, progress).RunAsync(cancellationToken)).GetAwaiter().GetResult()
            : new BatchRunner(options, new PlainProgress(context.Error)).RunAsync(cancellationToken).GetAwaiter().GetResult();
        WriteSummary(context.Out, options, summary);
        return summary.ExitCode;
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
            $"batch: {summary.Inputs} documents ({c.Ok} ok, {c.Errors} error, {c.Skipped} skipped), {c.Commitments} commitments, {c.Diagnostics} diagnostics ({c.ErrorDiagnostics} errors) -> {options.OutputDirectory}"));
        if (!summary.AlreadyComplete)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"batch: this run processed {summary.ProcessedNow} documents in {seconds:0.0} s: {summary.ProcessedNow / seconds:0.0} documents/s, {summary.BytesNow / 1e6 / seconds:0.00} MB/s"));
        }
    }
}
