namespace PolicySpeech.Cli.Batch;

/// <summary>
/// One row of <c>paragraph-hashes.jsonl</c>: a paragraph's hash and place, the input of the corpus-wide duplicate table
/// (kept so that resumed and merged runs find duplicates across all documents).
/// </summary>
/// <param name="Path">The document.</param>
/// <param name="Line">The paragraph's first line, 1-based.</param>
/// <param name="Hash">128 bits of SHA-256 of the normalised paragraph, as hex.</param>
/// <param name="Excerpt">The first characters of the paragraph, white space removed (of the first occurrence, in duplicates.csv).</param>
internal sealed record ParagraphHashRow(string Path, int Line, string Hash, string Excerpt);
