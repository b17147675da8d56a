using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>What a recognised quantity is for.</summary>
internal enum QuantityKind
{
    /// <summary>A measured value (达**%以上, 1200万人左右): a metric candidate.</summary>
    Value,

    /// <summary>
    /// A qualifier that restricts an indicator instead of measuring it: an age band (3岁以下婴幼儿,
    /// 60岁及以上老年人), a per-capita base (每千人, 每万人口), a size class (规模以上). The extractor keeps it
    /// inside the indicator and never uses it as the metric.
    /// </summary>
    Qualifier,
}

/// <summary>A quantity found by <see cref="QuantityRecognizer"/>.</summary>
/// <param name="Span">The whole quantity, comparator words included (达**%以上), offset by the caller's base offset.</param>
/// <param name="NumberSpan">The number or numbers (4.5-5); empty at <see cref="Span"/>'s start for a word-only qualifier (规模以上).</param>
/// <param name="UnitSpan">The unit as written, or null.</param>
/// <param name="Text">The text of <see cref="Span"/>.</param>
/// <param name="Value">The (low) value; null when redacted.</param>
/// <param name="ValueHigh">The high value of a range; null otherwise.</param>
/// <param name="Unit">The unit as written (width-normalised: ％ → %; 成 and 百分之 → %).</param>
/// <param name="Redacted">Whether any number is a placeholder (**, ＊, ××, XX).</param>
/// <param name="Comparator">&gt;=, &lt;=, =, ~, &gt;, &lt; or range.</param>
/// <param name="IsChange">Whether the quantity is a change (增长5%, 下降3.4%) rather than a level (提高到70%).</param>
/// <param name="Kind">Value or qualifier.</param>
internal sealed record QuantityMatch(
    TextSpan Span,
    TextSpan NumberSpan,
    TextSpan? UnitSpan,
    string Text,
    double? Value,
    double? ValueHigh,
    string? Unit,
    bool Redacted,
    ComparatorKind Comparator,
    bool IsChange,
    QuantityKind Kind)
{
    /// <summary>The public metric for this quantity, with the indicator the extractor found.</summary>
    public Metric ToMetric(string? indicator) => ToMetric(indicator, Comparator);

    /// <summary>The public metric for this quantity, with the indicator the extractor found and <paramref name="comparator"/> for its own.</summary>
    public Metric ToMetric(string? indicator, ComparatorKind comparator) => new(indicator, comparator.ToContract(), Value, ValueHigh, Unit, Redacted, Text, Span);
}
