using System.Collections.Immutable;

namespace PolicySpeech.Semantics;

/// <summary>Which quantities of a clause are measures a commitment can target: not a date, a count in apposition, a duration used as a modifier or a count of discourse items.</summary>
internal sealed class MeasureFilter(ExtractionText doc)
{
    private readonly ExtractionText _doc = doc;

    /// <summary>Puts into <paramref name="into"/> (cleared first) the quantities of kind value that start in [<paramref name="start"/>, <paramref name="end"/>), not inside a time expression and measuring something.</summary>
    public void Values(ImmutableArray<QuantityMatch> quantities, ImmutableArray<TimeMatch> times, int start, int end, List<QuantityMatch> into)
    {
        into.Clear();
        foreach (var q in quantities)
        {
            if (IsValue(q, times, start, end))
            {
                into.Add(q);
            }
        }
    }

    /// <summary>Whether any quantity is one of <see cref="Values"/> (without listing them).</summary>
    public bool HasValues(ImmutableArray<QuantityMatch> quantities, ImmutableArray<TimeMatch> times, int start, int end)
    {
        foreach (var q in quantities)
        {
            if (IsValue(q, times, start, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last of <see cref="Values"/>, or null (without listing them).</summary>
    public QuantityMatch? LastValue(ImmutableArray<QuantityMatch> quantities, ImmutableArray<TimeMatch> times, int start, int end)
    {
        QuantityMatch? last = null;
        foreach (var q in quantities)
        {
            if (IsValue(q, times, start, end))
            {
                last = q;
            }
        }

        return last;
    }

    private bool IsValue(QuantityMatch q, ImmutableArray<TimeMatch> times, int start, int end)
    {
        if (q.Kind != QuantityKind.Value || q.Span.Start < start || q.Span.Start >= end)
        {
            return false;
        }

        foreach (var t in times)
        {
            if (t.Span.OverlapsWith(q.NumberSpan))
            {
                return false;
            }
        }

        return !NotAMeasure(q, start);
    }

    private static readonly string[] TimeUnits = ["年", "个月", "月", "周", "天", "日", "小时", "个小时", "分钟", "秒"];

    private static readonly WordSet DiscourseNouns = new(["方面", "工作", "意见", "问题", "要求", "点"]);

    /// <summary>A quantity that is no measure: inside quotes (“三个责任人”), a duration used as a modifier (24小时值班, 五年累计), a count of discourse items (三项工作, 六个方面).</summary>
    private bool NotAMeasure(QuantityMatch q, int clauseStart)
    {
        var before = _doc.Text.AsSpan(clauseStart, Math.Max(0, q.Span.Start - clauseStart));
        if (before.Count('“') > before.Count('”') || before.Count('《') > before.Count('》'))
        {
            return true;
        }

        if (IsApposition(q, before))
        {
            return true;
        }

        // 10万千瓦及以下燃煤机组: a size class inside the object, like 规模以上.
        if (QuantityRecognizer.IsMeasure(q.Unit) && (q.Text.EndsWith("及以下", StringComparison.Ordinal) || q.Text.EndsWith("及以上", StringComparison.Ordinal))
            && q.Span.End < _doc.Text.Length && ChineseNumerals.IsCjkIdeograph(_doc.Text[q.Span.End]))
        {
            return true;
        }

        int end = q.Span.End;
        if (q.UnitSpan is not { } unitSpan || unitSpan.End != end || end >= _doc.Text.Length || !ChineseNumerals.IsCjkIdeograph(_doc.Text[end]))
        {
            return false;
        }

        if (Array.IndexOf(TimeUnits, q.Unit) >= 0)
        {
            return true;
        }

        var after = _doc.Text.AsSpan(end);
        return DiscourseNouns.LongestPrefix(after) is not null
            || (after.Length > 2 && after[0] == '项' && DiscourseNouns.LongestPrefix(after[1..]) is not null);
    }

    /// <summary>
    /// A count in apposition to the names listed just before it, not a target: 安阳、商丘、信阳、三门峡四个端点城市 (as many items as
    /// the number says, none of them counted). 洛阳等10个国家物流枢纽 stays a count: 等 says the list is incomplete.
    /// </summary>
    private static bool IsApposition(QuantityMatch q, ReadOnlySpan<char> before)
    {
        if (q.NumberSpan.Start != q.Span.Start || !QuantityRecognizer.IsClassifier(q.Unit) || q.Value is not { } value || before.IsEmpty)
        {
            return false;
        }

        int from = before.LastIndexOfAny("，,；;：:。") + 1;
        var list = before[from..];
        int items = 1, depth = 0;
        foreach (char c in list)
        {
            if (c is '（' or '(' or '“' or '《')
            {
                depth++;
            }
            else if (c is '）' or ')' or '”' or '》')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && c is '、' or '和' or '及' or '与')
            {
                items++;
            }
        }

        return items >= 2 && items == value && ChineseNumerals.IsCjkIdeograph(before[^1]) && before[^1] is not ('和' or '及' or '与' or '等')
            && QuantityRecognizer.Recognize(list).IsEmpty;
    }

    /// <summary>Where 从/由 opens the starting level of a change (从人均8.6万元提高到11万元, 由每人每年500元提高到560元) in <paramref name="rawPre"/>, or null.</summary>
    public static int? BaselineStart(ReadOnlySpan<char> rawPre, QuantityMatch q, QuantityMatch next)
    {
        int from = rawPre.LastIndexOfAny('从', '由');
        if (from < 0 || rawPre.Length - from > 8 || rawPre[from..].IndexOfAny("，,；;、") >= 0 || q.NumberSpan.Start != q.Span.Start)
        {
            return null;
        }

        // The target level follows at once: 提高到/降至/增加到 + number.
        bool levelTarget = next.NumberSpan.Start > next.Span.Start && !next.IsChange;
        return levelTarget && next.Span.Start - q.Span.End <= 1 ? from : null;
    }
}
