namespace PolicySpeech.Spelling;

/// <summary>Caller additions to the built-in typo data (the configuration file's extra words, confusion pairs and accepted words).</summary>
internal sealed record TypoDetectorOptions
{
    /// <summary>Options that add nothing.</summary>
    public static TypoDetectorOptions Empty { get; } = new();

    /// <summary>Words that are never reported, nor any typo inside them (e.g. proper names that look like typos).</summary>
    public IReadOnlyCollection<string> AcceptedWords { get; init; } = [];

    /// <summary>Extra dictionary words: they count as common words when weighing a correction.</summary>
    public IReadOnlyCollection<string> ExtraWords { get; init; } = [];

    /// <summary>Extra confusion pairs: <c>From</c> is the character written by mistake, <c>To</c> the intended one.</summary>
    public IReadOnlyCollection<(char From, char To)> ExtraConfusions { get; init; } = [];
}
