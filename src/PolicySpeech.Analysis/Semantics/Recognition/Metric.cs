using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// The measure of a commitment: the indicator a number measures, how the target compares to the
/// number, and the number itself (null when redacted). Immutable.
/// </summary>
/// <param name="Indicator">The phrase the number measures (产前筛查率, 城镇新增就业), or null when unknown.</param>
/// <param name="Comparator">One of <c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>, <c>~</c>, <c>&gt;</c>, <c>&lt;</c>, <c>range</c>; null for a qualitative metric.</param>
/// <param name="Value">The number as written, normalised to a plain value (百分之九十五 = 95, 三成 = 30); null when redacted or qualitative.</param>
/// <param name="ValueHigh">The upper bound of a range (4.5%–5% gives 4.5 and 5); otherwise null.</param>
/// <param name="Unit">The unit as written, magnitude kept (1.4万亿斤 gives 1.4 and 万亿斤; ％ is written %); null when none.</param>
/// <param name="Redacted">Whether the number was replaced by a placeholder (<c>**%</c>, <c>××万人</c>).</param>
/// <param name="Text">The text of the measure, comparator words included (<c>**万人以上</c>).</param>
/// <param name="Span">Where <see cref="Text"/> is, in UTF-16 code units of the document text.</param>
public sealed record Metric(
    string? Indicator,
    string? Comparator,
    double? Value,
    double? ValueHigh,
    string? Unit,
    bool Redacted,
    string Text,
    TextSpan Span);
