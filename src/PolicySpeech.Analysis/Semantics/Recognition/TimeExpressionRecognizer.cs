using System.Buffers;
using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// Finds time expressions: deadlines (到2025年, 2025年底前), relative years (今年, 年内), recurrences
/// (每年, 定期), plan periods (“十四五”期间, 2024—2026年), spans (三年内, 未来五年) and past
/// references (去年, 过去五年, a year before the reference year) that mark statements of fact.
/// </summary>
/// <remarks>
/// <para>Hand-written, linear scanner over the trigger characters (digits, Chinese numerals, the first
/// characters of Lexicons/Semantics/time-words.txt). Rules:</para>
/// <list type="bullet">
/// <item>A four-digit year (or 二〇二五年) with optional month and 底/末/上半年, optional 前/以前/之前/内,
/// optional leading 到/至/截至/截止/从/自 (included in the span; 力争 is left to the modality recogniser).
/// Kind: 以来 → past; 起/开始/以后 or a leading 从/自 → from; before the reference year → past
/// (到2020年底 in a 2021 report is a review); 截至 → past unless after the reference year; 到/至 or
/// 前 → by; a bare year → by when a reference year is known, else the internal kind year.</item>
/// <item>Year ranges 2024—2026年, 2024年至2026年: period, Year = the last year, StartYear = the first.</item>
/// <item>Five-year plans 十N五 (十四五 = 2021–2025, 十五五 = 2026–2030: end = 1955 + 5N) with straight,
/// curly, mismatched or no quotes, only when followed by a period word (期间, 时期, 末, 期末, 末期, 规划期,
/// 期内); 以来 → past. A bare plan name (“十四五”规划, 国家“十五五”考核目标) is not a time expression.</item>
/// <item>N年内/N年之内/N个月内, 用N年时间: within; Year = reference year + N for years (the brief's rule: 三年内 said
/// in 2024 ends in 2027). 未来N年, 今后N年: within, the N years that open with the reference year (今后五年 said in 2016:
/// 2016–2020; in a Party congress report, from the next year). 过去N年, 近N年, 这N年, N年来: past.
/// Programme names (三年行动, 五年规划, 三年攻坚) are never matched.</item>
/// <item>Month deadlines without a year (6月底前, 到9月底): by, Year = the reference year.</item>
/// <item>The lexicon words (今年 = reference year, 明年 = +1, 当年 = the reference year, 去年 = −1 past,
/// 每年 yearly…). 当年 after 相/每/正 (相当年轻) and 定期 after 不 (不定期) are skipped.</item>
/// </list>
/// </remarks>
internal static class TimeExpressionRecognizer
{
    private readonly record struct TimeWord(string Word, TimeKind Kind, int? Offset, string? Recurrence, int? AbsoluteYear);

    private sealed class Tables
    {
        public required WordSet Index { get; init; }

        public required Dictionary<string, TimeWord> Words { get; init; }

        public required SearchValues<char> Triggers { get; init; }
    }

    private static readonly Lazy<Tables> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly WordSet YearPrefixes = new(["截止到", "截至到", "截至", "截止", "力争到", "争取到", "到", "至", "从", "自", "于", "在"]);

    private static readonly string[] RangeSeparators = ["——", "-", "－", "—", "–", "～", "~", "〜", "至", "到"];

    private static readonly string[] YearParts = ["年底", "年末", "上半年", "下半年", "年中", "底", "末", "中", "初"];

    private static readonly string[] YearSuffixes = ["以前", "之前", "以来", "以后", "之后", "以内", "之内", "开始", "前", "内", "起", "后"];

    private static readonly string[] PlanSuffixes = ["规划期间", "规划期内", "规划期", "期间", "时期", "末期", "期末", "期内", "以来", "末"];

    private static readonly WordSet WithinBefore = new(["未来", "今后", "此后", "往后"]);

    private static readonly WordSet PastBefore = new(["过去", "最近", "近", "这"]);

    private const string Quotes = "“”\"‘’「」『』'";

