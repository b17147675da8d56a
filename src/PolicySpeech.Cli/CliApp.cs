using System.CommandLine;
using PolicySpeech.Cli.Commands;

namespace PolicySpeech.Cli;

/// <summary>Builds the command tree and runs it with the given output streams. Exit codes: 0 ran, 1 error findings, 2 usage or input error.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int ErrorFindings = 1;
    public const int UsageOrInputError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, null);

    /// <summary>Runs the tool; <paramref name="stdin"/> replaces standard input (what the path <c>-</c> reads) when given.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream>? stdin)
    {
        var context = stdin is null ? new CliContext(stdout, stderr) : new CliContext(stdout, stderr) { OpenInput = stdin };
        var root = new RootCommand("policyspeech: reads Chinese policy speeches and reports into outlines, diagnostics and commitments.");
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine($"policyspeech: {error.Message}");
            }

            stderr.WriteLine("Run 'policyspeech --help' for usage.");
            return UsageOrInputError;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (SpeechLoadException ex)
        {
            stderr.WriteLine($"policyspeech: error: {ex.Message}");
            return UsageOrInputError;
        }
        catch (CliUsageException ex)
        {
            stderr.WriteLine($"policyspeech: error: {ex.Message}");
            return UsageOrInputError;
        }
        catch (PolicySpeech.Diagnostics.ConfigurationException ex)
        {
            stderr.WriteLine($"policyspeech: error: {ex.Message}");
            return UsageOrInputError;
        }
    }
}
