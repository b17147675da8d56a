namespace PolicySpeech.Cli.Batch;

/// <summary>What one input contributes to the tables, already serialised (UTF-8), plus its counts for the summary.</summary>
/// <param name="Index">The input's position in the sorted input list.</param>
/// <param name="Row">Its <c>documents.csv</c> row.</param>
/// <param name="Tables">The bytes to append to each table, indexed by <see cref="BatchTable"/>.</param>
/// <param name="ErrorDiagnostics">How many of its diagnostics are unsuppressed errors.</param>
internal sealed record DocumentOutput(int Index, DocumentRow Row, byte[][] Tables, int ErrorDiagnostics);
