namespace PolicySpeech.Semantics;

/// <summary>
/// The kinds of <see cref="TimeMatch"/>: the five deadline kinds of DESIGN.md plus internal ones that are never emitted. The
/// contract string (<see cref="Deadline.Kind"/>) is written only at the output edge (<see cref="TimeKinds.ToContract"/>).
/// </summary>
internal enum TimeKind
{
    /// <summary>A deadline year: 到2025年, 2025年底前, 2030年前, 到本世纪中叶 (<c>by</c>).</summary>
    By,

    /// <summary>Relative to the reference year: 今年, 明年, 年内, 年底前, 全年, 当年 (<c>relative</c>).</summary>
    Relative,

    /// <summary>Recurring: 每年, 每月, 每天, 定期 (<c>recurring</c>).</summary>
    Recurring,

    /// <summary>A plan period: “十四五”期间/末, 十五五时期, 2024—2026年 (<c>period</c>).</summary>
    Period,

    /// <summary>A span from the reference year: 三年内, 未来五年 (<c>within</c>).</summary>
    Within,

    /// <summary>Internal: the past (去年, 过去五年, 2023年 before the reference year, “十三五”以来): marks a statement of fact.</summary>
    Past,

    /// <summary>Internal: a bare year (2025年) when no reference year is known, so past and future cannot be told apart.</summary>
    Year,

    /// <summary>Internal: a start (2025年起, 从2025年开始): not a deadline.</summary>
    From,
}
