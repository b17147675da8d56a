using PolicySpeech.Cli.Fix;

namespace PolicySpeech.Cli;

/// <summary>Refuses an output file that is one of the inputs (<c>check -o IN</c>, <c>extract -o IN</c>, <c>annotate --html IN</c>), which would overwrite the speech.</summary>
internal static class OutputGuard
{
    /// <summary>Throws <see cref="CliUsageException"/> when <paramref name="outputPath"/> names the same file as one of <paramref name="inputs"/> (through symbolic links).</summary>
    /// <param name="outputPath">The output file, or null for standard output.</param>
    /// <param name="inputs">The input paths.</param>
    /// <param name="option">The option that named the output, for the message.</param>
    public static void RefuseInputAsOutput(string? outputPath, IEnumerable<string?> inputs, string option)
    {
        if (outputPath is null)
        {
            return;
        }

        string output = Canonical(outputPath);
        foreach (string? input in inputs)
        {
            if (input is not null && File.Exists(input) && string.Equals(Canonical(input), output, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                throw new CliUsageException($"{option} {outputPath}: the output file is the input '{input}'; writing it would overwrite the speech; choose another file");
            }
        }
    }

    private static string Canonical(string path)
    {
        try
        {
            return AtomicFile.ResolveTarget(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Path.GetFullPath(path);
        }
    }
}
