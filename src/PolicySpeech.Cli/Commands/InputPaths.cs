using PolicySpeech.Cli.Batch;

namespace PolicySpeech.Cli.Commands;

/// <summary>
/// What every verb's path arguments may be: files, folders (every .txt, .html, .htm and .docx below, in ordinal order),
/// glob patterns (<c>'dir/*.txt'</c>, <c>'archive/**/*.docx'</c>) and <c>-</c> for standard input.
/// </summary>
internal static class InputPaths
{
    /// <summary>The argument that stands for standard input.</summary>
    public const string StandardInput = "-";

    private static readonly string[] Supported = [".txt", ".html", ".htm", ".docx"];

    /// <summary>Expands the arguments into paths, in the order given (each folder's and pattern's files sorted).</summary>
    /// <exception cref="CliUsageException">A folder holds no speech, or a pattern matches none.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var paths = new List<string>();
        foreach (string argument in arguments)
        {
            if (argument == StandardInput || File.Exists(argument))
            {
                paths.Add(argument);
            }
            else if (Directory.Exists(argument))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
                string root = argument.Replace('\\', '/').TrimEnd('/');
                var found = Directory.EnumerateFiles(argument, "*", options)
                    .Where(IsSupported)
                    .Select(f => (root.Length == 0 ? "/" : root + "/") + Path.GetRelativePath(argument, f).Replace('\\', '/'))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new CliUsageException($"{argument}: the folder holds no .txt, .html, .htm or .docx file");
                }

                paths.AddRange(found);
            }
            else if (GlobMatcher.IsGlob(argument))
            {
                var glob = GlobMatcher.Create(argument);
                if (!Directory.Exists(glob.BaseDirectory))
                {
                    throw new CliUsageException($"{argument}: the folder '{glob.BaseDirectory}' does not exist");
                }

                string baseShown = glob.BaseDirectory.Replace('\\', '/').TrimEnd('/');
                bool bare = baseShown == "." && !argument.StartsWith("./", StringComparison.Ordinal);
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
                var found = Directory.EnumerateFiles(glob.BaseDirectory, "*", options)
                    .Select(f => Path.GetRelativePath(glob.BaseDirectory, f).Replace('\\', '/'))
                    .Where(glob.IsMatch)
                    .Select(r => bare ? r : baseShown + "/" + r)
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    throw new CliUsageException($"{argument}: no file matches the pattern");
                }

                paths.AddRange(found);
            }
            else
            {
                // Not there: the loader reports it with the reason, and the other paths go on.
                paths.Add(argument);
            }
        }

        return paths;
    }

    /// <summary>Whether a file's extension is one the tool reads.</summary>
    public static bool IsSupported(string path) => Supported.Contains(Path.GetExtension(path).ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>Reads standard input whole (once), for the path <c>-</c>.</summary>
    public static byte[] ReadStandardInput(CliContext context)
    {
        using var input = context.OpenInput();
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }
}
