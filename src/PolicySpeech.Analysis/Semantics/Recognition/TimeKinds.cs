namespace PolicySpeech.Semantics;

/// <summary>The strings of <see cref="TimeKind"/>: those of time-words.txt's second column, which for the deadline kinds are the contract's.</summary>
internal static class TimeKinds
{
    /// <summary>The string of <paramref name="kind"/> (by, relative, recurring, period, within; past, year, from).</summary>
    public static string ToContract(this TimeKind kind) => kind switch
    {
        TimeKind.By => "by",
        TimeKind.Relative => "relative",
        TimeKind.Recurring => "recurring",
        TimeKind.Period => "period",
        TimeKind.Within => "within",
        TimeKind.Past => "past",
        TimeKind.Year => "year",
        _ => "from",
    };

    /// <summary>The kind a lexicon row names.</summary>
    /// <exception cref="FormatException">The name is none of the kinds.</exception>
    public static TimeKind Parse(string name) => name switch
    {
        "by" => TimeKind.By,
        "relative" => TimeKind.Relative,
        "recurring" => TimeKind.Recurring,
        "period" => TimeKind.Period,
        "within" => TimeKind.Within,
        "past" => TimeKind.Past,
        "year" => TimeKind.Year,
        "from" => TimeKind.From,
        _ => throw new FormatException($"time-words.txt: unknown kind '{name}'"),
    };
}
