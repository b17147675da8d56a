namespace PolicySpeech.Cli;

/// <summary>The streams a command reads and writes (the console, or a test's streams).</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error)
{
    /// <summary>Opens standard input (what the path <c>-</c> reads).</summary>
    public Func<Stream> OpenInput { get; init; } = Console.OpenStandardInput;
}
