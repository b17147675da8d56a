using System.Collections.Immutable;

namespace PolicySpeech.Diagnostics;

/// <summary>Settings the rules read: words to accept, extra confusion pairs, extra dictionary words, the near-duplicate threshold.</summary>
public sealed record AnalyzerOptions
{
    /// <summary>The defaults: nothing accepted, no extra pairs, near-duplicate threshold 0.8.</summary>
    public static AnalyzerOptions Default { get; } = new();

    /// <summary>Words the typo rule must accept as written.</summary>
    public ImmutableHashSet<string> AcceptedWords { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>Extra words for the dictionary (known correct words).</summary>
    public ImmutableHashSet<string> DictionaryWords { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>Extra look-alike pairs: a wrong character and the right one.</summary>
    public ImmutableArray<ConfusionPair> ConfusionPairs { get; init; } = [];

    /// <summary>The similarity (0–1) above which two paragraphs are near duplicates (PS2004).</summary>
    public double NearDuplicateThreshold { get; init; } = 0.8;
}
