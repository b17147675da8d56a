using System.CommandLine;
using PolicySpeech.Cli.Annotate;
using PolicySpeech.Cli.Fix;

namespace PolicySpeech.Cli.Commands;

/// <summary>
/// <c>policyspeech annotate [PATH] [--html FILE] [--year N] [--color auto|always|never]</c>: the speech with its findings and
/// commitments marked, its outline, a commitments table and the findings by rule; with no PATH, the sample speech bundled
/// in the tool. Exit 0 when nothing unsuppressed is at error severity, 1 when something is, 2 for usage or input errors.
/// </summary>
internal static class AnnotateCommand
{
    public static Command Create(CliContext context)
    {
        var path = SharedOptions.Paths(
            "The speeches: .txt, .html/.htm or .docx files, folders, glob patterns ('dir/*.txt') or - for standard input (one speech with --html). Without it, the sample speech bundled in the tool.",
            ArgumentArity.ZeroOrMore);
        var html = new Option<string?>("--html")
        {
            Description = "Write a self-contained HTML page (findings underlined, commitments highlighted, outline, sortable commitments table) to this file instead of the terminal view.",
        };
        var year = SharedOptions.Year();
        var config = SharedOptions.Config();
        var color = SharedOptions.Color();
        var filter = SharedOptions.Filter("mark");
        var analyzers = SharedOptions.Analyzer();
        var command = SharedOptions.Verb(
            "annotate",
            "Show the speech with every finding and commitment marked, in the terminal or as a self-contained HTML page. A note repeated on many lines is shown on its first three.",
            path, html, year, config, color, filter.Select, filter.Ignore, filter.Severity, analyzers);
        command.SetAction(result => RunAll(
            context,
            result.GetValue(path) ?? [],
            result.GetValue(html),
            result.GetValue(year),
            result.GetValue(color) ?? "auto",
            result.GetValue(config),
            filter.Create(result),
            result.GetValue(analyzers)));
        return command;
    }

    /// <summary>Annotates each speech in turn (the sample when none is given); the exit code is the worst.</summary>
    internal static int RunAll(
        CliContext context, IReadOnlyList<string> arguments, string? htmlPath, int? year, string color, string? configPath, DiagnosticFilter? filter, IReadOnlyList<string>? analyzerPaths = null)
    {
        var plugins = Plugins.AnalyzerPlugins.ForRun(analyzerPaths, configPath is null ? null : SpeechConfiguration.Load(configPath), arguments);
        if (arguments.Count == 0)
        {
            return Run(context, null, htmlPath, year, color, configPath, filter, plugins.Analyzers);
        }

        var paths = InputPaths.Expand(arguments);
        if (paths.Count == 1)
        {
            return Run(context, paths[0], htmlPath, year, color, configPath, filter, plugins.Analyzers);
        }

        if (htmlPath is not null)
        {
            throw new CliUsageException($"--html writes the page of one speech; {paths.Count} were given");
        }

        return GuardedAction.Each(context, paths, (path, i) =>
        {
            if (i > 0)
            {
                context.Out.WriteLine();
            }

            return Run(context, path, null, year, color, configPath, filter, plugins.Analyzers);
        });
    }

    internal static int Run(
        CliContext context, string? path, string? htmlPath, int? year, string color, string? configPath = null, DiagnosticFilter? filter = null, IReadOnlyList<SpeechAnalyzer>? analyzers = null)
    {
        if (year is < 1900 or > 2200)
        {
            throw new CliUsageException($"--year {year} is not a plausible year (1900–2200)");
        }

        OutputGuard.RefuseInputAsOutput(htmlPath, [path], "--html");

        AnnotatedDocument analysis;
        try
        {
            var configuration = configPath is null ? null : SpeechConfiguration.Load(configPath);
            if (path is null)
            {
                analysis = AnnotatedDocument.LoadSample(year, CancellationToken.None, analyzers);
            }
            else if (path == InputPaths.StandardInput)
            {
                analysis = AnnotatedDocument.LoadStandardInput(InputPaths.ReadStandardInput(context), configuration, year, analyzers);
            }
            else
            {
                analysis = configuration is null
                    ? AnnotatedDocument.Load(path, year, CancellationToken.None, analyzers)
                    : AnnotatedDocument.Analyse(PolicySpeech.Loading.SpeechDocument.Load(path), configuration, year, CancellationToken.None, analyzers);
            }
        }
        catch (ConfigurationException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        if (filter is not null)
        {
            analysis = analysis.Where(filter.Includes);
        }

        var model = new AnnotationModel(analysis);
        if (htmlPath is null)
        {
            new TerminalAnnotator(model, SharedOptions.UseColour(color, context.Out)).Write(context.Out);
        }
        else
        {
            // Streamed to the file as it is made (the page of a 60 MB speech is about 1 GB of HTML), atomically as before.
            var annotator = new HtmlAnnotator(model);
            try
            {
                AtomicFile.Write(htmlPath, annotator.Write);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new CliUsageException($"cannot write '{htmlPath}': {ex.Message}");
            }

            context.Error.WriteLine($"policyspeech: wrote {htmlPath}");
        }

        return analysis.HasErrors ? CliApp.ErrorFindings : CliApp.Ok;
    }
}
