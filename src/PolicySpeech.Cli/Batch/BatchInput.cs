namespace PolicySpeech.Cli.Batch;

/// <summary>One input of a batch run.</summary>
/// <param name="Path">The path shown in the tables and the order key: as given on the command line, with <c>/</c> separators; a zip entry is <c>archive.zip!/dir/name.txt</c>.</param>
/// <param name="Kind">How it is read.</param>
/// <param name="FilePath">The file on disk (the archive for a zip entry).</param>
/// <param name="EntryName">The entry's full name inside the archive, for a zip entry.</param>
/// <param name="Reason">Why it is skipped or failed.</param>
internal sealed record BatchInput(string Path, BatchInputKind Kind, string FilePath, string? EntryName = null, string? Reason = null);
