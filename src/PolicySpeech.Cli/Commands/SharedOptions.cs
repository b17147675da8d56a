using System.CommandLine;

namespace PolicySpeech.Cli.Commands;

/// <summary>
/// The options several verbs share, made in one place so that each has the same name, short name and meaning on every
/// verb: <c>-c/--config</c>, <c>-y/--year</c>, <c>-o/--output</c>, <c>--color</c>; and the exit codes every <c>--help</c> shows.
/// </summary>
internal static class SharedOptions
{
    /// <summary>The exit codes, as each verb's help states them.</summary>
    public const string ExitCodes = "Exit codes: 0 = ran, nothing at error severity; 1 = findings at error severity (or more warnings than --max-warnings); 2 = usage or input error (a message on standard error says what and where); 130 = interrupted.";

    /// <summary>The <c>path</c> argument of check, extract and parse: one or more speeches, folders, globs or - for standard input.</summary>
    public static Argument<string[]> Paths() => Paths(
        "The speeches: .txt, .html/.htm or .docx files, folders (every such file below), glob patterns ('dir/*.txt'), or - for standard input.",
        ArgumentArity.OneOrMore);

    /// <summary>A verb's <c>path</c> argument, with what it accepts.</summary>
    public static Argument<string[]> Paths(string description, ArgumentArity arity) => new("path")
    {
        Description = description,
        Arity = arity,
    };

    /// <summary><c>-f/--format</c>, accepting only <paramref name="formats"/>; the first is the default.</summary>
    public static Option<string> Format(string description, params string[] formats)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = description,
            DefaultValueFactory = _ => formats[0],
        };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }

    /// <summary><c>--select</c>, <c>--ignore</c> and <c>--severity</c>, described for a verb that does <paramref name="verb"/> (report, mark) the findings.</summary>
    public static FilterOptions Filter(string verb)
    {
        string capitalized = char.ToUpperInvariant(verb[0]) + verb[1..];
        var severity = new Option<string?>("--severity") { Description = $"{capitalized} only findings at this severity or above: info, warning or error." };
        severity.AcceptOnlyFromAmong(DiagnosticFilter.SeverityNames);
        return new FilterOptions(
            new Option<string[]>("--select") { Description = $"{capitalized} only these rules: IDs or ID prefixes (PS3003, PS3, ALL), comma-separated or repeated." },
            new Option<string[]>("--ignore") { Description = $"Do not {verb} these rules: IDs or ID prefixes; wins over --select." },
            severity);
    }

    /// <summary><c>-c/--config FILE</c>.</summary>
    public static Option<string?> Config() => new("--config", "-c")
    {
        Description = "The configuration file; by default the policyspeech.json next to each document or in a parent folder.",
    };

    /// <summary><c>--analyzer FILE.dll</c>, repeatable.</summary>
    public static Option<string[]> Analyzer() => new("--analyzer")
    {
        Description = "Also run the analyzers of this assembly (classes marked [SpeechAnalyzer]; repeatable). policyspeech.json's \"analyzers\" adds more.",
        HelpName = "FILE.dll",
    };

    /// <summary>-y/--year N.</summary>
    public static Option<int?> Year() => new("--year", "-y")
    {
        Description = "The reference year that 今年, 明年 and 年内 are resolved against; by default the document's date or the year inferred from its text.",
    };

    /// <summary><c>-o/--output FILE</c>.</summary>
    public static Option<string?> Output(string description = "Write to this file instead of standard output.") => new("--output", "-o")
    {
        Description = description,
    };

    /// <summary><c>--color auto|always|never</c>.</summary>
    public static Option<string> Color()
    {
        var color = new Option<string>("--color")
        {
            Description = "Colours in the terminal: auto (when standard output is a terminal and NO_COLOR is unset), always or never.",
            DefaultValueFactory = _ => "auto",
        };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        return color;
    }

    /// <summary>Whether to colour what goes to <paramref name="writer"/>, after a <c>--color</c> value.</summary>
    public static bool UseColour(string color, TextWriter writer) => color switch
    {
        "always" => true,
        "never" => false,
        _ => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && Environment.GetEnvironmentVariable("TERM") != "dumb",
    };

    /// <summary>A verb's description followed by the exit codes.</summary>
    public static string Describe(string description) => description + " " + ExitCodes;

    /// <summary>A verb: its name, its description followed by the exit codes, and its arguments and options in the order help lists them.</summary>
    public static Command Verb(string name, string description, params Symbol[] symbols)
    {
        var command = new Command(name, Describe(description));
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Add(argument);
                    break;
                case Option option:
                    command.Add(option);
                    break;
                default:
                    throw new ArgumentException($"{symbol.Name} is neither an argument nor an option", nameof(symbols));
            }
        }

        return command;
    }
}
