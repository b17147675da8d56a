using System.Buffers;
using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// Finds quantities in a piece of text: a number (Arabic, Chinese, 百分之…, or a redaction
/// placeholder), its unit, and the comparator words around it.
/// </summary>
/// <remarks>
/// <para>Hand-written scanner: it jumps (vectorised <see cref="SearchValues{T}"/>) to the next digit,
/// Chinese numeral or placeholder character and looks only around it, so the cost is linear in the
/// text with no backtracking. Lexicons: Lexicons/Semantics/units.txt, comparators.txt and
/// quantity-qualifiers.txt, loaded once.</para>
/// <para>Decisions (each tested):</para>
/// <list type="bullet">
/// <item>A quantity needs a unit (or 百分之). A bare number is never returned: 12315热线, 3月5日, the
/// numbers of 十四五 and 二十届三中全会 (届/中 are not units) fall out that way.</item>
/// <item>Years are not quantities: a four-digit number (or four Chinese digits) before 年, and year
/// ranges (2024—2026年). Time spans that TimeExpressionRecognizer owns are skipped too: N年 or N个月
/// after 未来/过去/今后/近/这/最近 or before 内/之内/以内/来/以来/间, and programme names (三年行动,
/// 五年规划, 三年攻坚). Other durations (用3年时间, 1小时以上) are quantities.</item>
/// <item>Not quantities: ordinals (第一, 第七次), numbers glued to Latin letters (5G, 4A级, PM2.5,
/// COVID-19), grades (三级, 一类, 三年级: 级/类/批/线 are not units; 年级 is a non-unit), anniversaries
/// (70周年), decades (90年代).</item>
/// <item>Chinese numerals are stricter than Arabic ones because they occur inside ordinary words: a
/// lone 一 before a classifier, a time unit or 成 is an article (一批, 一项, 一年, 一成不变), not a count;
/// a Chinese numeral cannot start with 百/千/万/亿 (千万 = "by all means", 百姓) except after 每 or in
/// 百分之百; a Chinese numeral followed by a bare magnitude (三千万) and nothing else is dropped.</item>
/// <item>Qualifiers (<see cref="QuantityKind.Qualifier"/>): a number after 每 (每千人, 每万人口: a
/// per-capita base), an age (岁) followed by a noun (3岁以下婴幼儿, 60岁及以上老年人), and the size
/// classes of quantity-qualifiers.txt (规模以上).</item>
/// <item>Comparators: the word after the number wins (达**%以上 is &gt;=), then a non-"=" word before it
/// (不低于, 约), else "=". 控制在 alone is a ceiling (&lt;=). A range is "range". Change words (增长,
/// 下降, 提高…) set <see cref="QuantityMatch.IsChange"/>; 提高到/降低至… are levels.</item>
/// <item>Coordination: in <c>*%和*%以下</c> or <c>分别增长7%和8%</c> the words shared by two quantities
/// joined by 和/、/与/及/或 are shared: the first takes the second's after-word, the second the first's
/// before-word (comparator and change flag), when they have none of their own.</item>
/// <item>Units are kept as written (1.4万亿斤 → 1.4 万亿斤), except width (％ → %), 成 (三成 → 30 %)
/// and 百分之 (百分之九十五 → 95 %).</item>
/// </list>
/// </remarks>
internal static class QuantityRecognizer
{
    private enum UnitCategory
    {
        Percent,
        Points,
        Ratio,
        Multiple,
        Measure,
        Count,
        Time,
        Age,
        Prefix,
        None,
    }

    private readonly record struct UnitInfo(string Text, UnitCategory Category);

    private readonly record struct ComparatorWord(string Word, ComparatorKind Comparator, bool IsChange);

    private sealed class Tables
    {
        public required Dictionary<string, UnitInfo> Units { get; init; }

        public required int MaxUnitLength { get; init; }

        public required SearchValues<char> UnitFirstChars { get; init; }