    /// <summary>Finds the time expressions of <paramref name="text"/>.</summary>
    /// <param name="text">A clause, sentence or document.</param>
    /// <param name="referenceYear">The document's reference year, or null when unknown.</param>
    /// <param name="baseOffset">Added to every span.</param>
    /// <param name="periodsFromNextYear">Whether the years ahead (今后五年, 未来三年) start after the reference year, as in a Party congress
    /// report given in the autumn, rather than with it, as in a work report given in spring (今后五年 in 2016: 2016–2020).</param>
    /// <returns>The time expressions in text order, not overlapping.</returns>
    internal static ImmutableArray<TimeMatch> Recognize(string text, int? referenceYear, int baseOffset = 0, bool periodsFromNextYear = false) =>
        Recognize(text.AsSpan(), referenceYear, baseOffset, periodsFromNextYear);

    /// <inheritdoc cref="Recognize(string, int?, int, bool)"/>
    internal static ImmutableArray<TimeMatch> Recognize(ReadOnlySpan<char> text, int? referenceYear, int baseOffset = 0, bool periodsFromNextYear = false)
    {
        var tables = Data.Value;
        ImmutableArray<TimeMatch>.Builder? result = null;
        int i = 0;
        while ((i = TriggerSearch.Next(text, i, tables.Triggers)) >= 0)
        {
            var m = MatchAt(text, i, referenceYear, periodsFromNextYear, tables, out int start, out int end, out int next);
            if (m is { } found)
            {
                result ??= ImmutableArray.CreateBuilder<TimeMatch>();
                result.Add(new TimeMatch(new TextSpan(baseOffset + start, end - start), text[start..end].ToString(), found.Kind, found.Year, found.StartYear, found.Recurrence));
                i = end;
            }
            else
            {
                i = Math.Max(next, i + 1);
            }
        }

        return result?.ToImmutable() ?? [];
    }

    private readonly record struct Found(TimeKind Kind, int? Year, int? StartYear, string? Recurrence);

    private static Found? MatchAt(ReadOnlySpan<char> text, int i, int? refYear, bool periodsFromNextYear, Tables tables, out int start, out int end, out int next)
    {
        start = i;
        end = i;
        next = i + 1;
        char c = text[i];

        if (ChineseNumerals.IsArabicDigit(c) || ChineseNumerals.IsNumeralChar(c))
        {
            if (i > 0 && (ChineseNumerals.IsArabicDigit(text[i - 1]) || text[i - 1] is '.' or '．'))
            {
                next = SkipNumber(text, i);
                return null;
            }

            var plan = MatchPlan(text, i, refYear, out start, out end);
            if (plan is not null)
            {
                return plan;
            }

            var year = MatchYear(text, i, refYear, out start, out end);
            if (year is not null)
            {
                return year;
            }

            var span = MatchSpanOrMonth(text, i, refYear, periodsFromNextYear, out start, out end);
            if (span is not null)
            {
                return span;
            }

            if (ChineseNumerals.IsArabicDigit(c))
            {
                next = SkipNumber(text, i);
                return null;
            }
        }

        string? word = tables.Index.LongestAt(text, i);
        if (word is null)
        {
            return null;
        }

        if ((word == "当年" && i > 0 && text[i - 1] is '相' or '每' or '正' or '适')
            || (word == "定期" && i > 0 && text[i - 1] == '不')
            || (word[0] == '年' && i > 0 && (ChineseNumerals.IsNumeralChar(text[i - 1]) || ChineseNumerals.IsArabicDigit(text[i - 1]))))
        {
            next = i + word.Length;
            return null;
        }

        var tw = tables.Words[word];
        start = i;
        end = i + word.Length;
        if (tw.Kind is TimeKind.Relative or TimeKind.By)
        {
            start = ExtendPrefix(text, start, out _);
        }

        return tw.Kind switch
        {
            TimeKind.Recurring => new Found(TimeKind.Recurring, null, null, tw.Recurrence),
            TimeKind.By => new Found(TimeKind.By, tw.AbsoluteYear, null, null),
            _ => new Found(tw.Kind, refYear + tw.Offset, null, null),
        };
    }

    private static int SkipNumber(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (ChineseNumerals.IsArabicDigit(text[i]) || text[i] is '.' or '．'))
        {
            i++;
        }

