namespace PolicySpeech.Cli.Batch;

/// <summary>The rows one loaded document gives (commitments as <see cref="PolicySpeech.Output.CommitmentTable"/> rows).</summary>
internal sealed record ProcessedDocument(
    DocumentRow Row,
    IReadOnlyList<object?[]> Commitments,
    IReadOnlyList<DiagnosticRow> Diagnostics,
    IReadOnlyList<ParagraphHashRow> Paragraphs,
    int ErrorDiagnostics);
