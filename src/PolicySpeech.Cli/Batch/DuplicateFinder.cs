namespace PolicySpeech.Cli.Batch;

/// <summary>
/// Builds <c>duplicates.csv</c>, the corpus-wide table of paragraphs that occur in two or more documents, from
/// <c>paragraph-hashes.jsonl</c> in one streaming pass through a <see cref="DuplicateIndex"/> (a fresh batch run feeds
/// the index as documents are written and does not read the file; resumed and merged runs use this).
/// Columns: <c>hash</c>, <c>excerpt</c> (the normalised paragraph's start), <c>documents</c>, <c>occurrences</c>,
/// <c>places</c> (<c>path:line</c> joined by <c>;</c>, in input order). Rows: most documents first, then most
/// occurrences, then by hash.
/// </summary>
internal static class DuplicateFinder
{
    /// <summary>The columns.</summary>
    public static readonly string[] Columns = ["hash", "excerpt", "documents", "occurrences", "places"];

    /// <summary>Reads the paragraph hashes and writes the duplicate table.</summary>
    public static void Write(string paragraphHashes, string output)
    {
        var index = new DuplicateIndex();
        index.AddFile(paragraphHashes);
        DuplicateIndex.WriteCsv(index.Rows(), output);
    }
}
