namespace PolicySpeech.Cli.Batch;

/// <summary>One row of <c>duplicates.csv</c>.</summary>
/// <param name="Hash">The paragraph hash (its first occurrence's text).</param>
/// <param name="Excerpt">The first occurrence's excerpt.</param>
/// <param name="Documents">In how many documents the paragraph occurs.</param>
/// <param name="Occurrences">How many times it occurs.</param>
/// <param name="Places"><c>path:line</c> of every occurrence, joined by <c>;</c>, in input order.</param>
internal sealed record DuplicateRow(string Hash, string Excerpt, int Documents, int Occurrences, string Places);
