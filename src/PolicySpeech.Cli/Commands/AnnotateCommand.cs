using System.CommandLine;
using System.Text;
using PolicySpeech.Cli.Annotate;
using PolicySpeech.Cli.Fix;
using PolicySpeech.Diagnostics;

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
        var path = new Argument<string?>("path")
        {
            Description = "The speech: .txt, .html/.htm or .docx. Without it, the sample speech bundled in the tool.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var html = new Option<string?>("--html")
        {
            Description = "Also write a self-contained HTML page (findings underlined, commitments highlighted, outline, sortable commitments table) to this file.",
        };
        var year = new Option<int?>("--year")
        {
            Description = "The reference year for relative deadlines (今年, 明年, 年底前).",
        };
        var color = new Option<string>("--color")
        {
            Description = "Colours in the terminal: auto (when standard output is a terminal and NO_COLOR is unset), always or never.",
            DefaultValueFactory = _ => "auto",
        };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        var command = new Command("annotate", "Show the speech with every finding and commitment marked, in the terminal or as a self-contained HTML page.")
        {
            path,
            html,
            year,
            color,
        };
        command.SetAction(result => Run(
            context,
            result.GetValue(path),
            result.GetValue(html),
            result.GetValue(year),
            result.GetValue(color) ?? "auto"));
        return command;
    }

    internal static int Run(CliContext context, string? path, string? htmlPath, int? year, string color)
    {
        if (year is < 1900 or > 2200)
        {
            throw new CliUsageException($"--year {year} is not a plausible year (1900–2200)");
        }

        OutputGuard.RefuseInputAsOutput(htmlPath, [path], "--html");

        DocumentAnalysis analysis;
        try
        {
            analysis = path is null ? DocumentAnalysis.LoadSample(year) : DocumentAnalysis.Load(path, year);
        }
        catch (ConfigurationException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        var model = new AnnotationModel(analysis);
        bool useColour = color switch
        {
            "always" => true,
            "never" => false,
            _ => ReferenceEquals(context.Out, Console.Out) && !Console.IsOutputRedirected
                && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
                && Environment.GetEnvironmentVariable("TERM") != "dumb",
        };
        new TerminalAnnotator(model, useColour).Write(context.Out);

        if (htmlPath is not null)
        {
            string page = new HtmlAnnotator(model).Render();
            try
            {
                AtomicFile.Write(htmlPath, new UTF8Encoding(false).GetBytes(page));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                throw new CliUsageException($"cannot write '{htmlPath}': {ex.Message}");
            }

            context.Error.WriteLine($"policyspeech: wrote {htmlPath}");
        }

        return analysis.Result.HasErrors ? CliApp.ErrorFindings : CliApp.Ok;
    }
}
