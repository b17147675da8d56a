namespace PolicySpeech.Cli.Batch;

/// <summary>One row of <c>documents.csv</c>: one per input, whatever happened to it.</summary>
/// <param name="Path">The input's path (the order key).</param>
/// <param name="Status"><c>ok</c>, <c>empty</c> (loaded, but holds no text), <c>error</c> (could not be loaded or processed) or <c>skipped</c> (unsupported type; listed only with <c>--include-skipped</c>).</param>
/// <param name="Error">Why it failed, was skipped or is empty; null when ok.</param>
/// <param name="ContentHash">SHA-256 of the decoded text as UTF-8 (<c>SourceText.ChecksumHex</c>); null unless ok.</param>
/// <param name="Format">How it was read: <c>text</c>, <c>html</c> or <c>docx</c>; null unless ok.</param>
/// <param name="Bytes">The size of the file or zip entry in bytes, when known.</param>
/// <param name="Length">The decoded text's length in UTF-16 code units; null unless ok.</param>
/// <param name="Title">The title line, or the declared title; null when none.</param>
/// <param name="ReferenceYear">The year 今年 refers to; null when unknown.</param>
/// <param name="ReferenceYearSource"><c>given</c>, <c>metadata</c>, <c>inferred</c> or <c>none</c>; null unless ok.</param>
/// <param name="Diagnostics">The number of diagnostics; null unless ok.</param>
/// <param name="Commitments">The number of commitments; null unless ok.</param>
internal sealed record DocumentRow(
    string Path,
    string Status,
    string? Error,
    string? ContentHash,
    string? Format,
    long? Bytes,
    int? Length,
    string? Title,
    int? ReferenceYear,
    string? ReferenceYearSource,
    int? Diagnostics,
    int? Commitments)
{
    /// <summary>The CSV header.</summary>
    public static readonly string[] Columns =
        ["path", "status", "error", "contentHash", "format", "bytes", "length", "title", "referenceYear", "referenceYearSource", "diagnostics", "commitments"];
}