        return i;
    }

    /// <summary>Moves <paramref name="start"/> left over 到/至/截至/从… and returns the new start.</summary>
    private static int ExtendPrefix(ReadOnlySpan<char> text, int start, out string? prefix)
    {
        prefix = YearPrefixes.LongestEndingAt(text, start);
        if (prefix is null or "于" or "在")
        {
            return start;
        }

        // 力争到 / 争取到: keep 力争 for the modality recogniser, take only 到.
        if (prefix is "力争到" or "争取到")
        {
            prefix = "到";
        }

        return start - prefix.Length;
    }

    /// <summary>Scans a four-digit year (Arabic or Chinese) at <paramref name="i"/> followed by 年; returns its end or -1.</summary>
    private static int ScanYear(ReadOnlySpan<char> text, int i, bool requireNian, out int year)
    {
        year = 0;
        if (i + 4 > text.Length)
        {
            return -1;
        }

        bool arabic = ChineseNumerals.IsArabicDigit(text[i]);
        for (int q = i; q < i + 4; q++)
        {
            if (arabic ? !ChineseNumerals.IsArabicDigit(text[q]) : (ChineseNumerals.DigitValue(text[q]) < 0 || text[q] == '两'))
            {
                return -1;
            }

            year = (year * 10) + (arabic ? ChineseNumerals.ArabicValue(text[q]) : ChineseNumerals.DigitValue(text[q]));
        }

        if (year is < 1900 or > 2199)
        {
            return -1;
        }

        int j = i + 4;
        if (j < text.Length && (ChineseNumerals.IsArabicDigit(text[j]) || ChineseNumerals.IsChineseDigit(text[j])))
        {
            return -1;
        }

        if (j < text.Length && text[j] == '年')
        {
            return j + 1;
        }

        return requireNian ? -1 : j;
    }

    private static Found? MatchYear(ReadOnlySpan<char> text, int i, int? refYear, out int start, out int end)
    {
        start = i;
        end = i;
        int j = ScanYear(text, i, requireNian: false, out int y1);
        if (j < 0)
        {
            return null;
        }

        bool hasNian = text[j - 1] == '年';

        // Ranges: 2024—2026年, 2024年至2026年.
        foreach (var sep in RangeSeparators)
        {
            if (text[j..].StartsWith(sep, StringComparison.Ordinal))
            {
                int j2 = ScanYear(text, j + sep.Length, requireNian: true, out int y2);
                if (j2 > 0 && y2 >= y1)
                {
                    start = ExtendPrefix(text, i, out _);
                    end = j2;
                    TimeKind kind = refYear is { } r && y2 < r ? TimeKind.Past : TimeKind.Period;
                    return new Found(kind, y2, y1, null);
                }

                break;
            }
        }

        if (!hasNian)
        {
            return null;
        }

        int p = j;

        // Optional month: 6月, 十二月, 6月份, 6月底.
        int monthEnd = ScanMonth(text, p);
        if (monthEnd > 0)
        {
            p = monthEnd;
            if (p < text.Length && text[p] == '份')
            {
                p++;
            }
        }

        foreach (var part in YearParts)
        {
            if (text[p..].StartsWith(part, StringComparison.Ordinal))
            {
                p += part.Length;
                break;
            }
        }

        string? suffix = null;
        foreach (var s in YearSuffixes)
        {
            if (text[p..].StartsWith(s, StringComparison.Ordinal))
            {
                suffix = s;
                p += s.Length;
                break;
            }
        }

        start = ExtendPrefix(text, i, out string? prefix);
        end = p;

        TimeKind kindOf;
        if (suffix == "以来")
        {
            kindOf = TimeKind.Past;
        }
        else if (suffix is "起" or "开始" or "以后" or "之后" or "后" || (prefix is "从" or "自"))
        {
            kindOf = TimeKind.From;
        }
        else if (refYear is { } r && y1 < r)
        {
            kindOf = TimeKind.Past;
        }
        else if (prefix is "截至" or "截止" or "截止到" or "截至到")
        {
            kindOf = refYear is { } r2 && y1 > r2 ? TimeKind.By : TimeKind.Past;
        }
        else if (prefix is "到" or "至" || suffix is not null)
        {
            kindOf = TimeKind.By;
        }
        else
        {
            kindOf = refYear is null ? TimeKind.Year : TimeKind.By;
        }

        return new Found(kindOf, y1, null, null);
    }

    /// <summary>A month 1–12 (Arabic or Chinese) followed by 月 at <paramref name="p"/>; returns the end or -1.</summary>
    private static int ScanMonth(ReadOnlySpan<char> text, int p)
    {
        int q = p;
        while (q < text.Length && q - p < 3 && (ChineseNumerals.IsArabicDigit(text[q]) || ChineseNumerals.IsNumeralChar(text[q])))
        {
            q++;
        }

        if (q == p || q >= text.Length || text[q] != '月')
        {
            return -1;
        }

        var digits = text[p..q];
        double v;
        bool ok = ChineseNumerals.IsArabicDigit(digits[0]) ? ChineseNumerals.TryParseArabic(digits, out v) : ChineseNumerals.TryParse(digits, out v);
        return ok && v is >= 1 and <= 12 ? q + 1 : -1;
    }

    private static Found? MatchPlan(ReadOnlySpan<char> text, int i, int? refYear, out int start, out int end)
    {
        start = i;
        end = i;
        if (text[i] != '十' || i + 2 >= text.Length || text[i + 2] != '五')
        {
            return null;
        }

        int d = ChineseNumerals.DigitValue(text[i + 1]);
        if (d <= 0 || (i > 0 && ChineseNumerals.IsNumeralChar(text[i - 1])))
        {
            return null;
        }

        int p = i + 3;
        if (p < text.Length && Quotes.Contains(text[p]))
        {
            p++;
        }

        string? suffix = null;
        foreach (var s in PlanSuffixes)
        {
            if (text[p..].StartsWith(s, StringComparison.Ordinal))
            {
                suffix = s;
                break;
            }
        }

        if (suffix is null)
        {
            return null;
        }

        int n = 10 + d;
        int last = 1955 + (5 * n);
        start = i > 0 && Quotes.Contains(text[i - 1]) ? i - 1 : i;
        start = ExtendPrefix(text, start, out _);
        end = p + suffix.Length;
        TimeKind kind = suffix == "以来" || (refYear is { } r && last < r) ? TimeKind.Past : TimeKind.Period;
        return new Found(kind, last, last - 4, null);
    }

    private static Found? MatchSpanOrMonth(ReadOnlySpan<char> text, int i, int? refYear, bool periodsFromNextYear, out int start, out int end)
    {
        start = i;
        end = i;

        int monthEnd = ScanMonth(text, i);
        if (monthEnd > 0)
        {
            // 2024年3月 is a date (MatchYear's); after 今年/明年 (明年3月底前) the month is a deadline of its own.
            if (i > 0 && (ChineseNumerals.IsArabicDigit(text[i - 1])
                || (text[i - 1] == '年' && (i < 2 || ChineseNumerals.IsArabicDigit(text[i - 2]) || ChineseNumerals.IsNumeralChar(text[i - 2]) || text[i - 2] is '〇' or '零' or '○'))))
            {
                return null;
            }

            int p = monthEnd;
            bool part = false;
            if (p < text.Length && text[p] is '底' or '末')
            {
                p++;
                part = true;
            }

            string? suffix = null;
            foreach (var s in (ReadOnlySpan<string>)["以前", "之前", "前"])
            {
                if (text[p..].StartsWith(s, StringComparison.Ordinal))
                {
                    suffix = s;
                    p += s.Length;
                    break;
                }
            }

            int st = ExtendPrefix(text, i, out string? prefix);
            if (suffix is not null || (prefix is "到" or "至" && part))
            {
                start = st;
                end = p;
                return new Found(TimeKind.By, refYear, null, null);
            }

            return null;
        }

        // A small number, then 年 / 个月 / 个年头.
        int q = i;
        bool arabic = ChineseNumerals.IsArabicDigit(text[i]);
        while (q < text.Length && q - i < 3 && (arabic ? ChineseNumerals.IsArabicDigit(text[q]) : ChineseNumerals.IsNumeralChar(text[q])))
        {
            q++;
        }

        if (q == i || q >= text.Length)
        {
            return null;
        }

        double n;
        if (!(arabic ? ChineseNumerals.TryParseArabic(text[i..q], out n) : ChineseNumerals.TryParse(text[i..q], out n)) || n <= 0 || n > 100)
        {
            return null;
        }

        int u = q;
        bool years;
        if (text[u..].StartsWith("年", StringComparison.Ordinal) && !text[u..].StartsWith("年级", StringComparison.Ordinal) && !text[u..].StartsWith("年代", StringComparison.Ordinal))
        {
            u += 1;
            years = true;
        }
        else if (text[u..].StartsWith("个年头", StringComparison.Ordinal))
        {
            u += 3;
            years = true;
        }
        else if (text[u..].StartsWith("个月", StringComparison.Ordinal))
        {
            u += 2;
            years = false;
        }
        else
        {
            return null;
        }

        var rest = text[u..];
        foreach (var programme in (ReadOnlySpan<string>)["行动", "计划", "规划", "攻坚", "专项"])
        {
            if (rest.StartsWith(programme, StringComparison.Ordinal))
            {
                return null;
            }
        }

        int? withinYear = years && refYear is { } r ? r + (int)n : null;
        string? before = WithinBefore.LongestEndingAt(text, i);
        string? pastBefore = before is null ? PastBefore.LongestEndingAt(text, i) : null;
        string? within = null;
        foreach (var s in (ReadOnlySpan<string>)["之内", "以内", "内"])
        {
            if (rest.StartsWith(s, StringComparison.Ordinal))
            {
                within = s;
                break;
            }
        }

        string? pastAfter = null;
        foreach (var s in (ReadOnlySpan<string>)["多来", "以来", "来"])
        {
            if (rest.StartsWith(s, StringComparison.Ordinal))
            {
                pastAfter = s;
                break;
            }
        }

        if (before is not null)
        {
            // The years ahead (今后五年, 未来三年内) are a period that opens with the reference year (今后五年 in the 2016 report:
            // 2016–2020), or with the next one where the document says so.
            start = i - before.Length;
            end = u + (within?.Length ?? 0);
            int? first = refYear + (periodsFromNextYear ? 1 : 0);
            return new Found(TimeKind.Within, years ? first + (int)n - 1 : null, first, null);
        }

        if (pastBefore is not null || pastAfter is not null)
        {
            start = i - (pastBefore?.Length ?? 0);
            end = u + (pastAfter?.Length ?? 0);
            return new Found(TimeKind.Past, null, null, null);
        }

        if (within is not null)
        {
            end = u + within.Length;
            return new Found(TimeKind.Within, withinYear, refYear, null);
        }

        // 用三年时间 / 用3年左右时间.
        if (i > 0 && text[i - 1] == '用')
        {
            int t = u;
            if (rest.StartsWith("左右", StringComparison.Ordinal))
            {
                t += 2;
            }

            if (text[t..].StartsWith("时间", StringComparison.Ordinal))
            {
                start = i - 1;
                end = t + 2;
                return new Found(TimeKind.Within, withinYear, refYear, null);
            }
        }

        return null;
    }

    private static Tables Load()
    {
        var words = new Dictionary<string, TimeWord>(StringComparer.Ordinal);
        foreach (var row in Lexicons.LexiconReader.ReadRows("Semantics/time-words.txt"))
        {
            string arg = row.Length > 2 ? row[2] : string.Empty;
            var kind = TimeKinds.Parse(row[1]);
            words[row[0]] = kind switch
            {
                TimeKind.Recurring => new TimeWord(row[0], kind, null, arg, null),
                TimeKind.By => new TimeWord(row[0], kind, null, null, int.Parse(arg, System.Globalization.CultureInfo.InvariantCulture)),
                _ => new TimeWord(row[0], kind, arg.Length == 0 ? null : int.Parse(arg, System.Globalization.CultureInfo.InvariantCulture), null, null),
            };
        }

        var triggers = new HashSet<char>("0123456789０１２３４５６７８９" + ChineseNumerals.NumeralChars);
        foreach (var w in words.Keys)
        {
            triggers.Add(w[0]);
        }

        return new Tables
        {
            Index = new WordSet(words.Keys),
            Words = words,
            Triggers = SearchValues.Create(new string(triggers.ToArray())),
        };
    }
}
