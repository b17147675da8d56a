namespace PolicySpeech.Analyzers;

/// <summary>A paragraph repeated across documents, with all its places in the order the documents were added.</summary>
/// <param name="Fingerprint">A 128-bit hash of the paragraph's normalised text, as 32 hex digits; stable across runs.</param>
/// <param name="NormalizedLength">The length of the normalised text (white space dropped).</param>
/// <param name="Occurrences">Every place of the paragraph (two or more documents; repeats inside one document included).</param>
internal sealed record CorpusDuplicate(string Fingerprint, int NormalizedLength, ImmutableArray<CorpusOccurrence> Occurrences)
{
    /// <summary>The number of distinct documents the paragraph appears in.</summary>
    public int DocumentCount => Occurrences.Select(o => o.DocumentId).Distinct(StringComparer.Ordinal).Count();
}