        public required WordSet BeforeWords { get; init; }

        public required string[] AfterWords { get; init; }

        public required Dictionary<string, ComparatorWord> Comparators { get; init; }

        public required (string Word, ComparatorKind Comparator)[] Qualifiers { get; init; }

        public required string[] Idioms { get; init; }

        public required WordSet QualifierSearch { get; init; }

        public required WordSet IdiomSearch { get; init; }
    }

    private static readonly Lazy<Tables> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly SearchValues<char> Triggers = SearchValues.Create(
        "0123456789０１２３４５６７８９*＊×XＸ" + ChineseNumerals.NumeralChars);

    private static readonly string[] RangeSeparators = ["——", "－－", "--", "-", "－", "—", "–", "―", "～", "~", "〜", "至", "到"];

    private static readonly string[] CoordinationWords = ["和", "、", "与", "及", "或", "以及"];

    private static readonly WordSet TimeSpanBefore = new(["未来", "过去", "今后", "最近", "近", "这", "前"]);

    private static readonly string[] TimeSpanAfter = ["之内", "以内", "以来", "内", "来", "间", "行动", "计划", "规划", "攻坚", "专项"];

    /// <summary>Finds the quantities of <paramref name="text"/>.</summary>
    /// <param name="text">A clause, sentence or whole document.</param>
    /// <param name="baseOffset">Added to every span (the offset of <paramref name="text"/> in the document).</param>
    /// <returns>The quantities in text order, not overlapping.</returns>
    internal static ImmutableArray<QuantityMatch> Recognize(string text, int baseOffset = 0) => Recognize(text.AsSpan(), baseOffset);

