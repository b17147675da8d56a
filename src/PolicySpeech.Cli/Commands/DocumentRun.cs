namespace PolicySpeech.Cli.Commands;

/// <summary>
/// What <c>check</c> and <c>extract</c> share: analyse the given paths (files, folders, globs, <c>-</c> for standard input)
/// with a <see cref="DocumentAnalyzer"/>, in the order given, reporting each path that cannot be used on standard error and
/// going on with the others.
/// </summary>
internal static class DocumentRun
{
    /// <summary>Analyses the paths; the results are in input order, the failed paths left out (and reported).</summary>
    /// <param name="context">Where errors go, and standard input.</param>
    /// <param name="analyzer">The analyzer.</param>
    /// <param name="arguments">The paths, as the user gave them.</param>
    /// <param name="inputError">Whether some path could not be read or its configuration was invalid.</param>
    /// <returns>The analyses.</returns>
    /// <exception cref="CliUsageException">A folder or pattern names no speech.</exception>
    public static List<DocumentAnalysisResult> AnalyzeAll(CliContext context, DocumentAnalyzer analyzer, IReadOnlyList<string> arguments, out bool inputError)
    {
        var paths = InputPaths.Expand(arguments);
        var results = new List<DocumentAnalysisResult>(paths.Count);
        inputError = false;
        if (!paths.Contains(InputPaths.StandardInput))
        {
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

        byte[]? standardInput = null;
        foreach (string path in paths)
        {
            try
            {
                SpeechDocument document;
                if (path == InputPaths.StandardInput)
                {
                    standardInput ??= InputPaths.ReadStandardInput(context);
                    using var stream = new MemoryStream(standardInput, writable: false);
                    document = SpeechDocument.Load(stream, InputPaths.StandardInput);
                }
                else
                {
                    document = SpeechDocument.Load(path);
                }

                results.Add(analyzer.Analyze(document));
            }
            catch (Exception ex) when (ex is SpeechLoadException or ConfigurationException or IOException)
            {
                context.Error.WriteLine($"policyspeech: error: {ex.Message}");
                inputError = true;
            }
        }

        return results;
    }
}
