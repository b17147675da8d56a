namespace PolicySpeech.Cli.Batch;

/// <summary>The table formats <c>batch --format</c> asks for.</summary>
/// <remarks>
/// <c>documents.csv</c>, <c>commitments.jsonl</c>, <c>diagnostics.jsonl</c>, <c>paragraph-hashes.jsonl</c> and
/// <c>duplicates.csv</c> are always written: resume, merge and the Parquet export read them. <see cref="Csv"/> adds
/// <c>commitments.csv</c>; <see cref="Parquet"/> adds a <c>.parquet</c> copy of every table.
/// </remarks>
[Flags]
internal enum BatchFormats
{
    None = 0,
    Csv = 1,
    Jsonl = 2,
    Parquet = 4,
}
