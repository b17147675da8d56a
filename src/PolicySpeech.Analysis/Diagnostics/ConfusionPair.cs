namespace PolicySpeech.Diagnostics;

/// <summary>A look-alike pair for the typo rule: a character written by mistake and the one meant.</summary>
/// <param name="Wrong">The character written by mistake, such as 冶.</param>
/// <param name="Right">The character meant, such as 治.</param>
public sealed record ConfusionPair(string Wrong, string Right);
