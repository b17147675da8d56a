using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// Reads the quantified targets of a document: every clause (between 。；：，、, a comma between digits excepted) whose
/// number follows an indicator of <see cref="IndicatorCatalogue"/>. The number, comparator and unit come from
/// <see cref="QuantityRecognizer"/>; the kind from the words between the indicator and the number.
/// </summary>
internal static partial class TargetExtractor
{
    private static readonly string[] GrowthWords = ["增长", "涨幅", "上涨", "增速", "增幅"];

    private static readonly string[] ReductionWords = ["下降", "降低", "减少", "降幅", "压减", "回落"];

    private static readonly string[] IncrementWords = ["新增", "增加", "再提高", "提高", "增长到"];

    private static readonly string[] LevelChangeWords = ["增长到", "增加到", "提高到", "提升到", "提高至", "提升至", "增至", "降低到", "下降到", "降至", "减少到", "压减到"];

    private static readonly string[] ShareWords = ["比重", "占比", "强度", "比例", "比率"];

    internal static ImmutableArray<TargetRow> Extract(string text, string document, Jurisdiction jurisdiction, int? year)
    {
        var rows = ImmutableArray.CreateBuilder<TargetRow>();
        var catalogue = IndicatorCatalogue.Instance;
        Zone? zone = null;
        int lineNumber = 0;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            lineNumber++;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed.Length <= 40 && ZoneClassifier.Instance.ClassifyHeading(trimmed, year) is { } headingZone)
            {
                zone = headingZone;
            }

            int clauseStart = 0;
            string? pending = null;
            for (int i = 0; i <= line.Length; i++)
            {
                if (i < line.Length && !IsClauseBreak(line, i))
                {
                    continue;
                }

                if (i > clauseStart)
                {
                    pending = ReadClause(text, lineStart + clauseStart, i - clauseStart, lineNumber, clauseStart + 1, document, jurisdiction, year, zone, catalogue, rows, pending);
                }

                // An indicator without its number carries over a comma only (经济增长速度的宏观调控目标，定为百分之八至九), never past 。；
                if (i < line.Length && line[i] is not ('，' or ','))
                {
                    pending = null;
                }

                clauseStart = i + 1;
            }

