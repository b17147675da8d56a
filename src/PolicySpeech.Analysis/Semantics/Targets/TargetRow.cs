namespace PolicySpeech.Semantics;

/// <summary>One quantified target of a document: a row of <see cref="TargetTable"/>'s long table.</summary>
/// <param name="Document">The document's path or name.</param>
/// <param name="Jurisdiction">国家, or the province / city the document speaks for; null when unknown.</param>
/// <param name="JurisdictionLevel">The tier of <paramref name="Jurisdiction"/>.</param>
/// <param name="Year">The document's reference year (the year it plans), or null.</param>
/// <param name="IndicatorId">The canonical indicator id (gdp_growth, cpi, urban_new_jobs …), or null when the catalogue has none.</param>
/// <param name="IndicatorText">The indicator as written (地区生产总值增长).</param>
/// <param name="Kind">level, growth, increment, reduction or share.</param>
/// <param name="Baseline">The baseline when written (比上年, 较2025年), else null.</param>
/// <param name="Comparator">As in the JSON contract: <c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>, <c>~</c>, <c>&gt;</c>, <c>&lt;</c>, <c>range</c>.</param>
/// <param name="Value">The number as written in <paramref name="Unit"/>; null when redacted.</param>
/// <param name="ValueHigh">The upper bound of a range, else null.</param>
/// <param name="Unit">The unit as written, with its measure word (万人, 亿斤, 个百分点).</param>
/// <param name="ValueNormalized">The value in <paramref name="UnitBase"/> (1000万人 → 10000000), or null.</param>
/// <param name="ValueHighNormalized">The upper bound in <paramref name="UnitBase"/>, or null.</param>
/// <param name="UnitBase">persons, yuan, jin, kW, percent, percentage points, items …; null when the unit is not known.</param>
/// <param name="DeadlineYear">The year written with the target (到2030年), else null.</param>
/// <param name="Zone">The zone of the document the target stands in (plan, review, outlook …), or null.</param>
/// <param name="Line">1-based line of the target.</param>
/// <param name="Text">The clause the target was read from.</param>
/// <param name="Column">1-based column (UTF-16 code units) where <paramref name="Text"/> starts on <paramref name="Line"/>.</param>
/// <param name="Span">Where <paramref name="Text"/> is, in UTF-16 code units of the document text.</param>
public sealed record TargetRow(
    string Document,
    string? Jurisdiction,
    JurisdictionLevel JurisdictionLevel,
    int? Year,
    string? IndicatorId,
    string IndicatorText,
    MetricKind Kind,
    string? Baseline,
    string Comparator,
    double? Value,
    double? ValueHigh,
    string? Unit,
    double? ValueNormalized,
    double? ValueHighNormalized,
    string? UnitBase,
    int? DeadlineYear,
    string? Zone,
    int Line,
    string Text,
    int Column,
    PolicySpeech.Text.TextSpan Span);
