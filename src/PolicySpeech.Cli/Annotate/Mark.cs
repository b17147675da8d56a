namespace PolicySpeech.Cli.Annotate;

/// <summary>A span of the text to mark: a finding or a commitment (by its index in the analysis's lists).</summary>
internal readonly record struct Mark(int Start, int End, MarkLayer Layer, int Index);
