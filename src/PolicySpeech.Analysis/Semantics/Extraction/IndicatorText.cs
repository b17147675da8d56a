using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// The texts of a commitment: its indicator (the text before a number without scope words, light verbs, comparator words and time
/// expressions, the change word kept), the noun a number before it measures, and its action.
/// </summary>
internal sealed class IndicatorText(ExtractionText doc)
{
    private readonly ExtractionText _doc = doc;

    /// <summary>The scratch buffer of <see cref="TextWithout"/>.</summary>
    private char[] _buffer = new char[256];

    private static readonly string[] AveragingWords = ["年均", "平均", "累计"];

    private static readonly string[] DurationTails = ["时间", "内", "左右时间"];

    private static readonly string[] ConstructionTails = ["建设", "工作"];

    private static readonly string[] ChangeWords = ["增长", "下降", "降低", "提高", "提升", "增加", "减少", "扩大", "缩小", "上涨", "上升", "压减"];

    public static bool IsNounStart(char c) => c is '的' or '“' or '"' || ChineseNumerals.IsCjkIdeograph(c);

    /// <summary>The measure as a list item's action ends with it: 2% of 下降2% (the change word is in the indicator already).</summary>
    public string MeasureText(QuantityMatch q)
    {
        int start = q.IsChange ? q.NumberSpan.Start : q.Span.Start;
        return _doc.Text[start..q.Span.End];
    }

    public string? ChangeWord(QuantityMatch q)
    {
        var before = _doc.Text.AsSpan(q.Span.Start, Math.Max(0, q.NumberSpan.Start - q.Span.Start));
        foreach (var w in ChangeWords)
        {
            if (before.Contains(w, StringComparison.Ordinal))
            {
                return w;
            }
        }

        return null;
    }

    public static string WithoutLevel(string indicator)
    {
        int level = indicator.IndexOf('级', StringComparison.Ordinal);
        if (level < 0 || level > 6)
        {
            return indicator;
        }

        var rest = indicator[(level + 1)..];
        return rest.StartsWith("部门", StringComparison.Ordinal) ? rest[2..] : rest;
    }

    /// <summary>The time expressions (not a rate) and modal verbs inside [<paramref name="start"/>, <paramref name="end"/>), into <paramref name="removals"/> (cleared).</summary>
    public List<TextSpan> IndicatorRemovals(ImmutableArray<TimeMatch> times, ImmutableArray<ModalityMatch> modals, int start, int end, List<TextSpan> removals)
    {
        removals.Clear();
        foreach (var t in times)
        {
            // 每人每月提高20元: a rate stays in the indicator.
            bool rate = t.Kind == TimeKind.Recurring && t.Span.Start >= 2 && _doc.Text[t.Span.Start - 2] == '每';
            if (t.Span.Start >= start && t.Span.End <= end && !rate)
            {
                removals.Add(t.Span);
            }
        }

        foreach (var m in modals)
        {
            if (m.Span.Start >= start && m.Span.End <= end)
            {
                removals.Add(m.Span);
            }
        }

        return removals;
    }

    public static string RemoveSpans(ReadOnlySpan<char> raw, int rawStart, List<TextSpan> removals)
    {
        var builder = new System.Text.StringBuilder(raw.Length);
        for (int p = 0; p < raw.Length; p++)
        {
            bool removed = false;
            foreach (var r in removals)
            {
                removed |= r.Contains(rawStart + p);
            }

            if (!removed)
            {
                builder.Append(raw[p]);
            }
        }

        return builder.ToString();
    }

    public static string StripChange(string indicator)
    {
        foreach (var w in ChangeWords)
        {
            if (indicator.EndsWith(w, StringComparison.Ordinal))
            {
                indicator = indicator[..^w.Length];
                break;
            }
        }

        foreach (var w in AveragingWords)
        {
            if (indicator.EndsWith(w, StringComparison.Ordinal))
            {
                indicator = indicator[..^w.Length];
            }
        }

        return indicator;
    }

