using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>A time expression found by <see cref="TimeExpressionRecognizer"/>.</summary>
/// <param name="Span">The expression, a leading 到/至/截至 included, offset by the caller's base offset.</param>
/// <param name="Text">The text of <see cref="Span"/>.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Year">The resolved year (see <see cref="TimeExpressionRecognizer"/>); null when unknown.</param>
/// <param name="StartYear">The first year of a period (2021 for 十四五); otherwise null.</param>
/// <param name="Recurrence">yearly, monthly, weekly, daily or regular, for recurring ones.</param>
internal sealed record TimeMatch(TextSpan Span, string Text, TimeKind Kind, int? Year, int? StartYear, string? Recurrence) : IRecognizedSpan
{
    /// <summary>Whether this expression can be a commitment's deadline (not past, not a bare unknown year, not a start).</summary>
    public bool IsDeadline => Kind is TimeKind.By or TimeKind.Relative or TimeKind.Recurring or TimeKind.Period or TimeKind.Within;

    /// <summary>Whether this expression places its clause in the past (a statement of fact).</summary>
    public bool IsPast => Kind == TimeKind.Past;

    /// <summary>The public deadline for this expression (only meaningful when <see cref="IsDeadline"/>), from <paramref name="source"/>.</summary>
    /// <param name="source">Where the deadline comes from.</param>
    public Deadline ToDeadline(DeadlineSource source = DeadlineSource.Explicit) =>
        new(Text, Kind.ToContract(), Year, Recurrence, Span) { StartYear = Kind == TimeKind.Period ? StartYear : null, Source = source };
}
