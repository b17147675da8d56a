using System.IO.Compression;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// Turns the command line's folders, zip archives, files and globs into the sorted list of inputs. Folders are walked
/// recursively (hidden files included, the output folder excluded); a zip archive, given or found in a folder, stands for
/// its entries (<c>archive.zip!/dir/name.txt</c>); files with other extensions become <c>skipped</c> rows so that nothing
/// is dropped silently. The list is sorted by ordinal path and de-duplicated, so row order never depends on the file
/// system or on <c>--jobs</c>.
/// </summary>
internal static class InputEnumerator
{
    private static readonly string[] Supported = [".txt", ".html", ".htm", ".docx"];

    /// <summary>Lists the inputs.</summary>
    /// <param name="arguments">The command line's inputs.</param>
    /// <param name="outputDirectory">The output folder, never read as input.</param>
    /// <returns>The inputs in ordinal order of <see cref="BatchInput.Path"/>.</returns>
    /// <exception cref="CliUsageException">An argument names nothing that exists.</exception>
    public static IReadOnlyList<BatchInput> Enumerate(IEnumerable<string> arguments, string outputDirectory)
    {
        string outFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var inputs = new List<BatchInput>();
        foreach (string argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                string root = TrimSlash(argument.Replace('\\', '/'));
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
                foreach (string file in Directory.EnumerateFiles(argument, "*", options))
                {
                    if (IsUnder(Path.GetFullPath(file), outFull))
                    {
                        continue;
                    }

                    string relative = Path.GetRelativePath(argument, file).Replace('\\', '/');
                    AddFile(inputs, file, root == "." ? relative : root + "/" + relative);
                }
            }
            else if (File.Exists(argument))
            {
                AddFile(inputs, argument, argument.Replace('\\', '/'));
            }
            else if (GlobMatcher.IsGlob(argument))
            {
                var glob = GlobMatcher.Create(argument);
                if (!Directory.Exists(glob.BaseDirectory))
                {
                    throw new CliUsageException($"{argument}: the folder '{glob.BaseDirectory}' does not exist");
                }

                int before = inputs.Count;
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
                foreach (string file in Directory.EnumerateFiles(glob.BaseDirectory, "*", options))
                {
                    string relative = Path.GetRelativePath(glob.BaseDirectory, file).Replace('\\', '/');
                    if (glob.IsMatch(relative) && !IsUnder(Path.GetFullPath(file), outFull))
                    {
                        string baseShown = TrimSlash(glob.BaseDirectory.Replace('\\', '/'));
                        AddFile(inputs, file, baseShown == "." && !argument.StartsWith("./", StringComparison.Ordinal) ? relative : baseShown + "/" + relative);
                    }
                }

                if (inputs.Count == before)
                {
                    throw new CliUsageException($"{argument}: no file matches the pattern");
                }
            }
            else
            {
                throw new CliUsageException($"{argument}: no such file, folder or archive");
            }
        }

        inputs.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var unique = new List<BatchInput>(inputs.Count);
        foreach (var input in inputs)
        {
            if (unique.Count == 0 || !string.Equals(unique[^1].Path, input.Path, StringComparison.Ordinal))
            {
                unique.Add(input);
            }
        }

        return unique;
    }

    /// <summary>Whether an extension is one batch reads.</summary>
    public static bool IsSupported(string path) =>
        Supported.Contains(Path.GetExtension(path).ToLowerInvariant(), StringComparer.Ordinal);

    private static void AddFile(List<BatchInput> inputs, string file, string shown)
    {
        string extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".zip")
        {
            AddArchive(inputs, file, shown);
        }
        else if (IsSupported(file))
        {
            inputs.Add(new BatchInput(shown, BatchInputKind.File, file));
        }
        else
        {
            inputs.Add(new BatchInput(shown, BatchInputKind.Skipped, file, Reason: UnsupportedReason(extension)));
        }
    }

    private static void AddArchive(List<BatchInput> inputs, string file, string shown)
    {
        try
        {
            using var archive = ZipFile.OpenRead(file);
            foreach (var entry in archive.Entries)
            {
                string name = entry.FullName.Replace('\\', '/');
                if (name.EndsWith('/'))
                {
                    continue;
                }

                string path = shown + "!/" + name;
                if (IsSupported(name))
                {
                    inputs.Add(new BatchInput(path, BatchInputKind.ZipEntry, file, entry.FullName));
                }
                else
                {
                    inputs.Add(new BatchInput(path, BatchInputKind.Skipped, file, entry.FullName, UnsupportedReason(Path.GetExtension(name).ToLowerInvariant())));
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            inputs.Add(new BatchInput(shown, BatchInputKind.Failed, file, Reason: $"the zip archive cannot be read ({ex.Message})"));
        }
    }

    private static string UnsupportedReason(string extension) =>
        $"unsupported file type '{(extension.Length == 0 ? "(none)" : extension)}' (batch reads .txt, .html, .htm, .docx and .zip archives of them)";

    private static string TrimSlash(string path) => path.Length > 1 ? path.TrimEnd('/') : path;

    private static bool IsUnder(string path, string directory) =>
        path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) || string.Equals(path, directory, StringComparison.Ordinal);
}
