namespace PolicySpeech.Semantics;

/// <summary>A clause of a full sentence (<see cref="ClauseSplitter"/>): its bounds in the document and the separator after it (or '\0').</summary>
/// <param name="Start">Where it starts.</param>
/// <param name="End">Where it ends, the separator excluded.</param>
/// <param name="Separator">The punctuation after it: ，、：； or the sentence's terminator.</param>
internal readonly record struct Clause(int Start, int End, char Separator);
