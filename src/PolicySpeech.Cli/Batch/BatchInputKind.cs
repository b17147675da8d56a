namespace PolicySpeech.Cli.Batch;

/// <summary>How an input is read.</summary>
internal enum BatchInputKind
{
    /// <summary>A file on disk.</summary>
    File,

    /// <summary>An entry of a zip archive.</summary>
    ZipEntry,

    /// <summary>Not processed: its extension is not supported (status <c>skipped</c>).</summary>
    Skipped,

    /// <summary>Cannot be read at all, such as a zip archive that is not one (status <c>error</c>).</summary>
    Failed,
}
