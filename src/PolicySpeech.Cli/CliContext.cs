namespace PolicySpeech.Cli;

/// <summary>The streams a command writes to (the console, or a test's writers).</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error);
