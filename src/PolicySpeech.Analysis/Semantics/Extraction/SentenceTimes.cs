using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>The time expressions of a sentence, as the clauses read them: merged, re-dated after 明年, anchored spans dropped, and picked by clause.</summary>
internal static class SentenceTimes
{
    /// <summary>
    /// After 明年 in a sentence, the year-less expressions that follow (全年, 年底前, 1月底前) are next year's: 明年要举办…，力争全年接待游客…;
    /// 对明年重点工作进行细化分解，在1月底前形成任务清单.
    /// </summary>
    public static ImmutableArray<TimeMatch> AfterNextYear(ImmutableArray<TimeMatch> times, int? referenceYear)
    {
        if (referenceYear is not { } reference || times.Length < 2)
        {
            return times;
        }

        if (!HasNextYear(times, reference))
        {
            return times; // nothing to re-date: no copy
        }

        int? context = null;
        var builder = times.ToBuilder();
        for (int k = 0; k < builder.Count; k++)
        {
            var t = builder[k];
            if (t.Kind == TimeKind.Relative && t.Year == reference + 1 && t.Text.Contains("明年", StringComparison.Ordinal))
            {
                context = t.Year;
            }
            else if (context is { } next && t.Year == reference && t.Kind is TimeKind.Relative or TimeKind.By && IsYearless(t.Text))
            {
                builder[k] = t with { Year = next };
            }
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Drops a span counted from a start the sentence names (从党的二十大到二〇三五年，用13年时间…): it does not run from the reference
    /// year, so the sentence's own end year (到二〇三五年) is the deadline, or none rather than a guess.
    /// </summary>
    public static ImmutableArray<TimeMatch> AnchoredSpans(ImmutableArray<TimeMatch> times, int sentenceStart, string text)
    {
        if (!HasCountedSpan(times))
        {
            return times; // no 用…时间 span: no copy
        }

        var builder = ImmutableArray.CreateBuilder<TimeMatch>(times.Length);
        foreach (var t in times)
        {
            if (t.Kind != TimeKind.Within || !t.Text.StartsWith('用'))
            {
                builder.Add(t);
                continue;
            }

            var end = times.LastOrDefault(o => o.Kind == TimeKind.By && o.Year is not null && o.Span.End <= t.Span.Start);
            if (end is not null)
            {
                builder.Add(t with { Kind = TimeKind.By, Year = end.Year }); // 到2035年，用12年时间…: by 2035
            }
            else if (!text.AsSpan(sentenceStart, t.Span.Start - sentenceStart).Contains('从'))
            {
                builder.Add(t);
            }
        }

        return builder.ToImmutable();
    }

    private static bool IsYearless(string text)
    {
        if (text.Contains('今') || text.Contains("本年", StringComparison.Ordinal) || text.Contains("当年", StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = 1; i < text.Length; i++)
        {
            if (text[i] == '年' && (ChineseNumerals.IsArabicDigit(text[i - 1]) || ChineseNumerals.IsChineseDigit(text[i - 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Joins a relative year and the part of it that follows (今年 + 9月底前, 明年 + 汛期前, 明年 + 上半年) into one deadline.</summary>
    public static ImmutableArray<TimeMatch> MergeAdjacent(ImmutableArray<TimeMatch> times)
    {
        if (times.Length < 2)
        {
            return times;
        }

        var merged = ImmutableArray.CreateBuilder<TimeMatch>(times.Length);
        for (int k = 0; k < times.Length; k++)
        {
            var t = times[k];
            if (k + 1 < times.Length && t.Span.End == times[k + 1].Span.Start && t.Kind is TimeKind.Relative or TimeKind.By
                && times[k + 1].Kind is TimeKind.Relative or TimeKind.By && t.Year is not null)
            {
                var next = times[k + 1];
                var span = TextSpan.FromBounds(t.Span.Start, next.Span.End);
                merged.Add(new TimeMatch(span, t.Text + next.Text, t.Kind, t.Year, t.StartYear, null));
                k++;
                continue;
            }

            merged.Add(t);
        }

        return merged.ToImmutable();
    }

    /// <summary>The items of <paramref name="items"/> that start in [<paramref name="start"/>, <paramref name="end"/>), into <paramref name="into"/> (cleared) or a new list.</summary>
    public static List<T> Within<T>(ImmutableArray<T> items, int start, int end, List<T>? into = null)
        where T : IRecognizedSpan
    {
        var list = into ?? [];
        list.Clear();
        foreach (var item in items)
        {
            if (item.Span.Start >= start && item.Span.Start < end)
            {
                list.Add(item);
            }
        }

        return list;
    }

    /// <summary>Whether a deadline is firm enough to make a clause without a number a commitment: 到2025年, 年内, 年底前, 6月底前, a period — not a bare 今年 or 明年, which as often just dates a statement (今年我国发展仍面临…).</summary>
    public static bool IsFirm(TimeMatch t) =>
        t.Kind != TimeKind.Relative || t.Text.AsSpan().IndexOfAny("底前内末月旬") >= 0;

    /// <summary>Whether a deadline (not a recurrence) of <paramref name="times"/> falls in the reference year or later.</summary>
    public static bool HasFutureDeadline(ImmutableArray<TimeMatch> times, int? referenceYear)
    {
        foreach (var t in times)
        {
            if (t.IsDeadline && t.Kind != TimeKind.Recurring && t.Year >= referenceYear)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNextYear(ImmutableArray<TimeMatch> times, int reference)
    {
        foreach (var t in times)
        {
            if (t.Kind == TimeKind.Relative && t.Year == reference + 1 && t.Text.Contains("明年", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCountedSpan(ImmutableArray<TimeMatch> times)
    {
        foreach (var t in times)
        {
            if (t.Kind == TimeKind.Within && t.Text.StartsWith('用'))
            {
                return true;
            }
        }

        return false;
    }
}
