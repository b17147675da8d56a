namespace PolicySpeech.Cli.Batch;

/// <summary>An input handed to a worker: a zip entry comes with its bytes (read by the one thread that owns the archive), a file is read by the worker.</summary>
/// <param name="Index">The input's position in the sorted list.</param>
/// <param name="Input">The input.</param>
/// <param name="Bytes">The zip entry's bytes, or null.</param>
/// <param name="ReadError">Why the zip entry could not be read, or null.</param>
internal sealed record WorkItem(int Index, BatchInput Input, byte[]? Bytes, string? ReadError);
