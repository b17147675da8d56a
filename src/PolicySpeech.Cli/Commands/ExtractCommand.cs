using System.CommandLine;
using System.Text;
using System.Text.Json;
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
    /// <summary>The CSV columns, in order.</summary>
    internal static readonly string[] CsvColumns =
    [
        "document", "section", "actor", "actorExplicit", "action", "modality", "indicator", "comparator", "value", "valueHigh",
        "unit", "redacted", "deadlineText", "deadlineKind", "deadlineYear", "recurrence", "text", "line", "column",
        "zone", "kind", "deadlineSource", "deadlineStartYear", "duplicateOf",
    ];

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "The speeches: .txt, .html/.htm or .docx.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "The output format: json (the policyspeech/1 contract), jsonl (one commitment a line) or csv (one row a commitment).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv");
        var year = new Option<int?>("--year", "-y")
        {
            Description = "The reference year that 今年, 明年 and 年内 are resolved against; by default the document's date or the year inferred from its text.",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output.",
        };
        var command = new Command("extract", "Extract the commitments (actor, action, modality, metric, deadline) of each speech.")
        {
            paths,
            format,
            year,
            output,
        };
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
        using var stream = new MemoryStream();
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
                var csv = ToCsv(reports);
                stream.Write(Encoding.UTF8.GetBytes(csv));
                break;
        }

        if (outputPath is null)
        {
            context.Out.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        }
        else
        {
            File.WriteAllBytes(outputPath, stream.ToArray());
        }
    }

    /// <summary>One commitment a line: <c>{"document": path, …the commitment's fields…}</c>.</summary>
    private static void WriteJsonLines(Stream stream, List<DocumentReport> reports)
    {
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
        foreach (var report in reports)
        {
            foreach (var commitment in report.Commitments)
            {
                // The contract's commitment object, as the JSON report writes it, with the document's path in front.
                string single = JsonReportWriter.ToJson([report with { Commitments = [commitment], Diagnostics = [] }]);
                using var parsed = JsonDocument.Parse(single);
                var element = parsed.RootElement.GetProperty("documents")[0].GetProperty("commitments")[0];
                using (var writer = new Utf8JsonWriter(stream, options))
                {
                    writer.WriteStartObject();
                    writer.WriteString("document", report.Path);
                    foreach (var property in element.EnumerateObject())
                    {
                        property.WriteTo(writer);
                    }

                    writer.WriteEndObject();
                }

                stream.WriteByte((byte)'\n');
            }
        }
    }

    internal static string ToCsv(IEnumerable<DocumentReport> reports)
    {
        var b = new StringBuilder(Csv.Header(CsvColumns));
        foreach (var report in reports)
        {
            foreach (var c in report.Commitments)
            {
                Csv.Field(b, report.Path, first: true);
                Csv.Field(b, c.Section);
                Csv.Field(b, c.Actor.Text);
                Csv.Field(b, c.Actor.Explicit);
                Csv.Field(b, c.Action);
                Csv.Field(b, c.Modality);
                Csv.Field(b, c.Metric?.Indicator);
                Csv.Field(b, c.Metric?.Comparator);
                Csv.Field(b, c.Metric?.Value);
                Csv.Field(b, c.Metric?.ValueHigh);
                Csv.Field(b, c.Metric?.Unit);
                Csv.Field(b, c.Metric?.Redacted);
                Csv.Field(b, c.Deadline?.Text);
                Csv.Field(b, c.Deadline?.Kind);
                Csv.Field(b, (long?)c.Deadline?.Year);
                Csv.Field(b, c.Deadline?.Recurrence);
                Csv.Field(b, c.Text);
                Csv.Field(b, (long)c.Location.LineSpan.Start.Line + 1);
                Csv.Field(b, (long)c.Location.LineSpan.Start.Character + 1);
                Csv.Field(b, ContractNames.Of(c.Zone));
                Csv.Field(b, ContractNames.Of(c.Kind));
                Csv.Field(b, c.Deadline is { } deadline ? ContractNames.Of(deadline.Source) : null);
                Csv.Field(b, (long?)c.Deadline?.StartYear);
                Csv.Field(b, (long?)c.DuplicateOf);
                b.Append(Csv.NewLine);
            }
        }

        return b.ToString();
    }
}
