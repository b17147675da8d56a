using System.CommandLine;

namespace PolicySpeech.Cli.Commands;

/// <summary>All the verbs of the tool.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return ParseCommand.Create(context);
        yield return CheckCommand.Create(context);
        yield return ExtractCommand.Create(context);
        yield return BatchCommand.Create(context);
        yield return TargetsCommand.Create(context);
        yield return MergeCommand.Create(context);
        yield return AnnotateCommand.Create(context);
        yield return FixCommand.Create(context);
    }
}
