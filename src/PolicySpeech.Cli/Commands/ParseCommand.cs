using System.CommandLine;
using PolicySpeech.Loading;

namespace PolicySpeech.Cli.Commands;

/// <summary><c>policyspeech parse PATH</c>: prints the outline.</summary>
internal static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = "The speech: .txt, .html/.htm or .docx." };
        var command = new Command("parse", "Print the outline: title, salutation, sections and subsections with their text, paragraph and sentence counts, and line numbers.")
        {
            path,
        };
        command.SetAction(result =>
        {
            var document = SpeechDocument.Load(result.GetRequiredValue(path));
            OutlineWriter.Write(context.Out, document.Path ?? "", document.GetSyntaxTree());
            return CliApp.Ok;
        });
        return command;
    }
}
