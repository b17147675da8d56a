namespace PolicySpeech.Cli.Batch;

/// <summary>The tables a batch run appends to as documents finish (in input order).</summary>
internal enum BatchTable
{
    /// <summary><c>documents.csv</c>.</summary>
    Documents,

    /// <summary><c>commitments.csv</c> (with <c>--format csv</c>).</summary>
    CommitmentsCsv,

    /// <summary><c>commitments.jsonl</c>.</summary>
    CommitmentsJsonl,

    /// <summary><c>diagnostics.jsonl</c>.</summary>
    Diagnostics,

    /// <summary><c>paragraph-hashes.jsonl</c>.</summary>
    ParagraphHashes,
}
