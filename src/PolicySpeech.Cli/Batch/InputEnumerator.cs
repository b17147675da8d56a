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
    public static IReadOnlyList<BatchInput> Enumerate(IEnumerable<string> arguments, string outputDirectory) =>
        Enumerate(arguments, outputDirectory, list: null);

    /// <summary>Lists the inputs, listing folders with <paramref name="list"/> (a test seam; null: the file system).</summary>
    internal static IReadOnlyList<BatchInput> Enumerate(IEnumerable<string> arguments, string outputDirectory, Func<string, IEnumerable<FileSystemInfo>>? list)
    {
        list ??= static directory => new DirectoryInfo(directory).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false });
        string outFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        string? outReal = NativeFiles.RealPath(outputDirectory);
        var inputs = new List<BatchInput>();
        foreach (string argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                string root = TrimSlash(argument.Replace('\\', '/'));
                var walk = new Walk(list, outFull, outReal);
                walk.Run(argument, "");
                foreach (var found in walk.Found)
                {
                    string shown = root == "." ? found.Relative : root + "/" + found.Relative;
                    AddFound(inputs, found, shown);
                }
            }
            else if (File.Exists(argument))
            {
                AddFile(inputs, argument, argument.Replace('\\', '/'), null);
            }
            else if (GlobMatcher.IsGlob(argument))
            {
                var glob = GlobMatcher.Create(argument);
                if (!Directory.Exists(glob.BaseDirectory))
                {
                    throw new CliUsageException($"{argument}: the folder '{glob.BaseDirectory}' does not exist");
                }

                int before = inputs.Count;
                string baseShown = TrimSlash(glob.BaseDirectory.Replace('\\', '/'));
                var walk = new Walk(list, outFull, outReal);
                walk.Run(glob.BaseDirectory, "");
                foreach (var found in walk.Found)
                {
                    if (found.FailedReason is not null || glob.IsMatch(found.Relative))
                    {
                        AddFound(inputs, found, baseShown == "." && !argument.StartsWith("./", StringComparison.Ordinal) ? found.Relative : baseShown + "/" + found.Relative);
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

    private static void AddFound(List<BatchInput> inputs, Found found, string shown)
    {
        if (found.FailedReason is { } reason)
        {
            inputs.Add(new BatchInput(shown, BatchInputKind.Failed, found.FilePath, Reason: reason));
        }
        else
        {
            AddFile(inputs, found.FilePath, shown, found.NativePath);
        }
    }

    private static void AddFile(List<BatchInput> inputs, string file, string shown, byte[]? nativePath)
    {
        string extension = Path.GetExtension(shown).ToLowerInvariant();
        if (extension != ".zip" && !IsSupported(shown))
        {
            inputs.Add(new BatchInput(shown, BatchInputKind.Skipped, file, Reason: UnsupportedReason(extension), NativePath: nativePath));
        }
        else if (NativeFiles.NotRegularFileReason(file, nativePath) is { } notRegular)
        {
            // A named pipe would block the worker that opens it; a device would be read without end.
            inputs.Add(new BatchInput(shown, BatchInputKind.Failed, file, Reason: notRegular, NativePath: nativePath));
        }
        else if (extension == ".zip")
        {
            AddArchive(inputs, file, shown, nativePath);
        }
        else
        {
            inputs.Add(new BatchInput(shown, BatchInputKind.File, file, NativePath: nativePath));
        }
    }

    private static void AddArchive(List<BatchInput> inputs, string file, string shown, byte[]? nativePath)
    {
        try
        {
            using var stream = BatchInput.OpenFile(file, nativePath);
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
            var used = new HashSet<string>(StringComparer.Ordinal);
            var entries = archive.Entries;
            for (int index = 0; index < entries.Count; index++)
            {
                var entry = entries[index];
                string name = entry.FullName.Replace('\\', '/');
                if (name.EndsWith('/'))
                {
                    continue;
                }

                // Two entries may have the same name (or differ only by \\ and /): the later ones are name#2, name#3, ….
                string unique = name;
                for (int n = 2; !used.Add(unique); n++)
                {
                    unique = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}#{n}");
                }

                string path = shown + "!/" + unique;
                if (IsSupported(name))
                {
                    inputs.Add(new BatchInput(path, BatchInputKind.ZipEntry, file, entry.FullName, EntryIndex: index, NativePath: nativePath));
                }
                else
                {
                    inputs.Add(new BatchInput(path, BatchInputKind.Skipped, file, entry.FullName, UnsupportedReason(Path.GetExtension(name).ToLowerInvariant()), index, nativePath));
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

    /// <summary>A file found by a folder walk, or a folder that could not be read.</summary>
    private sealed record Found(string FilePath, string Relative, byte[]? NativePath = null, string? FailedReason = null);

    /// <summary>
    /// A walk of one folder tree: each folder is listed once, by its canonical path, so a symbolic link back to a folder
    /// already walked (a loop) or to a folder reached another way is not followed again; a folder that cannot be listed
    /// becomes one failed entry and the walk goes on; a name that is not valid UTF-8 is kept by its bytes.
    /// </summary>
    private sealed class Walk(Func<string, IEnumerable<FileSystemInfo>> list, string outFull, string? outReal)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

        public List<Found> Found { get; } = [];

        public void Run(string directory, string relative)
        {
            string key = NativeFiles.RealPath(directory) ?? Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
            if ((outReal is not null && string.Equals(key, outReal, StringComparison.Ordinal)) || !_visited.Add(key))
            {
                return;
            }

            List<FileSystemInfo> entries;
            try
            {
                entries = [.. list(directory)];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                Found.Add(new Found(directory, relative.Length == 0 ? "." : relative, FailedReason: $"the folder cannot be read ({ex.Message})"));
                return;
            }

            if (entries.Exists(e => e.Name.Contains('\uFFFD', StringComparison.Ordinal)) && NativeFiles.InvalidUtf8Names(directory) is { Count: > 0 } invalid)
            {
                // .NET shows these names with U+FFFD and cannot open them; they are read by their bytes instead.
                entries.RemoveAll(e => e.Name.Contains('\uFFFD', StringComparison.Ordinal) && !e.Exists);
                byte[] folderBytes = System.Text.Encoding.UTF8.GetBytes(directory.EndsWith('/') ? directory : directory + "/");
                foreach (var (name, isDirectory) in invalid.OrderBy(n => Convert.ToHexString(n.Name), StringComparer.Ordinal))
                {
                    string shownName = NativeFiles.Escape(name);
                    string shownRelative = relative.Length == 0 ? shownName : relative + "/" + shownName;
                    string filePath = Path.Combine(directory, shownName);
                    Found.Add(isDirectory
                        ? new Found(filePath, shownRelative, FailedReason: "the folder's name is not valid UTF-8; its files cannot be read")
                        : new Found(filePath, shownRelative, NativePath: [.. folderBytes, .. name]));
                }
            }

            foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                string path = Path.Combine(directory, entry.Name);
                string childRelative = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                if (IsUnder(Path.GetFullPath(path), outFull))
                {
                    continue;
                }

                if (entry is DirectoryInfo)
                {
                    Run(path, childRelative);
                }
                else
                {
                    Found.Add(new Found(path, childRelative));
                }
            }
        }
    }
}
