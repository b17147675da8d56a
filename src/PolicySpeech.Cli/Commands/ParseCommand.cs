using System.CommandLine;

namespace PolicySpeech.Cli.Commands;

/// <summary><c>policyspeech parse PATH…</c>: prints the outline of each speech.</summary>
internal static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        var paths = SharedOptions.Paths();
        var output = SharedOptions.Output();
        var command = SharedOptions.Verb(
            "parse",
            "Print the outline: title, salutation, sections and subsections with their text, paragraph and sentence counts, and line numbers.",
            paths, output);
        command.SetAction(result => Run(context, result.GetRequiredValue(paths), result.GetValue(output)));
        return command;
    }

    internal static int Run(CliContext context, IReadOnlyList<string> arguments, string? outputPath)
    {
        var writer = new StringWriter();
        bool inputError = false;
        int written = 0;
        foreach (string path in InputPaths.Expand(arguments))
        {
            try
            {
                SpeechDocument document;
                if (path == InputPaths.StandardInput)
                {
                    using var stream = new MemoryStream(InputPaths.ReadStandardInput(context), writable: false);
                    document = SpeechDocument.Load(stream, InputPaths.StandardInput);
                }
                else
                {
                    document = SpeechDocument.Load(path);
                }

                if (written++ > 0)
                {
                    writer.WriteLine();
                }

                OutlineWriter.Write(writer, document.Path ?? path, document.GetSyntaxTree());
            }
            catch (SpeechLoadException ex)
            {
                context.Error.WriteLine($"policyspeech: error: {ex.Message}");
                inputError = true;
            }
        }

        if (written > 0)
        {
            if (outputPath is null)
            {
                context.Out.Write(writer.ToString());
            }
            else
            {
                try
                {
                    File.WriteAllText(outputPath, writer.ToString(), new System.Text.UTF8Encoding(false));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    context.Error.WriteLine($"policyspeech: error: cannot write '{outputPath}': {ex.Message}");
                    return CliApp.UsageOrInputError;
                }
            }
        }

        return inputError ? CliApp.UsageOrInputError : CliApp.Ok;
    }
}
