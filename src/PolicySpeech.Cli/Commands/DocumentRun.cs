namespace PolicySpeech.Cli.Commands;

/// <summary>
/// What <c>check</c> and <c>extract</c> share: analyse the given paths with a <see cref="DocumentAnalyzer"/>, in the
/// order given, reporting each path that cannot be used on standard error and going on with the others.
/// </summary>
internal static class DocumentRun
{
    /// <summary>Analyses the paths; the results are in input order, the failed paths left out (and reported).</summary>
    /// <param name="context">Where errors go.</param>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="paths">The paths, as the user gave them.</param>
    /// <param name="inputError">Whether some path could not be read or its configuration was invalid.</param>
    /// <returns>The analyses.</returns>
    public static List<DocumentAnalysisResult> AnalyzeAll(CliContext context, DocumentAnalyzer analyzer, IReadOnlyList<string> paths, out bool inputError)
    {
        var results = new List<DocumentAnalysisResult>(paths.Count);
        inputError = false;
        foreach (var outcome in analyzer.AnalyzeManyAsync(paths).ToBlockingEnumerable())
        {
            if (outcome.Succeeded)
            {
                results.Add(outcome.Result);
            }
            else
            {
                context.Error.WriteLine($"policyspeech: error: {outcome.Error.Message}");
                inputError = true;
            }
        }

        return results;
    }
}
