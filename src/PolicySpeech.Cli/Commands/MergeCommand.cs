using System.CommandLine;
using PolicySpeech.Cli.Batch;

namespace PolicySpeech.Cli.Commands;

/// <summary><c>policyspeech merge OUTDIR… --out DIR</c>: joins the outputs of <c>batch --shard K/N</c> runs.</summary>
internal static class MergeCommand
{
    public static Command Create(CliContext context)
    {
        var shards = new Argument<string[]>("shards") { Description = "The --out folders of the shards (all N of them).", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The folder to write the merged tables to.", Required = true };
        var command = SharedOptions.Verb("merge", "Join the outputs of 'batch --shard K/N' runs into the tables a single run would have written.", shards, output);
        command.SetAction(result => GuardedAction.Run(context, "cannot read the shards or write the output folder", () =>
        {
            string outDir = result.GetRequiredValue(output);
            int documents = MergeRunner.RunAsync(result.GetRequiredValue(shards), outDir).GetAwaiter().GetResult();
            context.Out.WriteLine($"merge: {documents} documents -> {outDir}");
            return CliApp.Ok;
        }));
        return command;
    }
}
