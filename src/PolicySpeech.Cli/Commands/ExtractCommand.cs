using System.Buffers;
using System.CommandLine;
using PolicySpeech.Cli.Batch;
using PolicySpeech.Output;

namespace PolicySpeech.Cli.Commands;

/// <summary>
/// <c>policyspeech extract PATH… [--format json|jsonl|csv] [--year N] [--output FILE]</c>: writes the commitments of each
/// speech. json is the policyspeech/1 contract (one object, <c>documents[]</c> with <c>commitments</c>); jsonl is one
/// commitment a line with its document's path; csv is one row a commitment. Exit 0 when every path was read, 2 when a
/// path could not be read or the arguments are wrong (the other paths are still extracted and written).
/// </summary>
internal static class ExtractCommand
{
    /// <summary>How much output is gathered before it is written (whole rows).</summary>
    private const int ChunkSize = 64 * 1024;

    public static Command Create(CliContext context)
    {
        var paths = SharedOptions.Paths();
        var format = SharedOptions.Format("The output format: json (the policyspeech/1 contract), jsonl (one commitment a line) or csv (one row a commitment).", "json", "jsonl", "csv");
        var year = SharedOptions.Year();
        var output = SharedOptions.Output();
        var command = SharedOptions.Verb(
            "extract",
            "Extract the commitments (actor, action, modality, metric, deadline) of each speech; csv and jsonl write the commitment table batch writes.",
            paths, format, year, output);
        command.SetAction(result => Run(
            context,
            result.GetRequiredValue(paths),
            result.GetValue(format) ?? "json",
            result.GetValue(year),
            result.GetValue(output)));
        return command;
    }

    internal static int Run(CliContext context, IReadOnlyList<string> paths, string format, int? year, string? outputPath)
    {
        if (year is < 1 or > 9999)
        {
            context.Error.WriteLine($"policyspeech: error: --year {year} is not a year");
            return CliApp.UsageOrInputError;
        }

        OutputGuard.RefuseInputAsOutput(outputPath, paths, "--output");

        // Extraction runs no rules (so no configuration is looked for).
        var analyzer = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with { ReferenceYear = year, Diagnostics = false });
        var reports = DocumentRun.AnalyzeAll(context, analyzer, paths, out bool inputError).ConvertAll(a => a.ToReport());
        if (reports.Count == 0 && inputError)
        {
            // Nothing could be read: nothing goes to standard output.
            return CliApp.UsageOrInputError;
        }

        try
        {
            Write(context, reports, format, outputPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error.WriteLine($"policyspeech: error: cannot write '{outputPath}': {ex.Message}");
            return CliApp.UsageOrInputError;
        }

        return inputError ? CliApp.UsageOrInputError : CliApp.Ok;
    }

    private static void Write(CliContext context, List<DocumentReport> reports, string format, string? outputPath)
    {
        // Streamed to the file or to standard output as it is written, never held whole (the commitments of a 60 MB speech
        // are hundreds of megabytes of JSON).
        using var stream = outputPath is null ? new TextWriterStream(context.Out) : (Stream)new FileStream(outputPath, FileMode.Create, FileAccess.Write);
        switch (format)
        {
            case "json":
                JsonReportWriter.Write(stream, reports);
                stream.WriteByte((byte)'\n');
                break;
            case "jsonl":
                WriteJsonLines(stream, reports);
                break;
            default:
                if (outputPath is not null)
                {
                    stream.Write(CsvEncoding.ByteOrderMark);
                }

                WriteCsv(stream, reports);
                break;
        }
    }

    /// <summary>One commitment a line: the <see cref="CommitmentTable"/> row, as batch writes <c>commitments.jsonl</c>.</summary>
    private static void WriteJsonLines(Stream stream, List<DocumentReport> reports)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var report in reports)
        {
            foreach (var commitment in report.Commitments)
            {
                TableRows.AppendJson(buffer, CommitmentTable.Columns, CommitmentTable.GetValues(report.Path, commitment));
                if (buffer.WrittenCount >= ChunkSize)
                {
                    stream.Write(buffer.WrittenSpan);
                    buffer.ResetWrittenCount();
                }
            }
        }

        stream.Write(buffer.WrittenSpan);
    }

    /// <summary>One row a commitment, written to the stream in chunks of whole rows.</summary>
    private static void WriteCsv(Stream stream, List<DocumentReport> reports)
    {
        var b = new StringBuilder(TableRows.CsvHeader(CommitmentTable.Columns));
        foreach (var report in reports)
        {
            foreach (var c in report.Commitments)
            {
                TableRows.AppendCsv(b, CommitmentTable.Columns, CommitmentTable.GetValues(report.Path, c));
                if (b.Length >= ChunkSize)
                {
                    stream.Write(Encoding.UTF8.GetBytes(b.ToString()));
                    b.Clear();
                }
            }
        }

        stream.Write(Encoding.UTF8.GetBytes(b.ToString()));
    }
}
