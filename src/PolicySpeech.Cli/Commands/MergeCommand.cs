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
        var command = new Command("merge", SharedOptions.Describe("Join the outputs of 'batch --shard K/N' runs into the tables a single run would have written."))
        {
            shards, output,
        };
        command.SetAction(result =>
        {
            try
            {
                string outDir = result.GetRequiredValue(output);
                int documents = MergeRunner.RunAsync(result.GetRequiredValue(shards), outDir).GetAwaiter().GetResult();
                context.Out.WriteLine($"merge: {documents} documents -> {outDir}");
                return CliApp.Ok;
            }
            catch (CliUsageException ex)
            {
                context.Error.WriteLine($"policyspeech: error: {ex.Message}");
                return CliApp.UsageOrInputError;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine($"policyspeech: error: cannot read the shards or write the output folder: {ex.Message}");
                return CliApp.UsageOrInputError;
            }
        });
        return command;
    }
}