    /// <summary>
    /// The document text from <paramref name="start"/> to <paramref name="end"/> without the characters inside <paramref name="removals"/>,
    /// in a buffer this object reuses: valid until the next call.
    /// </summary>
    private ReadOnlySpan<char> TextWithout(int start, int end, List<TextSpan> removals)
    {
        if (_buffer.Length < end - start)
        {
            _buffer = new char[Math.Max(end - start, 2 * _buffer.Length)];
        }

        string text = _doc.Text;
        int length = 0;
        for (int p = start; p < end; p++)
        {
            bool removed = false;
            foreach (var r in removals)
            {
                removed |= r.Contains(p);
            }

            if (!removed)
            {
                _buffer[length++] = text[p];
            }
        }

        return _buffer.AsSpan(0, length);
    }

    /// <summary>The indicator text before a number: time expressions and modal verbs removed, scope words, fillers and light verbs stripped.</summary>
    public string CleanIndicator(ReadOnlySpan<char> raw, List<TextSpan> removals, int rawStart, out string? lead, out bool atLeast)
    {
        lead = null;
        atLeast = false;
        var s = TextWithout(rawStart, rawStart + raw.Length, removals).Trim().TrimStart("，,、和及与".AsSpan()).Trim();
        foreach (var least in _doc.Cues.AtLeast)
        {
            // 各市（州）至少建成1家…: the subject is before 至少, the floor applies to the number.
            int at = s.IndexOf(least, StringComparison.Ordinal);
            if (at > 0)
            {
                atLeast = true;
                s = s[(at + least.Length)..];
                break;
            }
        }

        for (int guard = 0; guard < 8 && !s.IsEmpty; guard++)
        {
            int duration = LeadingDuration(s);
            if (duration > 0)
            {
                s = s[duration..];
                continue;
            }

            var filler = _doc.Cues.Fillers.LongestPrefix(s) ?? _doc.Cues.Scopes.LongestPrefix(s);
            if (filler is not null)
            {
                s = s[filler.Length..];
                continue;
            }

            var least = _doc.Cues.AtLeast.LongestPrefix(s);
            if (least is not null)
            {
                atLeast = true;
                s = s[least.Length..];
                continue;
            }

            if (s.Length > 2 && s[0] is '将' or '把')
            {
                s = s[1..]; // the disposal marker: 将小规模纳税人增值税起征点…提高到…
                continue;
            }

            var verb = _doc.Cues.IndicatorLeads.LongestPrefix(s);
            if (verb is not null && _doc.IsWordBoundary(s, verb))
            {
                lead = (lead ?? string.Empty) + verb;
                s = s[verb.Length..];
                continue;
            }

            break;
        }

        while (s.EndsWith("再", StringComparison.Ordinal) || s.EndsWith("要", StringComparison.Ordinal) || s.EndsWith("将", StringComparison.Ordinal) || s.EndsWith("在", StringComparison.Ordinal)
            || (s.Length > 2 && s.EndsWith("按", StringComparison.Ordinal)))
        {
            s = s[..^1];
        }

        // 新增排涝能力每秒120立方米: the per-unit belongs to the unit.
        if (s.Length > 3 && s[^2] == '每')
        {
            s = s[..^2];
        }

        s = s.TrimStart('的');
        return s.Trim().ToString();
    }

    /// <summary>
    /// The length of a duration opening an indicator (3年要实现脱贫…, 用5年时间建成…): no part of the indicator. It is no deadline either:
    /// the span runs from a start the text may name elsewhere, so the deadline is left empty rather than guessed.
    /// </summary>
    private static int LeadingDuration(ReadOnlySpan<char> s)
    {
        int p = s.StartsWith("用", StringComparison.Ordinal) ? 1 : 0;
        int digits = p;
        while (digits < s.Length && (ChineseNumerals.IsArabicDigit(s[digits]) || ChineseNumerals.IsNumeralChar(s[digits])))
        {
            digits++;
        }

        if (digits == p || digits - p > 2 || digits >= s.Length || s[digits] != '年')
        {
            return 0;
        }

        int end = digits + 1;
        foreach (var tail in DurationTails)
        {
            if (s[end..].StartsWith(tail, StringComparison.Ordinal))
            {
                end += tail.Length;
                break;
            }
        }

        return end < s.Length ? end : 0;
    }

