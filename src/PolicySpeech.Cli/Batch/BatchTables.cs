using PolicySpeech.Output;

namespace PolicySpeech.Cli.Batch;

/// <summary>File names and headers of the batch tables.</summary>
internal static class BatchTables
{
    /// <summary>All streamed tables, in a fixed order.</summary>
    public static readonly BatchTable[] All = Enum.GetValues<BatchTable>();

    /// <summary>The corpus-wide duplicate table, computed at the end.</summary>
    public const string DuplicatesFile = "duplicates.csv";

    /// <summary>The progress journal of an unfinished (or finished) run.</summary>
    public const string JournalFile = ".batch-state.json";

    /// <summary>The suffix of a table that is still being written.</summary>
    public const string PartialSuffix = ".partial";

    /// <summary>The file name of a table.</summary>
    public static string FileName(BatchTable table) => table switch
    {
        BatchTable.Documents => "documents.csv",
        BatchTable.CommitmentsCsv => "commitments.csv",
        BatchTable.CommitmentsJsonl => "commitments.jsonl",
        BatchTable.Diagnostics => "diagnostics.jsonl",
        BatchTable.ParagraphHashes => "paragraph-hashes.jsonl",
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    /// <summary>Whether a run with these formats writes the table.</summary>
    public static bool IsWritten(BatchTable table, BatchFormats formats) =>
        table != BatchTable.CommitmentsCsv || formats.HasFlag(BatchFormats.Csv);

    /// <summary>The bytes a table starts with (the UTF-8 byte order mark and the CSV header; nothing for JSON Lines).</summary>
    public static byte[] Header(BatchTable table) => table switch
    {
        BatchTable.Documents => [.. CsvEncoding.ByteOrderMark, .. Encoding.UTF8.GetBytes(Csv.Header(DocumentRow.Columns))],
        BatchTable.CommitmentsCsv => [.. CsvEncoding.ByteOrderMark, .. Encoding.UTF8.GetBytes(TableRows.CsvHeader(CommitmentTable.Columns))],
        _ => [],
    };

    /// <summary>Whether the table is CSV (its records may span lines).</summary>
    public static bool IsCsv(BatchTable table) => table is BatchTable.Documents or BatchTable.CommitmentsCsv;
}
