namespace PolicySpeech.Analyzers;

/// <summary>One place of a paragraph that <see cref="CorpusDuplicateIndex"/> found in several documents.</summary>
/// <param name="DocumentId">The document's identifier as given to <see cref="CorpusDuplicateIndex.Add"/>.</param>
/// <param name="Location">Where the paragraph is in that document.</param>
internal sealed record CorpusOccurrence(string DocumentId, Location Location);
