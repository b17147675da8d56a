using System.CommandLine;
using PolicySpeech.Cli.Targets;
using PolicySpeech.Semantics;

namespace PolicySpeech.Cli.Commands;

/// <summary>
/// <c>policyspeech targets INPUT… [-o FILE] [--format csv|jsonl|parquet|html] [--wide] [--out DIR] [--html FILE] [-y N]</c>:
/// the quantified targets of files, folders, zip archives and globs as one table: the long table (one row per target, with
/// the document's jurisdiction and year, the canonical indicator, kind, comparator, value and value in base units), or with
/// <c>--wide</c> one row per document and year and one column per indicator id. <c>--out DIR</c> writes both tables and a
/// table of the inputs (targets.csv, targets-wide.csv, target-documents.csv, and their .parquet copies when the formats ask for
/// parquet); <c>--html FILE</c> writes the self-contained chart page. Exit 0 when every input was read, 2 when some input
/// could not be (the others are still in the tables) or the arguments are wrong.
/// </summary>
internal static class TargetsCommand
{
    /// <summary>The long table's file in <c>--out</c>.</summary>
    public const string LongFile = "targets";

    /// <summary>The wide table's file in <c>--out</c>.</summary>
    public const string WideFile = "targets-wide";

    /// <summary>The inputs table's file in <c>--out</c>.</summary>
    public const string DocumentsFile = "target-documents";

    private static readonly string[] Formats = ["csv", "jsonl", "parquet", "html"];

