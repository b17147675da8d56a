using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// The semantics of a commitment's metric, read the way <see cref="TargetExtractor"/> reads a target: the indicator id from
/// <see cref="IndicatorCatalogue"/> (on the metric's indicator, else on its clause before the number), the kind from the words
/// between the indicator and the number, the baseline from the clause, and the value in base units from
/// <see cref="UnitNormalizer"/>.
/// </summary>
internal static class MetricSemantics
{
    internal static Metric Complete(Metric metric, string text, TextSpan sentence)
    {
        int numberAt = Math.Clamp(metric.Span.Start, 0, text.Length);
        int sentenceStart = Math.Clamp(sentence.Start, 0, numberAt);
        int sentenceEnd = Math.Clamp(sentence.End, numberAt, text.Length);
        int clauseStart = numberAt;
        while (clauseStart > sentenceStart && !IsClauseBreak(text[clauseStart - 1]))
        {
            clauseStart--;
        }

        int clauseEnd = Math.Clamp(metric.Span.End, numberAt, sentenceEnd);
        while (clauseEnd < sentenceEnd && !IsClauseBreak(text[clauseEnd]))
        {
            clauseEnd++;
        }

        var before = text.AsSpan(clauseStart, numberAt - clauseStart);
        var catalogue = IndicatorCatalogue.Instance;
        string indicatorText = metric.Indicator ?? string.Empty;
        var hit = indicatorText.Length > 0 ? catalogue.Match(indicatorText) : null;
        if (hit is null && indicatorText.Contains("年均", StringComparison.Ordinal))
        {
            // 地区生产总值年均增长 (a five-year plan's average) names the indicator of 地区生产总值增长.
            hit = catalogue.Match(indicatorText.Replace("年均", string.Empty, StringComparison.Ordinal));
        }

        // The words between the indicator and the number: after the indicator where the clause writes it, else the
        // clause's last few characters; and the metric's own words in front of its number (达, 增长).
        ReadOnlySpan<char> between;
        int named = indicatorText.Length > 0 ? before.LastIndexOf(indicatorText, StringComparison.Ordinal) : -1;
        if (hit is null && catalogue.Match(before) is { } inClause)
        {
            hit = inClause;
            between = before[(inClause.Start + inClause.Length)..];
        }
        else if (named >= 0)
        {
            between = before[(named + indicatorText.Length)..];
        }
        else
        {
            between = before.Length > 4 ? before[^4..] : before;
        }

        var kind = TargetExtractor.KindOf(indicatorText, string.Concat(between, LeadingWords(metric.Text)), hit?.Indicator, metric.Unit);
        var normalized = UnitNormalizer.Normalize(metric.Unit);
        return new Metric(metric.Indicator, metric.Comparator, metric.Value, metric.ValueHigh, metric.Unit, metric.Redacted, metric.Text, metric.Span)
        {
            Kind = kind,
            Baseline = TargetExtractor.Baseline(text[clauseStart..clauseEnd]),
            ValueNormalized = normalized is { } n ? UnitNormalizer.Scale(metric.Value, n.Factor) : null,
            ValueHighNormalized = normalized is { } m ? UnitNormalizer.Scale(metric.ValueHigh, m.Factor) : null,
            UnitBase = normalized?.UnitBase,
            IndicatorId = hit?.Indicator.Id,
        };
    }

    private static bool IsClauseBreak(char c) => c is '。' or '；' or ';' or '：' or ':' or '！' or '？' or '，' or ',' or '、' or '\n';

    /// <summary>The words of a metric's text in front of its number (达 in 达**%以上, 增长 in 增长5%).</summary>
    private static string LeadingWords(string metricText)
    {
        int i = 0;
        while (i < metricText.Length && !ChineseNumerals.IsArabicDigit(metricText[i]) && !ChineseNumerals.IsNumeralChar(metricText[i]) && metricText[i] is not ('*' or '＊' or '×' or 'X'))
        {
            i++;
        }

        return metricText[..i];
    }
}
