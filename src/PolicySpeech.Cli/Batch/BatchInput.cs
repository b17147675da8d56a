namespace PolicySpeech.Cli.Batch;

/// <summary>One input of a batch run.</summary>
/// <param name="Path">The path shown in the tables and the order key: as given on the command line, with <c>/</c> separators; a zip entry is <c>archive.zip!/dir/name.txt</c> (<c>#2</c>, <c>#3</c>, … appended for later entries of the same name); a byte of a file name that is not valid UTF-8 is shown as <c>\xFF</c>.</param>
/// <param name="Kind">How it is read.</param>
/// <param name="FilePath">The file on disk (the archive for a zip entry).</param>
/// <param name="EntryName">The entry's full name inside the archive, for a zip entry.</param>
/// <param name="Reason">Why it is skipped or failed.</param>
/// <param name="EntryIndex">The entry's position in the archive's central directory, for a zip entry (names may repeat).</param>
/// <param name="NativePath">The file's path as bytes when its name is not valid UTF-8 (so <paramref name="FilePath"/> cannot open it), or null.</param>
internal sealed record BatchInput(string Path, BatchInputKind Kind, string FilePath, string? EntryName = null, string? Reason = null, int EntryIndex = -1, byte[]? NativePath = null)
{
    /// <summary>Opens the file on disk (the archive for a zip entry) for reading.</summary>
    public FileStream Open() => OpenFile(FilePath, NativePath);

    /// <summary>Opens a file by its path, or by its bytes when given.</summary>
    public static FileStream OpenFile(string filePath, byte[]? nativePath) =>
        nativePath is null
            ? new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan)
            : NativeFiles.OpenRead(nativePath);
}
