using System.Text.Encodings.Web;
using System.Text.Json;
using Parquet;
using Parquet.Schema;
using PolicySpeech.Cli.Batch;
using PolicySpeech.Semantics;

namespace PolicySpeech.Cli.Targets;

/// <summary>
/// Writes a <see cref="TargetTable"/> as text tables: the long table (one row per target) and the wide table (one row per
/// document and year, one column per indicator id), in CSV (UTF-8 with a byte order mark so that Excel reads the Chinese),
/// JSON Lines or Parquet. Numbers are written only when finite.
/// </summary>
internal static class TargetTableWriter
{
    /// <summary>The long table's columns, in order.</summary>
    public static readonly string[] LongColumns =
    [
        "document", "jurisdiction", "jurisdictionLevel", "year", "indicatorId", "indicatorZh", "indicatorEn", "indicatorText", "kind",
        "baseline", "comparator", "value", "valueHigh", "unit", "valueNormalized", "valueHighNormalized", "unitBase", "deadlineYear",
        "zone", "line", "column", "start", "length", "text",
    ];

    /// <summary>The wide table's leading columns; the indicator ids follow.</summary>
    public static readonly string[] WideKeyColumns = ["document", "jurisdiction", "jurisdictionLevel", "year"];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The long table's cells, one array a row, in <see cref="LongColumns"/> order (numbers boxed, null when missing).</summary>
    public static IEnumerable<object?[]> LongCells(TargetTable table)
    {
        foreach (var r in table.Rows)
        {
            var indicator = r.IndicatorId is { } id ? TargetTable.FindIndicator(id) : null;
            yield return
            [
                r.Document, r.Jurisdiction, Name(r.JurisdictionLevel), r.Year, r.IndicatorId, indicator?.ChineseName, indicator?.EnglishName,
                r.IndicatorText, Name(r.Kind), r.Baseline, r.Comparator, Finite(r.Value), Finite(r.ValueHigh), r.Unit, Finite(r.ValueNormalized),
                Finite(r.ValueHighNormalized), r.UnitBase, r.DeadlineYear, r.Zone, r.Line, r.Column, r.Span.Start, r.Span.Length, r.Text,
            ];
        }
    }

    /// <summary>The wide table's columns: <see cref="WideKeyColumns"/> and the indicator ids.</summary>
    public static string[] WideColumns(TargetTable table) => [.. WideKeyColumns, .. table.IndicatorIds];

    /// <summary>The wide table's cells, in <see cref="WideColumns"/> order.</summary>
    public static IEnumerable<object?[]> WideCells(TargetTable table)
    {
        foreach (var w in table.Wide)
        {
            var row = new object?[WideKeyColumns.Length + table.IndicatorIds.Length];
            row[0] = w.Document;
            row[1] = w.Jurisdiction;
            row[2] = Name(w.JurisdictionLevel);
            row[3] = w.Year;
            for (int i = 0; i < table.IndicatorIds.Length; i++)
            {
                row[WideKeyColumns.Length + i] = w.Values.TryGetValue(table.IndicatorIds[i], out var v) ? Finite(v) : null;
            }

            yield return row;
        }
    }

    /// <summary>The lower-case contract name of a jurisdiction level.</summary>
    public static string Name(JurisdictionLevel level) => ContractNames.Of(level);

    /// <summary>The lower-case contract name of a metric kind.</summary>
    public static string Name(MetricKind kind) => ContractNames.Of(kind);

    /// <summary>Writes a table in CSV: a UTF-8 byte order mark, the header, one record a row, CRLF line ends.</summary>
    public static void WriteCsv(Stream stream, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var sb = new StringBuilder();
        sb.Append(Csv.Header(columns));
        foreach (var row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                TableRows.AppendCsvField(sb, columns[i], row[i], first: i == 0);
            }

            sb.Append(Csv.NewLine);
        }

        var bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        stream.Write(bom.GetPreamble());
        stream.Write(bom.GetBytes(sb.ToString()));
    }

    /// <summary>Writes a table as JSON Lines: one object a row, the columns as properties, null for a missing cell.</summary>
    public static void WriteJsonLines(Stream stream, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        foreach (var row in rows)
        {
            using (var writer = new Utf8JsonWriter(stream, JsonOptions))
            {
                writer.WriteStartObject();
                for (int i = 0; i < columns.Count; i++)
                {
                    TableRows.WriteJsonProperty(writer, columns[i], row[i]);
                }

                writer.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>
    /// Writes a table as one Parquet row group: text columns as optional UTF-8 strings, the long table's integer columns
    /// (year, line, …) as optional int32, its values and every indicator column of the wide table as optional double.
    /// </summary>
    public static async Task WriteParquetAsync(Stream stream, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        var fields = new DataField[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            fields[c] = KindOfColumn(columns[c]) switch
            {
                ColumnType.Int => new DataField<int?>(columns[c]),
                ColumnType.Double => new DataField<double?>(columns[c]),
                _ => new DataField<string>(columns[c], true),
            };
        }

        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        for (int c = 0; c < fields.Length; c++)
        {
            int column = c;
            switch (fields[c])
            {
                case DataField<int?> f:
                    await group.WriteAsync<int>(f, rows.Select(r => r[column] as int?).ToArray().AsMemory()).ConfigureAwait(false);
                    break;
                case DataField<double?> f:
                    await group.WriteAsync<double>(f, rows.Select(r => r[column] switch { double d => d, int n => n, _ => (double?)null }).ToArray().AsMemory()).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync(fields[c], rows.Select(r => r[column]?.ToString()).ToArray()).ConfigureAwait(false);
                    break;
            }
        }
    }

    private enum ColumnType
    {
        Text,
        Int,
        Double,
    }

    /// <summary>The type of a column: the known number columns, the other known columns as text, an indicator id as double.</summary>
    private static ColumnType KindOfColumn(string name)
    {
        switch (name)
        {
            case "year" or "deadlineYear" or "line" or "column" or "start" or "length" or "targets":
                return ColumnType.Int;
            case "value" or "valueHigh" or "valueNormalized" or "valueHighNormalized":
                return ColumnType.Double;
        }

        if (Array.IndexOf(LongColumns, name) >= 0 || Array.IndexOf(WideKeyColumns, name) >= 0 || name is "status" or "error")
        {
            return ColumnType.Text;
        }

        return ColumnType.Double; // an indicator column of the wide table
    }

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
