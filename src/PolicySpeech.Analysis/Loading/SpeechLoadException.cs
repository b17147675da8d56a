namespace PolicySpeech.Loading;

/// <summary>
/// The one exception loading throws for a file that cannot be read: it says what went wrong (<see cref="Reason"/>)
/// and where (<see cref="Path"/>). Framework exceptions (I/O, zip, XML, OpenXML) are kept as <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class SpeechLoadException : Exception
{
    internal SpeechLoadException(string? path, SpeechLoadFailure reason, string detail, Exception? innerException = null)
        : base($"{path ?? "<stream>"}: {detail}", innerException)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The path or file name of the file that failed, or <see langword="null"/> when none was given.</summary>
    public string? Path { get; }

    /// <summary>Why the file could not be loaded.</summary>
    public SpeechLoadFailure Reason { get; }
}
