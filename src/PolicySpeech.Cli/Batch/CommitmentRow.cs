namespace PolicySpeech.Cli.Batch;

/// <summary>One row of <c>commitments.csv</c>/<c>.jsonl</c>: one commitment (the fields of the JSON contract, flattened).</summary>
internal sealed record CommitmentRow(
    string Path,
    string Section,
    string Actor,
    bool ActorExplicit,
    string Action,
    string Modality,
    string? Indicator,
    string? Comparator,
    double? Value,
    double? ValueHigh,
    string? Unit,
    bool? Redacted,
    string? DeadlineText,
    string? DeadlineKind,
    int? DeadlineYear,
    string? Recurrence,
    string Text,
    int Line,
    int Column,
    string Zone,
    string Kind,
    string? DeadlineSource,
    int? DeadlineStartYear,
    int? DuplicateOf)
{
    /// <summary>The column names (CSV header and JSON property names).</summary>
    public static readonly string[] Columns =
    [
        "path", "section", "actor", "actorExplicit", "action", "modality", "indicator", "comparator", "value", "valueHigh", "unit",
        "redacted", "deadlineText", "deadlineKind", "deadlineYear", "recurrence", "text", "line", "column",
        "zone", "kind", "deadlineSource", "deadlineStartYear", "duplicateOf",
    ];
}
