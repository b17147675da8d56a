using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>The kinds of <see cref="TimeMatch"/>: the five of DESIGN.md plus internal ones that are never emitted.</summary>
internal static class TimeKinds
{
    /// <summary>A deadline year: 到2025年, 2025年底前, 2030年前, 到本世纪中叶.</summary>
    internal const string By = "by";

    /// <summary>Relative to the reference year: 今年, 明年, 年内, 年底前, 全年, 当年.</summary>
    internal const string Relative = "relative";

    /// <summary>Recurring: 每年, 每月, 每天, 定期.</summary>
    internal const string Recurring = "recurring";

    /// <summary>A plan period: “十四五”期间/末, 十五五时期, 2024—2026年.</summary>
    internal const string Period = "period";

    /// <summary>A span from the reference year: 三年内, 未来五年.</summary>
    internal const string Within = "within";

    /// <summary>Internal: the past (去年, 过去五年, 2023年 before the reference year, “十三五”以来): marks a statement of fact.</summary>
    internal const string Past = "past";

    /// <summary>Internal: a bare year (2025年) when no reference year is known, so past and future cannot be told apart.</summary>
    internal const string Year = "year";

    /// <summary>Internal: a start (2025年起, 从2025年开始): not a deadline.</summary>
    internal const string From = "from";
}

/// <summary>A time expression found by <see cref="TimeExpressionRecognizer"/>.</summary>
/// <param name="Span">The expression, a leading 到/至/截至 included, offset by the caller's base offset.</param>
/// <param name="Text">The text of <see cref="Span"/>.</param>
/// <param name="Kind">One of <see cref="TimeKinds"/>.</param>
/// <param name="Year">The resolved year (see <see cref="TimeExpressionRecognizer"/>); null when unknown.</param>
/// <param name="StartYear">The first year of a period (2021 for 十四五); otherwise null.</param>
/// <param name="Recurrence">yearly, monthly, weekly, daily or regular, for recurring ones.</param>
internal sealed record TimeMatch(TextSpan Span, string Text, string Kind, int? Year, int? StartYear, string? Recurrence)
{
    /// <summary>Whether this expression can be a commitment's deadline (not past, not a bare unknown year, not a start).</summary>
    public bool IsDeadline => Kind is TimeKinds.By or TimeKinds.Relative or TimeKinds.Recurring or TimeKinds.Period or TimeKinds.Within;

    /// <summary>Whether this expression places its clause in the past (a statement of fact).</summary>
    public bool IsPast => Kind == TimeKinds.Past;

    /// <summary>The public deadline for this expression (only meaningful when <see cref="IsDeadline"/>), from <paramref name="source"/>.</summary>
    /// <param name="source">Where the deadline comes from.</param>
    public Deadline ToDeadline(DeadlineSource source = DeadlineSource.Explicit) =>
        new(Text, Kind, Year, Recurrence, Span) { StartYear = Kind == TimeKinds.Period ? StartYear : null, Source = source };
}
