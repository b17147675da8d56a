namespace PolicySpeech.Cli.Batch;

/// <summary>What one input contributes to the tables, already serialised (UTF-8), plus its counts for the summary.</summary>
/// <param name="Index">The input's position in the sorted input list.</param>
/// <param name="Row">Its <c>documents.csv</c> row.</param>
/// <param name="Tables">The bytes to append to each table, indexed by <see cref="BatchTable"/> (disposed once written).</param>
/// <param name="ErrorDiagnostics">How many of its diagnostics are unsuppressed errors.</param>
internal sealed record DocumentOutput(int Index, DocumentRow Row, TableBuffer[] Tables, int ErrorDiagnostics)
{
    /// <summary>Its paragraph hashes, for the incremental <see cref="DuplicateIndex"/>.</summary>
    public IReadOnlyList<ParagraphHashRow> Paragraphs { get; init; } = [];

    /// <summary>
    /// Its Parquet rows (the values of <see cref="ParquetExporter"/>'s documents, commitments and diagnostics tables, in
    /// that order), made on the worker when Parquet is written; null otherwise.
    /// </summary>
    public string?[][][]? ParquetRows { get; init; }
}
