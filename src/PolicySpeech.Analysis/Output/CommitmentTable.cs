using PolicySpeech.Semantics;

namespace PolicySpeech.Output;

/// <summary>
/// The commitment table, defined once: one row per commitment, the fields of the JSON contract flattened. Every writer of
/// commitment rows (<c>policyspeech extract --format csv|jsonl</c>, <c>batch</c>'s <c>commitments.csv</c>,
/// <c>commitments.jsonl</c> and <c>commitments.parquet</c>) writes <see cref="Columns"/> in this order with the values of
/// <see cref="GetValues"/>. <c>redacted</c> is never missing (false when the commitment has no metric), so it can be used
/// as a boolean mask; <c>metricText</c> is missing exactly when there is no metric.
/// </summary>
/// <example><code>
/// var header = string.Join(",", CommitmentTable.Columns.Select(c => c.Name));
/// foreach (var commitment in result.Commitments)
/// {
///     object?[] row = CommitmentTable.GetValues("speech.txt", commitment);
/// }
/// </code></example>
internal static class CommitmentTable
{
    /// <summary>The columns, in the order every writer writes them.</summary>
    public static ImmutableArray<TableColumn> Columns { get; } =
    [
        new("path", TableColumnType.String, false, "The document's path (or archive.zip!/entry), as given."),
        new("section", TableColumnType.String, false, "The section headings the commitment is under, such as 一、（一）; empty in the preamble."),
        new("actor", TableColumnType.String, false, "Who commits: the subject as written, or the speaker's jurisdiction when implicit."),
        new("actorExplicit", TableColumnType.Boolean, false, "Whether the actor is written as the clause's subject."),
        new("action", TableColumnType.String, false, "What is to be done: the verb phrase."),
        new("modality", TableColumnType.String, false, "How firmly: ensure, strive, should, encourage, prohibit or plan."),
        new("indicator", TableColumnType.String, true, "What the metric's number measures; missing when there is no metric or it is unknown."),
        new("comparator", TableColumnType.String, true, "How the target compares to the number: >=, <=, =, ~, >, < or range."),
        new("value", TableColumnType.Double, true, "The number; missing when redacted or when there is no metric."),
        new("valueHigh", TableColumnType.Double, true, "The upper bound of a range."),
        new("unit", TableColumnType.String, true, "The unit as written (万人, %, 亿元)."),
        new("redacted", TableColumnType.Boolean, false, "Whether the metric's number was replaced by a placeholder; false when there is no metric."),
        new("deadlineText", TableColumnType.String, true, "The time expression as written (到2025年, 今年, 每年)."),
        new("deadlineKind", TableColumnType.String, true, "by, relative, recurring, period or within."),
        new("deadlineYear", TableColumnType.Int32, true, "The year the deadline falls in."),
        new("recurrence", TableColumnType.String, true, "For recurring deadlines: yearly, monthly, weekly, daily or regular."),
        new("text", TableColumnType.String, false, "The clause or clauses that state the commitment."),
        new("line", TableColumnType.Int32, false, "The 1-based line where the commitment starts."),
        new("column", TableColumnType.Int32, false, "The 1-based column (UTF-16 code units) where the commitment starts."),
        new("zone", TableColumnType.String, false, "The part of the document: review, plan, outlook, conduct, directive or other."),
        new("kind", TableColumnType.String, false, "task, target (it has a metric) or requirement."),
        new("deadlineSource", TableColumnType.String, true, "Where the deadline comes from: explicit, paragraph, section or document."),
        new("deadlineStartYear", TableColumnType.Int32, true, "The first year of a period deadline."),
        new("duplicateOf", TableColumnType.Int32, true, "For a commitment in a repeated passage, the index of its first occurrence among the document's commitments."),
        new("metricText", TableColumnType.String, true, "The metric as written (**万人以上); missing when the commitment has no metric."),
        new("metricKind", TableColumnType.String, true, "What the metric's number measures: level, growth, increment, reduction or share; missing when there is no metric."),
        new("baseline", TableColumnType.String, true, "The baseline as written (比上年, 较2025年)."),
        new("valueNormalized", TableColumnType.Double, true, "value in unitBase (1000万人 gives 10000000)."),
        new("valueHighNormalized", TableColumnType.Double, true, "valueHigh in unitBase."),
        new("unitBase", TableColumnType.String, true, "The base unit: percent, percentage points, persons, yuan, jin, kW, mu, items …"),
        new("indicatorId", TableColumnType.String, true, "The canonical indicator id (gdp_growth, cpi, urban_new_jobs …) from the embedded catalogue."),
    ];

    /// <summary>The values of one row, in the order of <see cref="Columns"/>: a <see cref="string"/>, <see cref="bool"/>, <see cref="int"/> or <see cref="double"/> (after each column's <see cref="TableColumn.Type"/>), or <see langword="null"/> when missing.</summary>
    /// <param name="path">The document's path, as it should appear in the <c>path</c> column.</param>
    /// <param name="commitment">The commitment.</param>
    /// <returns>The row's values.</returns>
    public static object?[] GetValues(string path, Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(commitment);
        var start = commitment.Location.LineSpan.Start;
        var metric = commitment.Metric;
        var deadline = commitment.Deadline;
        return
        [
            path,
            commitment.Section,
            commitment.Actor.Text,
            commitment.Actor.Explicit,
            commitment.Action,
            commitment.Modality,
            metric?.Indicator,
            metric?.Comparator,
            metric?.Value is { } value && double.IsFinite(value) ? value : null,
            metric?.ValueHigh is { } high && double.IsFinite(high) ? high : null,
            metric?.Unit,
            metric?.Redacted ?? false,
            deadline?.Text,
            deadline?.Kind,
            deadline?.Year,
            deadline?.Recurrence,
            commitment.Text,
            start.Line + 1,
            start.Character + 1,
            ReportFormatting.ZoneName(commitment.Zone),
            ReportFormatting.KindName(commitment.Kind),
            deadline is null ? null : ReportFormatting.DeadlineSourceName(deadline.Source),
            deadline?.StartYear,
            commitment.DuplicateOf,
            metric?.Text,
            metric is null ? null : ReportFormatting.MetricKindName(metric.Kind),
            metric?.Baseline,
            metric?.ValueNormalized is { } normalized && double.IsFinite(normalized) ? normalized : null,
            metric?.ValueHighNormalized is { } highNormalized && double.IsFinite(highNormalized) ? highNormalized : null,
            metric?.UnitBase,
            metric?.IndicatorId,
        ];
    }
}