            lineStart = lineEnd + 1;
        }

        return rows.ToImmutable();
    }

    private static bool IsDuration(string? unit) =>
        unit is "年" or "个年头" or "个月" or "月" or "个季度" or "季度" or "周" or "天" or "日";

    private static bool IsClauseBreak(ReadOnlySpan<char> line, int i)
    {
        char c = line[i];
        switch (c)
        {
            case '。' or '；' or ';' or '：' or ':' or '！' or '？' or '、':
                return true;
            case '，' or ',':
                // 34，250万吨 and ３，９８９亿斤 write thousands with a comma.
                return !(i > 0 && i + 1 < line.Length && ChineseNumerals.IsArabicDigit(line[i - 1]) && ChineseNumerals.IsArabicDigit(line[i + 1]));
            default:
                return false;
        }
    }

    /// <returns>The clause's indicator text when it names one but gives no number (for the next clause to use), else null.</returns>
    private static string? ReadClause(
        string text, int start, int length, int line, int column, string document, Jurisdiction jurisdiction, int? year, Zone? zone,
        IndicatorCatalogue catalogue, ImmutableArray<TargetRow>.Builder rows, string? pending)
    {
        var original = text.AsSpan(start, length);
        var written = WithoutDigitSeparators(original);
        int carried = 0;
        if (pending is not null && catalogue.Match(written) is null)
        {
            // The indicator of the clause before, put in front so that the number reads as its value.
            written = pending + written;
            carried = pending.Length;
        }

        var clause = written.AsSpan();
        var quantities = QuantityRecognizer.Recognize(clause);
        foreach (var q in quantities)
        {
            if (q.Kind != QuantityKind.Value || (q.Value is null && !q.Redacted))
            {
                continue;
            }

            int numberAt = q.NumberSpan.Start;
            if (catalogue.Match(clause[..numberAt]) is not { } hit)
            {
                continue;
            }

            var between = clause[(hit.Start + hit.Length)..numberAt];
            if (between.Contains("贡献", StringComparison.Ordinal))
            {
                continue; // 对经济增长贡献率超60%: the share of growth a sector gives, not the indicator's value
            }

            var after = clause[Math.Min(clause.Length, q.Span.Start + q.Span.Length)..];
            if ((IsDuration(q.Unit) || (q.Unit == "个" && (after.StartsWith("季度", StringComparison.Ordinal) || after.StartsWith("月", StringComparison.Ordinal))))
                && hit.Indicator.UnitClass != "years")
            {
                continue; // 连续9年稳定在1300亿斤以上, 五年增长30.8%: a span of time, the value follows
            }

            if (between.EndsWith("从", StringComparison.Ordinal) || between.EndsWith("由", StringComparison.Ordinal))
            {
                continue; // 从10.23年提高到10.8年: the starting point; the target is the number after 到
            }

            var (comparator, value, valueHigh) = (q.Comparator, q.Value, q.ValueHigh);
            if (valueHigh is null && value is not null && RangeEnd(clause[(q.NumberSpan.Start + q.NumberSpan.Length)..]) is { } high && high > value)
            {
                // 百分之八至九: the recogniser reads 百分之八; the upper bound follows 至.
                (comparator, valueHigh) = (ComparatorKind.Range, high);
            }

            var indicatorText = clause.Slice(hit.Start, hit.Length).ToString();
            var unit = q.Unit;
            var normalized = UnitNormalizer.Normalize(unit);
            var clauseText = original.ToString();
            rows.Add(new TargetRow(
                document,
                jurisdiction.Name,
                jurisdiction.Level,
                year,
                hit.Indicator.Id,
                indicatorText,
                KindOf(indicatorText, between, hit.Indicator, unit),
                Baseline(clauseText),
                comparator.ToContract(),
                value,
                valueHigh,
                unit,
                normalized is { } n ? UnitNormalizer.Scale(value, n.Factor) : null,
                normalized is { } m ? UnitNormalizer.Scale(valueHigh, m.Factor) : null,
                normalized?.UnitBase,
                DeadlineYear(clauseText),
                zone?.ToString().ToLowerInvariant(),
                line,
                clauseText,
                column,
                new TextSpan(start, length)));
            return null; // one target a clause: the first number after its indicator
        }

        return carried == 0 && catalogue.Match(clause) is { } named ? clause.Slice(named.Start, named.Length).ToString() : null;
    }

    /// <summary>
    /// The clause with the thousands commas and the spaces of old typesetting (３，９８９亿斤, 4 9 2 5 0 万吨, 8 ％) taken out
    /// of its numbers, so that the recogniser reads the whole number.
    /// </summary>
    private static string WithoutDigitSeparators(ReadOnlySpan<char> clause)
    {
        var sb = new System.Text.StringBuilder(clause.Length);
        for (int i = 0; i < clause.Length; i++)
        {
            char c = clause[i];
            bool afterDigit = i > 0 && ChineseNumerals.IsArabicDigit(clause[i - 1]);
            bool beforeDigit = i + 1 < clause.Length && ChineseNumerals.IsArabicDigit(clause[i + 1]);
            if ((c is '，' or ',' && afterDigit && beforeDigit) || (c is ' ' or '\u3000' && (afterDigit || beforeDigit)))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>The upper bound of a range that follows a number: 至九, 到9, —9 (Han or Arabic digits), or null.</summary>
    private static double? RangeEnd(ReadOnlySpan<char> rest)
    {
        if (rest.Length < 2 || rest[0] is not ('至' or '到' or '—' or '－' or '-' or '～' or '~'))
        {
            return null;
        }

        int end = 1;
        while (end < rest.Length && (ChineseNumerals.IsArabicDigit(rest[end]) || ChineseNumerals.IsNumeralChar(rest[end]) || rest[end] is '.' or '点'))
        {
            end++;
        }

        return end > 1 && ChineseNumerals.TryParse(rest[1..end], out var high) ? high : null;
    }

    internal static MetricKind KindOf(string indicatorText, ReadOnlySpan<char> between, Indicator? indicator, string? unit)
    {
        // 增加值 (value added) names an indicator, not an increment: 工业增加值增长6%, 数字经济核心产业增加值占比.
        if (indicatorText.Contains("增加值", StringComparison.Ordinal))
        {
            indicatorText = indicatorText.Replace("增加值", "附加值", StringComparison.Ordinal);
        }

        if (between.Contains("增加值", StringComparison.Ordinal))
        {
            return KindOf(indicatorText, between.ToString().Replace("增加值", "附加值", StringComparison.Ordinal), indicator, unit);
        }

        if (ContainsAny(between, LevelChangeWords))
        {
            return MetricKind.Level; // 从27136元增长到36439元, 提升至76%: the level reached
        }

        if (ContainsAny(between, ReductionWords))
        {
            return MetricKind.Reduction;
        }

        if (ContainsAny(between, IncrementWords) && !between.Contains("到", StringComparison.Ordinal) && !between.Contains("至", StringComparison.Ordinal))
        {
            return MetricKind.Increment;
        }

        if (ContainsAny(between, GrowthWords) || (unit is "%" or "％" && ContainsAny(indicatorText, GrowthWords)))
        {
            return MetricKind.Growth;
        }

        if (ContainsAny(indicatorText, ReductionWords))
        {
            return MetricKind.Reduction;
        }

        if (ContainsAny(indicatorText, IncrementWords))
        {
            return MetricKind.Increment;
        }

        if (ContainsAny(indicatorText, ShareWords) || (indicator is not null && ContainsAny(indicator.ChineseName, ShareWords)))
        {
            return MetricKind.Share;
        }

        return MetricKind.Level;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static string? Baseline(string clause) => BaselinePattern().Match(clause) is { Success: true } m ? m.Value : null;

    private static int? DeadlineYear(string clause) =>
        DeadlinePattern().Match(clause) is { Success: true } m
            ? int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex("(比|较)(上年|去年|上一年|同期|(19|20)[0-9]{2}年(末|底)?)|同比")]
    private static partial Regex BaselinePattern();

    [GeneratedRegex("到((?:19|20)[0-9]{2})年|((?:19|20)[0-9]{2})年(?:底|末|前)")]
    private static partial Regex DeadlinePattern();
}