    private static readonly string[] DocumentColumns = ["document", "status", "error", "jurisdiction", "jurisdictionLevel", "year", "targets"];

    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files (.txt, .html/.htm, .docx), folders (read recursively), .zip archives or glob patterns such as 'archive/**/*.txt'.", Arity = ArgumentArity.OneOrMore };
        var output = SharedOptions.Output("Write the table (or page) to this file instead of standard output (parquet needs a file).");
        var format = new Option<string?>("--format", "-f") { Description = "csv (default; UTF-8 with a byte order mark, for Excel), jsonl, parquet or html (the chart page). With --out: a comma-separated list of csv, jsonl, parquet." };
        var wide = new Option<bool>("--wide") { Description = "One row per document and year, one column per indicator id (the value in base units), instead of one row per target." };
        var outDir = new Option<string?>("--out") { Description = "Write the long table, the wide table and the table of inputs to this folder (targets.csv, targets-wide.csv, target-documents.csv)." };
        var html = new Option<string?>("--html") { Description = "Also write the chart page (self-contained HTML: one indicator across documents and years) to this file." };
        var year = SharedOptions.Year();
        year.Description = "The year every document plans (default: the document's date, else the year its text plans for, else a year its file name states).";
        var command = SharedOptions.Verb(
            "targets",
            "Tabulate the quantified targets (GDP growth, CPI, unemployment, new urban jobs, grain output …) of many documents, with canonical indicator ids and values in base units, and chart them.",
            inputs, output, format, wide, outDir, html, year);
        command.SetAction(result => GuardedAction.Run(context, "cannot read the inputs or write the output", () => Run(context, new Request(
            result.GetRequiredValue(inputs), result.GetValue(output), result.GetValue(format), result.GetValue(wide), result.GetValue(outDir), result.GetValue(html), result.GetValue(year)))));
        return command;
    }

    internal static int Run(CliContext context, Request request)
    {
        if (request.Year is < 1 or > 9999)
        {
            throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--year {request.Year} is not a year"));
        }

        var formats = (request.Format ?? "csv").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant()).Distinct().ToList();
        if (formats.Count == 0 || formats.Any(f => Array.IndexOf(Formats, f) < 0))
        {
            throw new CliUsageException($"--format: '{request.Format}' is not one of csv, jsonl, parquet, html");
        }

        if (request.OutDir is null && formats.Count > 1)
        {
            throw new CliUsageException("--format: give one format, or --out DIR for several");
        }

        if (request.OutDir is not null && formats.Contains("html"))
        {
            throw new CliUsageException("--format html: with --out, write the page with --html FILE");
        }

        if (request.OutDir is null && formats[0] == "parquet" && request.Output is null)
        {
            throw new CliUsageException("--format parquet: give the file to write with -o FILE");
        }

        var (table, outcomes) = TargetInputs.Read(request.Inputs, request.OutDir, request.Year);
        bool inputError = false;
        foreach (var outcome in outcomes.Where(o => o.Status != "ok"))
        {
            context.Error.WriteLine($"policyspeech: {(outcome.Status == "error" ? "error" : "skipped")}: {outcome.Path}: {outcome.Error}");
            inputError |= outcome.Status == "error";
        }

        if (request.OutDir is { } dir)
        {
            WriteFolder(dir, table, outcomes, formats);
        }
        else
        {
            WriteOne(context, table, formats[0], request.Wide, request.Output);
        }

        if (request.Html is { } page)
        {
            File.WriteAllText(page, TargetChartPage.Render(table, "Targets"), new UTF8Encoding(false));
        }

        int documents = outcomes.Count(o => o.Status == "ok");
        if (request.OutDir is not null || request.Output is not null || request.Html is not null)
        {
            context.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"targets: {outcomes.Count} inputs ({documents} read), {table.Rows.Length} targets, {table.Rows.Count(r => r.IndicatorId is not null)} with an indicator id, {table.IndicatorIds.Length} indicators"));
        }

        return inputError ? CliApp.UsageOrInputError : CliApp.Ok;
    }

    private static void WriteOne(CliContext context, TargetTable table, string format, bool wide, string? path)
    {
        string[] columns = wide ? TargetTableWriter.WideColumns(table) : TargetTableWriter.LongColumns;
        var rows = (wide ? TargetTableWriter.WideCells(table) : TargetTableWriter.LongCells(table)).ToList();
        using var stream = new MemoryStream();
        if (format == "html")
        {
            stream.Write(Encoding.UTF8.GetBytes(TargetChartPage.Render(table, "Targets")));
        }
        else
        {
            WriteTable(stream, format, columns, rows);
        }

        if (path is null)
        {
            // Standard output is text: the CSV's byte order mark is left out there.
            var bytes = stream.ToArray();
            int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            context.Out.Write(Encoding.UTF8.GetString(bytes, skip, bytes.Length - skip));
        }
        else
        {
            File.WriteAllBytes(path, stream.ToArray());
        }
    }

    /// <summary>Writes one table as JSON Lines, Parquet or (any other format) CSV.</summary>
    private static void WriteTable(Stream stream, string format, string[] columns, List<object?[]> rows)
    {
        switch (format)
        {
            case "jsonl":
                TargetTableWriter.WriteJsonLines(stream, columns, rows);
                break;
            case "parquet":
                TargetTableWriter.WriteParquetAsync(stream, columns, rows).GetAwaiter().GetResult();
                break;
            default:
                TargetTableWriter.WriteCsv(stream, columns, rows);
                break;
        }
    }

    private static void WriteFolder(string dir, TargetTable table, IReadOnlyList<TargetInputOutcome> outcomes, List<string> formats)
    {
        Directory.CreateDirectory(dir);
        var tables = new (string Name, string[] Columns, List<object?[]> Rows)[]
        {
            (LongFile, TargetTableWriter.LongColumns, TargetTableWriter.LongCells(table).ToList()),
            (WideFile, TargetTableWriter.WideColumns(table), TargetTableWriter.WideCells(table).ToList()),
            (DocumentsFile, DocumentColumns, [.. outcomes.Select(o => new object?[]
            {
                o.Path, o.Status, o.Error, o.Document?.Jurisdiction, o.Document is { } d ? TargetTableWriter.Name(d.JurisdictionLevel) : null,
                o.Document?.Year, o.Status == "ok" ? o.Targets : null,
            })]),
        };
        foreach (var (name, columns, rows) in tables)
        {
            foreach (var format in formats)
            {
                string path = Path.Combine(dir, name + "." + format);
                using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
                WriteTable(stream, format, columns, rows);
            }
        }
    }

    /// <summary>The command line of one run.</summary>
    internal sealed record Request(IReadOnlyList<string> Inputs, string? Output, string? Format, bool Wide, string? OutDir, string? Html, int? Year);
}
