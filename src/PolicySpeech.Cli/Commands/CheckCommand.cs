using System.CommandLine;
using System.Text;
using PolicySpeech.Diagnostics;
using PolicySpeech.Output;

namespace PolicySpeech.Cli.Commands;

/// <summary>
/// <c>policyspeech check PATH… [--format text|json|sarif] [--config FILE] [--output FILE]</c>: runs every built-in rule
/// and writes the findings. Exit 0 when nothing unsuppressed is at error severity, 1 when something is, 2 when a path or
/// configuration could not be used (the other paths are still checked and reported).
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "The speeches: .txt, .html/.htm or .docx.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "The report format: text (one finding a line), json (the policyspeech/1 contract) or sarif (SARIF 2.1.0).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var config = new Option<string?>("--config", "-c")
        {
            Description = "The configuration file; by default the policyspeech.json next to each document or in a parent folder.",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
        };
        var writeBaseline = new Option<string?>("--write-baseline")
        {
            Description = "Also write a baseline file accepting every finding of this run (name it in policyspeech.json as \"baseline\").",
        };
        var timings = new Option<bool>("--timings")
        {
            Description = "Print each analyzer's time per document to standard error.",
        };
        var command = new Command("check", "Report redacted placeholders, duplicates, broken quotes and brackets, heading problems and look-alike typos.")
        {
            paths,
            format,
            config,
            output,
            writeBaseline,
            timings,
        };
        command.SetAction(result => Run(
            context,
            result.GetRequiredValue(paths),
            result.GetValue(format) ?? "text",
            result.GetValue(config),
            result.GetValue(output),
            result.GetValue(timings),
            result.GetValue(writeBaseline)));
        return command;
    }

    internal static int Run(CliContext context, IReadOnlyList<string> paths, string format, string? configPath, string? outputPath, bool timings = false, string? baselinePath = null)
    {
        OutputGuard.RefuseInputAsOutput(outputPath, paths, "--output");
        OutputGuard.RefuseInputAsOutput(baselinePath, paths, "--write-baseline");
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        SpeechConfiguration? fixedConfiguration = null;
        if (configPath is not null)
        {
            try
            {
                fixedConfiguration = SpeechConfiguration.Load(configPath);
            }
            catch (ConfigurationException ex)
            {
                context.Error.WriteLine($"policyspeech: error: {ex.Message}");
                return CliApp.UsageOrInputError;
            }
        }

        // Commitments are not part of a check; without them the reference year is the metadata date's (or none).
        var analyzer = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with { Configuration = fixedConfiguration, Commitments = false });
        var analyses = DocumentRun.AnalyzeAll(context, analyzer, paths, out bool inputError);
        bool errorFindings = false;
        var reports = new List<DocumentReport>(analyses.Count);
        foreach (var analysis in analyses)
        {
            if (timings)
            {
                WriteTimings(context, analysis, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            }

            errorFindings |= analysis.HasErrors;
            reports.Add(analysis.ToReport());
        }

        try
        {
            WriteReport(context, reports, format, outputPath, analyzer.SupportedDiagnostics);
            if (baselinePath is not null)
            {
                using var baseline = new FileStream(baselinePath, FileMode.Create, FileAccess.Write);
                BaselineWriter.Write(baseline, reports);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            context.Error.WriteLine($"policyspeech: error: cannot write the report: {ex.Message}");
            return CliApp.UsageOrInputError;
        }

        return inputError ? CliApp.UsageOrInputError : errorFindings ? CliApp.ErrorFindings : CliApp.Ok;
    }

    private static void WriteTimings(CliContext context, DocumentAnalysisResult analysis, TimeSpan sinceStart)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        var total = analysis.AnalyzerTimes.Values.Aggregate(TimeSpan.Zero, (sum, t) => sum + t);
        context.Error.WriteLine(string.Create(ci, $"{analysis.Document.Path}: analysers {total.TotalMilliseconds:F1} ms ({sinceStart.TotalMilliseconds:F1} ms since the command started)"));
        foreach (var (name, time) in analysis.AnalyzerTimes.OrderByDescending(t => t.Value))
        {
            context.Error.WriteLine(string.Create(ci, $"  {name,-36} {time.TotalMilliseconds,9:F2} ms"));
        }
    }

    private static void WriteReport(CliContext context, List<DocumentReport> reports, string format, string? outputPath, IEnumerable<DiagnosticDescriptor> rules)
    {
        if (format == "text")
        {
            if (outputPath is null)
            {
                TextReportWriter.Write(context.Out, reports);
            }
            else
            {
                using var file = new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
                TextReportWriter.Write(file, reports);
            }

            return;
        }

        using var stream = outputPath is null ? new MemoryStream() : (Stream)new FileStream(outputPath, FileMode.Create, FileAccess.Write);
        if (format == "json")
        {
            JsonReportWriter.Write(stream, reports);
        }
        else
        {
            SarifReportWriter.Write(stream, reports, rules);
        }

        if (stream is MemoryStream memory)
        {
            context.Out.WriteLine(Encoding.UTF8.GetString(memory.GetBuffer(), 0, (int)memory.Length));
        }
        else
        {
            stream.WriteByte((byte)'\n');
        }
    }
}
