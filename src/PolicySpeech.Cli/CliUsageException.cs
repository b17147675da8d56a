namespace PolicySpeech.Cli;

/// <summary>A mistake in how the command was called (a missing file, a bad option value); exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
