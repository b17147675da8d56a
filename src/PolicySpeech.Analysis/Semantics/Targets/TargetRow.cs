namespace PolicySpeech.Semantics;

/// <summary>One quantified target of a document: a row of <see cref="TargetTable"/>'s long table.</summary>
public sealed class TargetRow
{
    /// <summary>Creates the value; see the properties for what each argument means.</summary>
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
    internal TargetRow(string Document, string? Jurisdiction, JurisdictionLevel JurisdictionLevel, int? Year, string? IndicatorId, string IndicatorText, MetricKind Kind, string? Baseline, string Comparator, double? Value, double? ValueHigh, string? Unit, double? ValueNormalized, double? ValueHighNormalized, string? UnitBase, int? DeadlineYear, string? Zone, int Line, string Text, int Column, PolicySpeech.Text.TextSpan Span)
    {
        this.Document = Document;
        this.Jurisdiction = Jurisdiction;
        this.JurisdictionLevel = JurisdictionLevel;
        this.Year = Year;
        this.IndicatorId = IndicatorId;
        this.IndicatorText = IndicatorText;
        this.Kind = Kind;
        this.Baseline = Baseline;
        this.Comparator = Comparator;
        this.Value = Value;
        this.ValueHigh = ValueHigh;
        this.Unit = Unit;
        this.ValueNormalized = ValueNormalized;
        this.ValueHighNormalized = ValueHighNormalized;
        this.UnitBase = UnitBase;
        this.DeadlineYear = DeadlineYear;
        this.Zone = Zone;
        this.Line = Line;
        this.Text = Text;
        this.Column = Column;
        this.Span = Span;
    }

    /// <summary>The document's path or name.</summary>
    public string Document { get; internal init; }

    /// <summary>国家, or the province / city the document speaks for; null when unknown.</summary>
    public string? Jurisdiction { get; internal init; }

    /// <summary>The tier of <see cref="Jurisdiction"/>.</summary>
    public JurisdictionLevel JurisdictionLevel { get; internal init; }

    /// <summary>The document's reference year (the year it plans), or null.</summary>
    public int? Year { get; internal init; }

    /// <summary>The canonical indicator id (gdp_growth, cpi, urban_new_jobs …), or null when the catalogue has none.</summary>
    public string? IndicatorId { get; internal init; }

    /// <summary>The indicator as written (地区生产总值增长).</summary>
    public string IndicatorText { get; internal init; }

    /// <summary>level, growth, increment, reduction or share.</summary>
    public MetricKind Kind { get; internal init; }

    /// <summary>The baseline when written (比上年, 较2025年), else null.</summary>
    public string? Baseline { get; internal init; }

    /// <summary>As in the JSON contract: <c>&gt;=</c>, <c>&lt;=</c>, <c>=</c>, <c>~</c>, <c>&gt;</c>, <c>&lt;</c>, <c>range</c>.</summary>
    public string Comparator { get; internal init; }

    /// <summary>The number as written in <see cref="Unit"/>; null when redacted.</summary>
    public double? Value { get; internal init; }

    /// <summary>The upper bound of a range, else null.</summary>
    public double? ValueHigh { get; internal init; }

    /// <summary>The unit as written, with its measure word (万人, 亿斤, 个百分点).</summary>
    public string? Unit { get; internal init; }

    /// <summary>The value in <see cref="UnitBase"/> (1000万人 → 10000000), or null.</summary>
    public double? ValueNormalized { get; internal init; }

    /// <summary>The upper bound in <see cref="UnitBase"/>, or null.</summary>
    public double? ValueHighNormalized { get; internal init; }

    /// <summary>persons, yuan, jin, kW, percent, percentage points, items …; null when the unit is not known.</summary>
    public string? UnitBase { get; internal init; }

    /// <summary>The year written with the target (到2030年), else null.</summary>
    public int? DeadlineYear { get; internal init; }

    /// <summary>The zone of the document the target stands in (plan, review, outlook …), or null.</summary>
    public string? Zone { get; internal init; }

    /// <summary>1-based line of the target.</summary>
    public int Line { get; internal init; }

    /// <summary>The clause the target was read from.</summary>
    public string Text { get; internal init; }

    /// <summary>1-based column (UTF-16 code units) where <see cref="Text"/> starts on <see cref="Line"/>.</summary>
    public int Column { get; internal init; }

    /// <summary>Where <see cref="Text"/> is, in UTF-16 code units of the document text.</summary>
    public PolicySpeech.Text.TextSpan Span { get; internal init; }
}
