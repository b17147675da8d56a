using System.CommandLine;
using PolicySpeech.Cli.Annotate;
using PolicySpeech.Output;

namespace PolicySpeech.Cli.Commands;

/// <summary>
/// <c>policyspeech check PATH… [--format text|json|sarif] [--config FILE] [--output FILE]</c>: runs every built-in rule
/// and writes the findings. Exit 0 when nothing unsuppressed is at error severity, 1 when something is, 2 when a path or
/// configuration could not be used (the other paths are still checked and reported).
/// </summary>
internal static partial class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var paths = SharedOptions.Paths();
        var format = SharedOptions.Format("The report format: text (one finding a line), json (the policyspeech/1 contract) or sarif (SARIF 2.1.0).", "text", "json", "sarif");
        var config = SharedOptions.Config();
        var output = SharedOptions.Output("Write the report to this file instead of standard output.");
        var year = SharedOptions.Year();
        var filter = SharedOptions.Filter("report");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print the findings only: no summary line." };
        var maxWarnings = new Option<int?>("--max-warnings") { Description = "Exit with 1 when more than this many warnings are reported (as eslint's option)." };
        var color = SharedOptions.Color();
        var writeBaseline = new Option<string?>("--write-baseline")
        {
            Description = "Also write a baseline file accepting every finding of this run (name it in policyspeech.json as \"baseline\").",
        };
        var timings = new Option<bool>("--timings")
        {
            Description = "Print each analyzer's time per document to standard error.",
        };
        var analyzers = SharedOptions.Analyzer();
        var command = SharedOptions.Verb(
            "check",
            "Report redacted placeholders, duplicates, broken quotes and brackets, heading problems and look-alike typos, then a summary line with the count per severity and per rule.",
            paths, format, config, output, year, filter.Select, filter.Ignore, filter.Severity, quiet, maxWarnings, color, writeBaseline, timings, analyzers);
        command.SetAction(result => Run(
            context,
            result.GetRequiredValue(paths),
            result.GetValue(format) ?? "text",
            result.GetValue(config),
            result.GetValue(output),
            result.GetValue(timings),
            result.GetValue(writeBaseline),
            new CheckSettings(
                filter.Create(result),
                result.GetValue(year),
                result.GetValue(quiet),
                result.GetValue(maxWarnings),
                SharedOptions.UseColour(result.GetValue(color) ?? "auto", context.Out)) { Analyzers = result.GetValue(analyzers) ?? [] }));
        return command;
    }

    internal static int Run(CliContext context, IReadOnlyList<string> paths, string format, string? configPath, string? outputPath, bool timings = false, string? baselinePath = null, CheckSettings? settings = null)
    {
        OutputGuard.RefuseInputAsOutput(outputPath, paths, "--output");
        OutputGuard.RefuseInputAsOutput(baselinePath, paths, "--write-baseline");
        settings ??= CheckSettings.Default;
        if (settings.Year is < 1 or > 9999)
        {
            context.Error.WriteLine($"policyspeech: error: --year {settings.Year} is not a year");
            return CliApp.UsageOrInputError;
        }

        if (settings.MaxWarnings is < 0)
        {
            context.Error.WriteLine($"policyspeech: error: --max-warnings {settings.MaxWarnings} is negative");
            return CliApp.UsageOrInputError;
        }

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

        // Commitments are not part of a check; the reference year is the one extract gives (given, metadata or inferred).
        Plugins.AnalyzerPlugins plugins;
        try
        {
            plugins = Plugins.AnalyzerPlugins.ForRun(settings.Analyzers, fixedConfiguration, paths);
        }
        catch (Exception ex) when (ex is CliUsageException or ConfigurationException)
        {
            context.Error.WriteLine($"policyspeech: error: {ex.Message}");
            return CliApp.UsageOrInputError;
        }

        var analyzer = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with
        {
            Configuration = fixedConfiguration,
            Commitments = false,
            ReferenceYear = settings.Year,
            AdditionalAnalyzers = plugins.Analyzers,
        });
        var analyses = DocumentRun.AnalyzeAll(context, analyzer, paths, out bool inputError);
        if (analyses.Count == 0 && inputError)
        {
            // Nothing could be read: nothing goes to standard output.
            return CliApp.UsageOrInputError;
        }

        var reports = new List<DocumentReport>(analyses.Count);
        foreach (var analysis in analyses)
        {
            if (timings)
            {
                WriteTimings(context, analysis, System.Diagnostics.Stopwatch.GetElapsedTime(started));
            }

            var report = analysis.ToReport();
            reports.Add(report with { Diagnostics = settings.Filter.Apply(report.Diagnostics) });
        }

        var shown = reports.SelectMany(r => r.Diagnostics).ToList();
        bool errorFindings = shown.Any(d => !d.IsSuppressed && d.Severity == DiagnosticSeverity.Error);
        int warnings = shown.Count(d => !d.IsSuppressed && d.Severity == DiagnosticSeverity.Warning);
        try
        {
            WriteReport(context, reports, format, outputPath, analyzer.SupportedDiagnostics, plugins.Extensions, settings.Colour && outputPath is null);
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

        if (!settings.Quiet && shown.Any(d => !d.IsSuppressed))
        {
            // After the findings on standard output when they are text there; on standard error otherwise, so JSON and SARIF
            // stay parseable. Nothing when nothing is reported (as eslint).
            var summaryWriter = format == "text" && outputPath is null ? context.Out : context.Error;
            string summary = DiagnosticFilter.Summary(shown, reports.Count);
            summaryWriter.WriteLine(format == "text" && outputPath is null ? summary : "policyspeech: " + summary);
        }

        bool tooManyWarnings = settings.MaxWarnings is { } max && warnings > max;
        if (tooManyWarnings)
        {
            context.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"policyspeech: {warnings} warnings, more than --max-warnings {settings.MaxWarnings}"));
        }

        return inputError ? CliApp.UsageOrInputError : errorFindings || tooManyWarnings ? CliApp.ErrorFindings : CliApp.Ok;
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

    private static void WriteReport(
        CliContext context, List<DocumentReport> reports, string format, string? outputPath, IEnumerable<DiagnosticDescriptor> rules, IEnumerable<SarifToolExtension> extensions, bool colour)
    {
        if (format == "text")
        {
            if (outputPath is null)
            {
                // On the terminal a file name or quoted text with control characters (ESC, BEL) is shown escaped, as parse and
                // annotate do, so a document cannot set the window title or clear the screen.
                var text = new StringWriter();
                TextReportWriter.Write(text, reports);
                var lines = text.ToString().Split('\n');
                for (int i = 0; i < lines.Length; i++)
                {
                    string line = lines[i].TrimEnd('\r');
                    if (line.Length > 0 || (!colour && i < lines.Length - 1))
                    {
                        string shown = TerminalText.Escape(line);
                        context.Out.WriteLine(colour ? Colourise(shown) : shown);
                    }
                }
            }
            else
            {
                using var file = new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
                TextReportWriter.Write(file, reports);
            }

            return;
        }

        // Streamed to the file or to standard output as it is written, never held whole (a report of a 60 MB speech is
        // over 100 MB of JSON).
        using (var stream = outputPath is null ? new TextWriterStream(context.Out) : (Stream)new FileStream(outputPath, FileMode.Create, FileAccess.Write))
        {
            if (format == "json")
            {
                JsonReportWriter.Write(stream, reports);
            }
            else
            {
                SarifReportWriter.Write(stream, reports, rules, extensions);
            }

            if (outputPath is not null)
            {
                stream.WriteByte((byte)'\n');
            }
        }

        if (outputPath is null)
        {
            context.Out.WriteLine();
        }
    }

    /// <summary>Colours one <c>path(line,col): severity ID: message</c> line: the place bold, the severity and ID in its colour.</summary>
    private static string Colourise(string line)
    {
        var match = FindingLine().Match(line);
        if (!match.Success)
        {
            return line;
        }

        string colour = match.Groups["severity"].Value switch
        {
            "error" => "1;31",
            "warning" => "33",
            "info" => "36",
            _ => "2",
        };
        return $"\u001b[1m{match.Groups["place"].Value}\u001b[0m: \u001b[{colour}m{match.Groups["severity"].Value} {match.Groups["id"].Value}\u001b[0m:{line[match.Length..]}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<place>.*?\(\d+,\d+\)): (?<severity>error|warning|info|hidden) (?<id>[A-Za-z0-9]+):")]
    private static partial System.Text.RegularExpressions.Regex FindingLine();
}
