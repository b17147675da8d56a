using PolicySpeech.Semantics;

namespace PolicySpeech.Cli.Targets;

/// <summary>What became of one input of <c>policyspeech targets</c>.</summary>
/// <param name="Path">The input's path as the tables show it.</param>
/// <param name="Status">ok, skipped or error.</param>
/// <param name="Error">Why it was skipped or failed, else null.</param>
/// <param name="Document">Its row of the wide table (jurisdiction, year), when read.</param>
/// <param name="Targets">How many targets it states.</param>
internal sealed record TargetInputOutcome(string Path, string Status, string? Error, TargetWideRow? Document, int Targets);