    /// <summary>Where the last 、/和/及/与 outside brackets and quotes is in <paramref name="phrase"/>, or -1.</summary>
    public static int LastCoordinator(string phrase)
    {
        int depth = 0, last = -1;
        for (int i = NextCoordinator(phrase, 0, ref depth); i >= 0; i = NextCoordinator(phrase, i + 1, ref depth))
        {
            last = i;
        }

        return last;
    }

    /// <summary>
    /// Where the next 、/和/及/与 outside brackets and quotes is in <paramref name="phrase"/> from <paramref name="start"/>, or -1;
    /// <paramref name="depth"/> carries the bracket depth from one call to the next.
    /// </summary>
    public static int NextCoordinator(string phrase, int start, ref int depth)
    {
        for (int i = start; i < phrase.Length; i++)
        {
            char c = phrase[i];
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
                return i;
            }
        }

        return -1;
    }

    /// <summary>After a bracket right after a number (2.5万套（间）城市危旧房): where the noun starts.</summary>
    public int SkipBracket(int position, int end)
    {
        if (position < end && _doc.Text[position] is '（' or '(')
        {
            int close = _doc.Text.AsSpan(position, end - position).IndexOfAny('）', ')') is int k and >= 0 ? position + k : -1;
            if (close > position && close - position <= 6)
            {
                return close + 1;
            }
        }

        return position;
    }

    /// <summary>新增, 新建, 新培育, 新（改）建: a verb of novelty that names what is counted (新增社区养老服务综合体).</summary>
    public static bool IsNewVerb(string pre) => pre.Length is >= 2 and <= 5 && pre[0] == '新' && !pre.Contains('的', StringComparison.Ordinal);

    /// <summary>Whether the text before a number is empty or one word (建设 in 建设8万亩高标准农田), so the noun after the number is what it measures.</summary>
    public bool IsBareVerb(string pre)
    {
        if (pre.Length == 0)
        {
            return true;
        }

        if (pre.Length > 4 || !pre.All(ChineseNumerals.IsCjkIdeograph))
        {
            return false;
        }

        return _doc.Cut(pre) is { Count: 1 };
    }

    public static string CleanPost(ReadOnlySpan<char> post)
    {
        var s = post.Trim().TrimStart('的').Trim();
        int stop = s.IndexOfAny("，,；;。");
        if (stop >= 0)
        {
            s = s[..stop];
        }

        foreach (var tail in ConstructionTails)
        {
            if (s.Length > tail.Length + 1 && s.EndsWith(tail, StringComparison.Ordinal))
            {
                s = s[..^tail.Length];
            }
        }

        return s.TrimEnd('等').ToString();
    }

    /// <summary>The action: the region's text without the removed spans, scope words (for modal-less clauses) and edge punctuation.</summary>
    public string Action(int start, int end, List<TextSpan> removals, bool stripScope)
    {
        var s = TextWithout(start, end, removals).Trim().Trim("，,、：:；;".AsSpan()).Trim();
        if (stripScope)
        {
            for (int guard = 0; guard < 4; guard++)
            {
                var word = _doc.Cues.Scopes.LongestPrefix(s) ?? (s.StartsWith("在", StringComparison.Ordinal) || s.StartsWith("于", StringComparison.Ordinal) ? s[..1].ToString() : null);
                if (word is null || word.Length >= s.Length)
                {
                    break;
                }

                s = s[word.Length..];
            }
        }

        if (s.Length > 1 && s[^1] == '等')
        {
            s = s[..^1];
        }

        if (_doc.Cues.AtLeast.LongestPrefix(s) is { } least && least.Length < s.Length)
        {
            s = s[least.Length..];
        }

        return s.Trim().Trim("，,、".AsSpan()).ToString();
    }
}
