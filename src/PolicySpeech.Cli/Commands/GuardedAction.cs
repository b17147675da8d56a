namespace PolicySpeech.Cli.Commands;

/// <summary>
/// Runs the action of a verb that reads many inputs and writes files (batch, merge, targets; annotate and fix of several files): a usage error or a failure
/// to read or write becomes one message on standard error and exit code 2, instead of a stack trace.
/// </summary>
internal static class GuardedAction
{
    /// <summary>Runs <paramref name="action"/> and returns its exit code, or <see cref="CliApp.UsageOrInputError"/>.</summary>
    /// <param name="context">The streams; the message goes to <see cref="CliContext.Error"/>.</param>
    /// <param name="ioFailure">What could not be done, in the words of the message (<c>cannot read the inputs or write the output</c>).</param>
    /// <param name="action">The verb's work.</param>
    public static int Run(CliContext context, string ioFailure, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (CliUsageException ex)
        {
            context.Error.WriteLine($"policyspeech: error: {ex.Message}");
            return CliApp.UsageOrInputError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"policyspeech: error: {ioFailure}: {ex.Message}");
            return CliApp.UsageOrInputError;
        }
    }

    /// <summary>
    /// Runs <paramref name="run"/> on each path in turn (annotate, fix of several files): a path that is a usage or input
    /// error is named on standard error with exit code 2 and the others go on. Returns the worst exit code.
    /// </summary>
    /// <param name="context">The streams; the messages go to <see cref="CliContext.Error"/>.</param>
    /// <param name="paths">The paths.</param>
    /// <param name="run">The verb's work on one path (the path and its index).</param>
    public static int Each(CliContext context, IReadOnlyList<string> paths, Func<string, int, int> run)
    {
        int worst = CliApp.Ok;
        for (int i = 0; i < paths.Count; i++)
        {
            int code;
            try
            {
                code = run(paths[i], i);
            }
            catch (Exception ex) when (ex is CliUsageException or PolicySpeech.Loading.SpeechLoadException)
            {
                context.Error.WriteLine($"policyspeech: error: {ex.Message}");
                code = CliApp.UsageOrInputError;
            }

            worst = Math.Max(worst, code);
        }

        return worst;
    }
}
