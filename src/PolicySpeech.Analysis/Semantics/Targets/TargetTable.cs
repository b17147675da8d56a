using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// The quantified targets of one or more documents, as a long table (<see cref="Rows"/>: one row per target, with the
/// canonical indicator id, kind, comparator, value and the value in base units) and a wide table (<see cref="Wide"/>:
/// one row per document, one column per indicator id, the value in base units where the unit has one). Immutable.
/// </summary>
public sealed class TargetTable
{
    private TargetTable(ImmutableArray<TargetRow> rows, ImmutableArray<TargetWideRow> wide)
    {
        Rows = rows;
        Wide = wide;
        IndicatorIds = rows.Select(r => r.IndicatorId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>The long table: every target, in document order.</summary>
    public ImmutableArray<TargetRow> Rows { get; }

    /// <summary>The wide table: one row per document.</summary>
    public ImmutableArray<TargetWideRow> Wide { get; }

    /// <summary>The indicator ids that occur in <see cref="Rows"/>, sorted: the columns of the wide table.</summary>
    public ImmutableArray<string> IndicatorIds { get; }

    /// <summary>The canonical indicators of the embedded catalogue, in catalogue order.</summary>
    public static ImmutableArray<Indicator> Indicators => IndicatorCatalogue.Instance.All;

    /// <summary>The catalogue's indicator with <paramref name="id"/>.</summary>
    /// <param name="id">An indicator id such as <c>gdp_growth</c>.</param>
    /// <returns>The indicator, or null when the catalogue has no such id.</returns>
    public static Indicator? FindIndicator(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return IndicatorCatalogue.Instance.Find(id);
    }

    /// <summary>The targets of one document.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="document">The name the rows carry (a path or file name).</param>
    /// <param name="year">The year the document plans; null infers it from the text.</param>
    /// <returns>The table; never null, empty when the text states no target.</returns>
    public static TargetTable FromText(string text, string document, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        var tree = Syntax.SpeechSyntaxTree.Parse(SourceText.From(text), document);
        year ??= ReferenceYearInference.Infer(tree);
        var title = tree.Root.Title;
        var jurisdiction = JurisdictionOf(text, title);
        var rows = TargetExtractor.Extract(text, document, jurisdiction, year);
        return new TargetTable(rows, [WideRow(document, jurisdiction, year, rows)]);
    }

    /// <summary>The jurisdiction (国家, a province, a city) and its level that a document speaks for.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="title">Its title, when known.</param>
    /// <returns>The jurisdiction; <see cref="JurisdictionLevel.Unknown"/> with a null name when the text does not say.</returns>
    public static Jurisdiction JurisdictionOf(string text, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return JurisdictionInference.Infer(text, title);
    }

    /// <summary>The tables of several documents as one, in the order given.</summary>
    /// <param name="tables">The tables to join.</param>
    /// <returns>The joined table.</returns>
    public static TargetTable Combine(IEnumerable<TargetTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var list = tables.ToList();
        return new TargetTable([.. list.SelectMany(t => t.Rows)], [.. list.SelectMany(t => t.Wide)]);
    }

    private static TargetWideRow WideRow(string document, Jurisdiction jurisdiction, int? year, ImmutableArray<TargetRow> rows)
    {
        var values = ImmutableDictionary.CreateBuilder<string, double?>(StringComparer.Ordinal);
        // The plan's target first (主要预期目标), else the first the document states (a review's result).
        foreach (var row in rows.Where(r => r.Zone == "plan").Concat(rows.Where(r => r.Zone != "plan")))
        {
            if (row.IndicatorId is { } id && !values.ContainsKey(id))
            {
                values[id] = row.ValueNormalized ?? row.Value;
            }
        }

        return new TargetWideRow(document, jurisdiction.Name, jurisdiction.Level, year, values.ToImmutable());
    }
}
