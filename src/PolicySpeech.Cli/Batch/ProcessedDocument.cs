namespace PolicySpeech.Cli.Batch;

/// <summary>The rows one loaded document gives.</summary>
internal sealed record ProcessedDocument(
    DocumentRow Row,
    IReadOnlyList<CommitmentRow> Commitments,
    IReadOnlyList<DiagnosticRow> Diagnostics,
    IReadOnlyList<ParagraphHashRow> Paragraphs,
    int ErrorDiagnostics);