    /// <inheritdoc cref="Recognize(string, int)"/>
    internal static ImmutableArray<QuantityMatch> Recognize(ReadOnlySpan<char> text, int baseOffset = 0)
    {
        var tables = Data.Value;
        List<Builder>? found = null; // most sentences hold no number
        int i = 0;
        while ((i = TriggerSearch.Next(text, i, Triggers)) >= 0)
        {
            if (TryMatchAt(text, i, tables, out var b, out int next))
            {
                (found ??= []).Add(b);
            }

            i = Math.Max(next, i + 1);
        }

        foreach (var (word, comparator) in tables.QualifierSearch.ContainsAny(text) ? tables.Qualifiers : [])
        {
            int from = 0;
            while (from < text.Length)
            {
                int at = text[from..].IndexOf(word, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;
                (found ??= []).Add(new Builder
                {
                    Start = at,
                    End = at + word.Length,
                    NumberStart = at,
                    NumberEnd = at,
                    Comparator = comparator,
                    AfterComparator = comparator,
                    Kind = QuantityKind.Qualifier,
                });
                from = at + word.Length;
            }
        }

        if (found is null)
        {
            return [];
        }

        // 八项规定, 铁人三项: a numeral inside a fixed expression.
        foreach (var idiom in tables.IdiomSearch.ContainsAny(text) ? tables.Idioms : [])
        {
            for (int at = text.IndexOf(idiom, StringComparison.Ordinal), from; at >= 0; at = (from = at + idiom.Length) < text.Length && text[from..].IndexOf(idiom, StringComparison.Ordinal) is int n and >= 0 ? from + n : -1)
            {
                int idiomEnd = at + idiom.Length;
                found.RemoveAll(b => b.NumberStart >= at && b.NumberStart < idiomEnd);
            }
        }

        if (found.Count == 0)
        {
            return [];
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        ShareCoordinatedWords(text, found);

        var result = ImmutableArray.CreateBuilder<QuantityMatch>(found.Count);
        int lastEnd = -1;
        foreach (var b in found)
        {
            if (b.Start < lastEnd)
            {
                continue;
            }

            lastEnd = b.End;
            result.Add(new QuantityMatch(
                new TextSpan(baseOffset + b.Start, b.End - b.Start),
                TextSpan.FromBounds(baseOffset + b.NumberStart, baseOffset + b.NumberEnd),
                b.UnitEnd > b.UnitStart ? TextSpan.FromBounds(baseOffset + b.UnitStart, baseOffset + b.UnitEnd) : null,
                text[b.Start..b.End].ToString(),
                b.Value,
                b.ValueHigh,
                b.Unit,
                b.Redacted,
                b.Comparator,
                b.IsChange,
                b.Kind));
        }

        return result.ToImmutable();
    }

    private sealed class Builder
    {
        public int Start;
        public int End;
        public int NumberStart;
        public int NumberEnd;
        public int UnitStart;
        public int UnitEnd;
        public double? Value;
        public double? ValueHigh;
        public string? Unit;
        public bool Redacted;
        public ComparatorKind Comparator = ComparatorKind.Equal;
        public ComparatorKind? BeforeComparator;
        public ComparatorKind? AfterComparator;
        public bool HasBeforeWord;
        public bool IsChange;
        public bool IsRange;
        public QuantityKind Kind;
    }

    private struct NumberToken
    {
        public int Start;
        public int End;          // end of the numeral characters
        public int UnitSearch;   // where the unit starts (before a peeled 万/亿 of a Chinese numeral)
        public double? Value;
        public bool Redacted;
        public bool Chinese;
        public bool PercentWord; // 百分之…
        public bool YearLike;    // four-digit integer
        public bool LoneYi;      // the single character 一
        public bool LeadingMultiplier;
        public bool Decimal;     // 十八点五: a Chinese numeral with 点 and digits after it
    }

    private static bool IsStar(char c) => c is '*' or '＊';

    private static bool IsXPlaceholder(char c) => c is '×' or 'X' or 'Ｘ';

    private static bool ScanNumber(ReadOnlySpan<char> text, int i, out NumberToken t)
    {
        t = default;
        t.Start = i;
        char c0 = text[i];

        if (c0 == '百' && i + 3 < text.Length && text[i + 1] == '分' && text[i + 2] == '之')
        {
            if (!ScanNumber(text, i + 3, out var inner) || inner.PercentWord)
            {
                return false;
            }

            inner.PercentWord = true;
            inner.Start = i;
            inner.LoneYi = false;
            inner.LeadingMultiplier = false;
            inner.UnitSearch = inner.End;
            if (inner.Chinese && !inner.Decimal && inner.End > i + 3)
            {
                // 百分之九十五: no peeling of 万/亿 after 百分之.
                if (!ChineseNumerals.TryParse(text[(i + 3)..inner.End], out double v))
                {
                    return false;
                }

                inner.Value = v;
            }

            t = inner;
            return true;
        }

        if (IsXPlaceholder(c0))
        {
            int j = i;
            while (j < text.Length && IsXPlaceholder(text[j]))
            {
                j++;
            }

            if (j - i < 2 || (j < text.Length && ChineseNumerals.IsAsciiLetter(text[j])) || (i > 0 && ChineseNumerals.IsAsciiLetter(text[i - 1])))
            {
                t.End = j;
                return false;
            }

            t.End = t.UnitSearch = j;
            t.Redacted = true;
            return true;
        }

        if (ChineseNumerals.IsArabicDigit(c0) || IsStar(c0))
        {
            int j = i;
            bool dot = false, star = false;
            int digits = 0;
            while (j < text.Length)
            {
                char c = text[j];
                if (ChineseNumerals.IsArabicDigit(c))
                {
                    digits++;
                    j++;
                }
                else if (IsStar(c))
                {
                    star = true;
                    j++;
                }
                else if ((c is '.' or '．') && !dot && j > i && j + 1 < text.Length
                         && (ChineseNumerals.IsArabicDigit(text[j + 1]) || IsStar(text[j + 1])))
                {
                    dot = true;
                    j++;
                }
                else if (c == ',' && !dot && !star && j > i && j + 3 < text.Length
                         && ChineseNumerals.IsArabicDigit(text[j + 1]) && ChineseNumerals.IsArabicDigit(text[j + 2]) && ChineseNumerals.IsArabicDigit(text[j + 3])
                         && (j + 4 >= text.Length || !ChineseNumerals.IsArabicDigit(text[j + 4])))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            t.End = t.UnitSearch = j;
            t.Redacted = star;
            if (!star)
            {
                if (!ChineseNumerals.TryParseArabic(text[i..j], out double v))
                {
                    return false;
                }

                t.Value = v;
                t.YearLike = !dot && digits == 4 && (j - i) == 4;
            }

            return true;
        }

        if (ChineseNumerals.IsNumeralChar(c0))
        {
            int j = i;
            while (j < text.Length && ChineseNumerals.IsNumeralChar(text[j]))
            {
                j++;
            }

            t.End = j;
            t.Chinese = true;
            if (j + 1 < text.Length && text[j] == '点' && ChineseNumerals.IsChineseDigit(text[j + 1]) && text[j + 1] != '两'
                && !ChineseNumerals.IsMagnitude(text[j - 1]) && ChineseNumerals.TryParse(text[i..j], out double whole))
            {
                // 十八点五, 一点五万亿: the digits after 点 are the decimals; a magnitude after them is the unit's (万亿斤).
                int k = j + 1;
                double fraction = 0, scale = 0.1;
                while (k < text.Length && ChineseNumerals.IsChineseDigit(text[k]) && text[k] != '两')
                {
                    fraction += ChineseNumerals.DigitValue(text[k]) * scale;
                    scale /= 10;
                    k++;
                }

                t.End = t.UnitSearch = k;
                t.Value = Math.Round(whole + fraction, 10);
                t.Decimal = true;
                t.LeadingMultiplier = c0 is '百' or '千' or '万' or '亿';
                return true;
            }

            int core = j;
            while (core > i && ChineseNumerals.IsMagnitude(text[core - 1]))
            {
                core--;
            }

            if (core == i)
            {
                core = j; // 每万人: the magnitude is the number
            }
            else if (core < j && text[i..core].IndexOf('亿') >= 0)
            {
                core = j; // 三亿六千万吨: the 万 belongs to 六千 inside the number (3.6亿), not to the unit
            }

            if (!ChineseNumerals.TryParse(text[i..core], out double v))
            {
                return false;
            }

            t.Value = v;
            t.UnitSearch = core;
            t.LoneYi = core - i == 1 && c0 == '一';
            t.LeadingMultiplier = c0 is '百' or '千' or '万' or '亿';
            bool allDigits = true;
            for (int q = i; q < core; q++)
            {
                allDigits &= ChineseNumerals.IsChineseDigit(text[q]);
            }

            t.YearLike = allDigits && core - i == 4;
            return true;
        }

        t.End = i + 1;
        return false;
    }

    private static bool IsSessionOrdinal(ReadOnlySpan<char> rest)
    {
        int stop = Math.Min(rest.Length, 10);
        for (int k = 0; k < stop; k++)
        {
            if (rest[k..].StartsWith("全会", StringComparison.Ordinal) || rest[k..].StartsWith("全体会议", StringComparison.Ordinal))
            {
                return true;
            }

            if (!(ChineseNumerals.IsNumeralChar(rest[k]) || rest[k] is '次' or '、' or '和' or '届'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="unit"/> (as in <see cref="QuantityMatch.Unit"/>) is a classifier that counts the noun after it (66个重点县, 5万个行政村), not a person count (人, 人次) or a frequency (次).</summary>
    internal static bool IsClassifier(string? unit)
    {
        if (unit is null || unit.Contains('/', StringComparison.Ordinal) || !Data.Value.Units.TryGetValue(unit, out var info) || info.Category != UnitCategory.Count)
        {
            return false;
        }

        string bare = unit.TrimStart("十百千万亿".ToCharArray());
        return bare is not ("人" or "人口" or "人次" or "次" or "对" or "单" or "口" or "床" or "场次" or "标箱" or "轮");
    }

    /// <summary>Whether <paramref name="unit"/> is a physical or money measure (万亩, 公里, 亿元), composite ones included.</summary>
    internal static bool IsMeasure(string? unit) =>
        unit is not null && Data.Value.Units.TryGetValue(unit.Split('/')[0], out var info) && info.Category == UnitCategory.Measure;

    /// <summary>
    /// The longest unit of <c>units.txt</c> written at <paramref name="at"/> (a magnitude alone counts: <c>**万</c>), or
    /// <see langword="null"/>; an entry of category <c>none</c> (家政, 人才) is no unit. Used by <see cref="PlaceholderRecognizer"/>.
    /// </summary>
    internal static string? UnitAt(string text, int at) =>
        MatchUnit(text, at, Data.Value, out int length) is { Category: not UnitCategory.None } ? text.Substring(at, length) : null;

    private static UnitInfo? MatchUnit(ReadOnlySpan<char> text, int p, Tables tables, out int length)
    {
        length = 0;
        if (p >= text.Length || !tables.UnitFirstChars.Contains(text[p]))
        {
            return null;
        }

        var lookup = tables.Units.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int len = Math.Min(tables.MaxUnitLength, text.Length - p); len >= 1; len--)
        {
            if (lookup.TryGetValue(text.Slice(p, len), out var info))
            {
                length = len;
                return info;
            }
        }

        return null;
    }

    private static bool TryMatchAt(ReadOnlySpan<char> text, int i, Tables tables, out Builder b, out int next)
    {
        b = null!;
        if (!ScanNumber(text, i, out var first))
        {
            next = Math.Max(first.End, i + 1);
            return false;
        }

        next = first.End;

        // 零部件, 零售: a lone 零 is no number.
        if (first.Chinese && first.End - i == 1 && text[i] is '零' or '〇')
        {
            return false;
        }

        // Codes: 5G, PM2.5, COVID-19, 4A级.
        if (!first.Chinese && !first.PercentWord)
        {
            bool letterBefore = i > 0 && (ChineseNumerals.IsAsciiLetter(text[i - 1])
                || (i > 1 && text[i - 1] is '-' or '.' && ChineseNumerals.IsAsciiLetter(text[i - 2])));
            bool letterAfter = first.End < text.Length && ChineseNumerals.IsAsciiLetter(text[first.End]);
            if (letterBefore || letterAfter)
            {
                return false;
            }
        }

        // Ordinals: 第一, 第3.
        if (i > 0 && text[i - 1] == '第')
        {
            return false;
        }

        bool perBase = i > 0 && text[i - 1] == '每';
        if (first.Chinese && !first.PercentWord && first.LeadingMultiplier && !perBase)
        {
            return false;
        }

        // Years and year ranges: 2025年, 二〇二五年, 2024—2026年.
        if (first.YearLike)
        {
            if (first.UnitSearch < text.Length && text[first.UnitSearch] == '年')
            {
                return false;
            }

            int s = AfterSeparator(text, first.UnitSearch);
            if (s > 0 && ScanNumber(text, s, out var y2) && y2.YearLike)
            {
                next = y2.End;
                return false;
            }
        }

        int p = first.UnitSearch;
        bool approx = false;
        if (!first.PercentWord && p < text.Length && text[p] is '多' or '余' && !first.Chinese)
        {
            approx = true;
            p++;
        }

        UnitInfo? unit;
        int unitStart = p, unitLength = 0;
        if (first.PercentWord)
        {
            unit = new UnitInfo("%", UnitCategory.Percent);
            unitStart = p;
        }
        else
        {
            unit = MatchUnit(text, p, tables, out unitLength);
        }

        // A range: 4.5-5%, 5.5%—6%, 3至5个.
        var second = default(NumberToken);
        bool isRange = false;
        UnitInfo? unit2 = null;
        int unit2Start = 0, unit2Length = 0;
        {
            int afterFirst = unit is null || first.PercentWord ? p : p + unitLength;
            int s = AfterSeparator(text, afterFirst);
            if (s > 0 && ScanNumber(text, s, out second) && !second.YearLike && second.PercentWord == first.PercentWord)
            {
                int p2 = second.UnitSearch;
                if (!second.PercentWord && p2 < text.Length && text[p2] is '多' or '余' && !second.Chinese)
                {
                    p2++;
                }

                unit2 = second.PercentWord ? new UnitInfo("%", UnitCategory.Percent) : MatchUnit(text, p2, tables, out unit2Length);
                unit2Start = p2;
                if (unit2 is { } u2 && u2.Category != UnitCategory.None && (unit is null || unit.Value.Text == u2.Text)
                    && !(second.Chinese && second.LoneYi))
                {
                    isRange = true;
                }
            }
        }

        int end;
        if (isRange)
        {
            unit = unit2;
            unitStart = unit2Start;
            unitLength = unit2Length;
            end = second.PercentWord ? second.End : unit2Start + unit2Length;
        }
        else
        {
            if (unit is null)
            {
                return false;
            }

            end = first.PercentWord ? first.End : p + unitLength;
        }

        var u = unit!.Value;
        if (u.Category == UnitCategory.None)
        {
            next = end;
            return false;
        }

        if (first.Chinese && !first.PercentWord)
        {
            if (first.LoneYi && !isRange && u.Category is UnitCategory.Count or UnitCategory.Time or UnitCategory.Ratio or UnitCategory.Age)
            {
                return false;
            }

            if (u.Category == UnitCategory.Prefix && !perBase)
            {
                return false;
            }
        }

        // Session ordinals: 十三届七次全会, 七次、八次全会.
        if (u.Text == "次" && ((i > 0 && text[i - 1] == '届') || IsSessionOrdinal(text[end..])))
        {
            next = end;
            return false;
        }

        // Composite units: 30微克/立方米, 16.9万吨/日.
        int perLength = 0;
        string? perUnit = null;
        if (u.Category is UnitCategory.Measure or UnitCategory.Count && end < text.Length && text[end] is '/' or '／'
            && MatchUnit(text, end + 1, tables, out int denominatorLength) is { Category: UnitCategory.Measure or UnitCategory.Count or UnitCategory.Time } denominator)
        {
            perUnit = denominator.Text;
            perLength = 1 + denominatorLength;
        }
        else if (u.Category is UnitCategory.Measure or UnitCategory.Count && end + 1 < text.Length && text[end] is '/' or '／' && text[end + 1] is '日' or '月' or '年' or '天')
        {
            perUnit = text[(end + 1)..(end + 2)].ToString(); // 16.9万吨/日: 日 and 月 are no units of their own (3月5日 is a date)
            perLength = 2;
        }

        // 每立方米30微克, 每秒120立方米: the base before the number is the unit's denominator.
        int perStart = i;
        if (perUnit is null && u.Category == UnitCategory.Measure && !perBase)
        {
            for (int len = Math.Min(tables.MaxUnitLength, i - 1); len >= 1 && perUnit is null; len--)
            {
                if (text[i - len - 1] == '每' && MatchUnit(text, i - len, tables, out int l) is { } d && l == len
                    && (d.Category == UnitCategory.Measure || d.Text is "秒" or "小时" or "分钟"))
                {
                    perUnit = d.Text;
                    perStart = i - len - 1;
                }
            }
        }

        // Time spans and programme names belong to TimeExpressionRecognizer (or to nobody).
        if (u.Text is "年" or "个月" or "个年头")
        {
            var rest = text[end..];
            foreach (var w in TimeSpanAfter)
            {
                if (rest.StartsWith(w, StringComparison.Ordinal))
                {
                    next = end;
                    return false;
                }
            }

            if (TimeSpanBefore.LongestEndingAt(text, i) is not null)
            {
                next = end;
                return false;
            }
        }

        b = new Builder
        {
            NumberStart = i,
            NumberEnd = isRange ? second.End : first.End,
            UnitStart = unitStart,
            UnitEnd = unitStart + unitLength,
            Redacted = first.Redacted || (isRange && second.Redacted),
            IsRange = isRange,
        };

        double? value = first.Redacted ? null : first.Value;
        double? high = isRange ? (second.Redacted ? null : second.Value) : null;
        string unitText = u.Text;
        if (u.Category == UnitCategory.Ratio)
        {
            value *= 10;
            high *= 10;
            unitText = "%";
        }

        if (perUnit is not null)
        {
            unitText += "/" + perUnit;
            end += perLength;
            b.UnitEnd += perLength;
        }

        b.Value = value;
        b.ValueHigh = high;
        b.Unit = unitText;

        // After-words: 以上, 以下, 左右, 多…
        int afterEnd = end;
        string? after = null;
        foreach (var w in tables.AfterWords)
        {
            if (text[end..].StartsWith(w, StringComparison.Ordinal))
            {
                after = w;
                break;
            }
        }

        if (after is not null)
        {
            afterEnd = end + after.Length;
            b.AfterComparator = tables.Comparators[after].Comparator;
        }
        else if (approx)
        {
            b.AfterComparator = ComparatorKind.Greater;
        }

        b.End = afterEnd;

        // Qualifiers.
        int start = perStart;
        if (perBase)
        {
            start = i - 1;
            b.Kind = QuantityKind.Qualifier;
        }
        else if (u.Category == UnitCategory.Age && afterEnd < text.Length && ChineseNumerals.IsCjkIdeograph(text[afterEnd]))
        {
            b.Kind = QuantityKind.Qualifier;
        }

        // Before-words: up to two (增长约5%).
        if (b.Kind == QuantityKind.Value)
        {
            // 增长了5%, 提高了一倍: an aspect particle may stand between the word and the number.
            int wordEnd = start > 0 && text[start - 1] == '了' ? start - 1 : start;
            string? inner = tables.BeforeWords.LongestEndingAt(text, wordEnd);
            if (inner is not null)
            {
                start = wordEnd - inner.Length;
                var cw = tables.Comparators[inner];
                b.HasBeforeWord = true;
                b.IsChange = cw.IsChange;
                b.BeforeComparator = cw.Comparator;
                string? outer = tables.BeforeWords.LongestEndingAt(text, start);
                if (outer is not null && inner.Length + outer.Length <= 6)
                {
                    var ow = tables.Comparators[outer];
                    start -= outer.Length;
                    b.IsChange |= ow.IsChange;
                    if (b.BeforeComparator == ComparatorKind.Equal)
                    {
                        b.BeforeComparator = ow.Comparator;
                    }
                }
            }
        }

        b.Start = start;
        b.Comparator = isRange ? ComparatorKind.Range : b.AfterComparator ?? b.BeforeComparator ?? ComparatorKind.Equal;
        next = b.End;
        return true;
    }

    /// <summary>The position after a range separator that starts at <paramref name="p"/>, or -1.</summary>
    private static int AfterSeparator(ReadOnlySpan<char> text, int p)
    {
        if (p >= text.Length)
        {
            return -1;
        }

        var rest = text[p..];
        foreach (var sep in RangeSeparators)
        {
            if (rest.StartsWith(sep, StringComparison.Ordinal))
            {
                int s = p + sep.Length;
                return s < text.Length ? s : -1;
            }
        }

        return -1;
    }

    private static void ShareCoordinatedWords(ReadOnlySpan<char> text, List<Builder> found)
    {
        // Right to left: the after-word of the last item applies to the earlier ones (*%和*%以下).
        for (int k = found.Count - 2; k >= 0; k--)
        {
            var a = found[k];
            var c = found[k + 1];
            if (!Coordinated(text, a, c) || a.IsRange || a.AfterComparator is not null || c.AfterComparator is null)
            {
                continue;
            }

            a.AfterComparator = c.AfterComparator;
            a.Comparator = c.AfterComparator.Value;
        }

        // Left to right: the before-word of the first item applies to the later ones (增长7%和8%).
        for (int k = 1; k < found.Count; k++)
        {
            var a = found[k - 1];
            var c = found[k];
            if (!Coordinated(text, a, c) || c.HasBeforeWord || !a.HasBeforeWord)
            {
                continue;
            }

            c.HasBeforeWord = true;
            c.IsChange = a.IsChange;
            c.BeforeComparator = a.BeforeComparator;
            if (!c.IsRange && c.AfterComparator is null)
            {
                c.Comparator = a.BeforeComparator ?? ComparatorKind.Equal;
            }
        }
    }

    private static bool Coordinated(ReadOnlySpan<char> text, Builder a, Builder c)
    {
        if (a.Kind != QuantityKind.Value || c.Kind != QuantityKind.Value || c.Start < a.End)
        {
            return false;
        }

        var gap = text[a.End..c.Start];
        foreach (var w in CoordinationWords)
        {
            if (gap.SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }

    private static Tables Load()
    {
        var units = new Dictionary<string, UnitInfo>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var bases = new List<(string Unit, UnitCategory Category)>();
        foreach (var row in Lexicons.LexiconReader.ReadRows("Semantics/units.txt"))
        {
            var category = Enum.Parse<UnitCategory>(row[1], ignoreCase: true);
            string normalised = row[0] == "％" ? "%" : row[0];
            units.TryAdd(row[0], new UnitInfo(normalised, category));
            if (category == UnitCategory.Prefix)
            {
                prefixes.Add(row[0]);
            }
            else if (category is UnitCategory.Measure or UnitCategory.Count)
            {
                bases.Add((row[0], category));
            }
        }

        foreach (var prefix in prefixes)
        {
            foreach (var (unit, category) in bases)
            {
                units.TryAdd(prefix + unit, new UnitInfo(prefix + unit, category));
            }
        }

        var comparators = new Dictionary<string, ComparatorWord>(StringComparer.Ordinal);
        var before = new List<string>();
        var after = new List<string>();
        foreach (var row in Lexicons.LexiconReader.ReadRows("Semantics/comparators.txt"))
        {
            comparators[row[0]] = new ComparatorWord(row[0], ComparatorKinds.Parse(row[2]), row[3] == "y");
            (row[1] == "before" ? before : after).Add(row[0]);
        }

        var qualifiers = Lexicons.LexiconReader.ReadRows("Semantics/quantity-qualifiers.txt").Select(r => (r[0], ComparatorKinds.Parse(r[1]))).ToArray();
        var idioms = Lexicons.LexiconReader.ReadRows("Semantics/numeral-idioms.txt").Select(r => r[0]).ToArray();

        return new Tables
        {
            Units = units,
            MaxUnitLength = units.Keys.Max(k => k.Length),
            UnitFirstChars = SearchValues.Create(new string(units.Keys.Select(k => k[0]).Distinct().ToArray())),
            BeforeWords = new WordSet(before),
            AfterWords = after.OrderByDescending(w => w.Length).ToArray(),
            Comparators = comparators,
            Qualifiers = qualifiers,
            Idioms = idioms,
            QualifierSearch = new WordSet(qualifiers.Select(q => q.Item1)),
            IdiomSearch = new WordSet(idioms),
        };
    }
}
