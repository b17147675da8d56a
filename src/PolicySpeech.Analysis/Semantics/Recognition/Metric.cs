using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// The measure of a commitment: the indicator a number measures, how the target compares to the
/// number, and the number itself (null when redacted). Immutable.
/// </summary>
public sealed class Metric
{
    /// <summary>Creates the value; see the properties for what each argument means.</summary>
    /// <param name="Indicator">The phrase the number measures (产前筛查率, 城镇新增就业), or null when unknown.</param>
    /// <param name="Comparator">One of <c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>, <c>~</c>, <c>&gt;</c>, <c>&lt;</c>, <c>range</c>; null for a qualitative metric.</param>
    /// <param name="Value">The number as written, normalised to a plain value (百分之九十五 = 95, 三成 = 30); null when redacted or qualitative.</param>
    /// <param name="ValueHigh">The upper bound of a range (4.5%–5% gives 4.5 and 5); otherwise null.</param>
    /// <param name="Unit">The unit as written, magnitude kept (1.4万亿斤 gives 1.4 and 万亿斤; ％ is written %); null when none.</param>
    /// <param name="Redacted">Whether the number was replaced by a placeholder (<c>**%</c>, <c>××万人</c>).</param>
    /// <param name="Text">The text of the measure, comparator words included (<c>**万人以上</c>).</param>
    /// <param name="Span">Where <see cref="Text"/> is, in UTF-16 code units of the document text.</param>
    internal Metric(string? Indicator, string? Comparator, double? Value, double? ValueHigh, string? Unit, bool Redacted, string Text, TextSpan Span) =>
        (this.Indicator, this.Comparator, this.Value, this.ValueHigh, this.Unit, this.Redacted, this.Text, this.Span) = (Indicator, Comparator, Value, ValueHigh, Unit, Redacted, Text, Span);

    /// <summary>The phrase the number measures (产前筛查率, 城镇新增就业), or null when unknown.</summary>
    public string? Indicator { get; internal init; }

    /// <summary>One of <c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>, <c>~</c>, <c>&gt;</c>, <c>&lt;</c>, <c>range</c>; null for a qualitative metric.</summary>
    public string? Comparator { get; internal init; }

    /// <summary>The number as written, normalised to a plain value (百分之九十五 = 95, 三成 = 30); null when redacted or qualitative.</summary>
    public double? Value { get; internal init; }

    /// <summary>The upper bound of a range (4.5%–5% gives 4.5 and 5); otherwise null.</summary>
    public double? ValueHigh { get; internal init; }

    /// <summary>The unit as written, magnitude kept (1.4万亿斤 gives 1.4 and 万亿斤; ％ is written %); null when none.</summary>
    public string? Unit { get; internal init; }

    /// <summary>Whether the number was replaced by a placeholder (<c>**%</c>, <c>××万人</c>).</summary>
    public bool Redacted { get; internal init; }

    /// <summary>The text of the measure, comparator words included (<c>**万人以上</c>).</summary>
    public string Text { get; internal init; }

    /// <summary>Where <see cref="Text"/> is, in UTF-16 code units of the document text.</summary>
    public TextSpan Span { get; internal init; }

    /// <summary>What the number measures: a level (达到75%), a growth rate (增长5%), an increment (新增, 再提高30元), a reduction (下降3.8%) or a share (占比, 强度).</summary>
    public MetricKind Kind { get; internal init; }

    /// <summary>The baseline when written (比上年, 较2025年, 同比), else null.</summary>
    public string? Baseline { get; internal init; }

    /// <summary><see cref="Value"/> in <see cref="UnitBase"/> (1000万人 gives 10000000 persons), or null when the value or the unit's base is not known.</summary>
    public double? ValueNormalized { get; internal init; }

    /// <summary><see cref="ValueHigh"/> in <see cref="UnitBase"/>, or null.</summary>
    public double? ValueHighNormalized { get; internal init; }

    /// <summary>The base unit of <see cref="Unit"/> (persons, yuan, jin, kW, percent, percentage points, items …), or null when not known.</summary>
    public string? UnitBase { get; internal init; }

    /// <summary>The canonical indicator id (gdp_growth, cpi, urban_new_jobs …) from the embedded catalogue, or null when none matches.</summary>
    public string? IndicatorId { get; internal init; }
}
