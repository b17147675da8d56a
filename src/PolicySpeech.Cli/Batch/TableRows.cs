using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using PolicySpeech.Output;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// Writes rows of a library table schema (such as <see cref="CommitmentTable"/>) as CSV records and JSON Lines, each value
/// after its column's type: the one serialiser every commitment writer (extract, batch, Parquet's source) goes through.
/// </summary>
internal static class TableRows
{
    /// <summary>The CSV header of a schema.</summary>
    public static string CsvHeader(ImmutableArray<TableColumn> columns) => Csv.Header([.. columns.Select(c => c.Name)]);

    /// <summary>Appends one CSV record (ended by CRLF).</summary>
    public static void AppendCsv(StringBuilder builder, ImmutableArray<TableColumn> columns, object?[] values)
    {
        for (int i = 0; i < columns.Length; i++)
        {
            AppendCsvField(builder, columns[i].Name, values[i], first: i == 0);
        }

        builder.Append(Csv.NewLine);
    }

    /// <summary>Appends one JSON Lines line: an object with the columns as properties, in order, nulls written as <c>null</c>.</summary>
    public static void AppendJson(ArrayBufferWriter<byte> buffer, ImmutableArray<TableColumn> columns, object?[] values) =>
        RowSerializer.AppendJsonLine(buffer, (columns, values), static (w, row) =>
        {
            var (columns, values) = row;
            for (int i = 0; i < columns.Length; i++)
            {
                WriteJsonProperty(w, columns[i].Name, values[i]);
            }
        });

    /// <summary>
    /// Appends one cell of a table as a CSV field after its type: text neutralised against formulas, numbers and booleans
    /// in their invariant form, null as an empty field. Every table writer (commitments, targets) goes through it.
    /// </summary>
    /// <param name="builder">The record being written.</param>
    /// <param name="column">The column's name, for the error on a value of another type.</param>
    /// <param name="value">The cell: null, a string, a bool, an int or a double.</param>
    /// <param name="first">Whether it is the record's first field (no comma before it).</param>
    public static void AppendCsvField(StringBuilder builder, string column, object? value, bool first)
    {
        switch (value)
        {
            case null:
                Csv.Field(builder, (string?)null, first);
                break;
            case string s:
                Csv.Field(builder, s, first);
                break;
            case bool b:
                Csv.RawField(builder, b ? "true" : "false", first);
                break;
            case int n:
                Csv.RawField(builder, n.ToString(CultureInfo.InvariantCulture), first);
                break;
            case double d:
                Csv.RawField(builder, d.ToString("R", CultureInfo.InvariantCulture), first);
                break;
            default:
                throw new InvalidOperationException($"column {column}: no CSV form for {value.GetType().Name}");
        }
    }

    /// <summary>Writes one cell of a table as a JSON property after its type (null as <c>null</c>); the JSON twin of <see cref="AppendCsvField"/>.</summary>
    /// <param name="writer">The object being written.</param>
    /// <param name="name">The column's name.</param>
    /// <param name="value">The cell: null, a string, a bool, an int or a double.</param>
    public static void WriteJsonProperty(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull(name);
                break;
            case string s:
                writer.WriteString(name, s);
                break;
            case bool b:
                writer.WriteBoolean(name, b);
                break;
            case int n:
                writer.WriteNumber(name, n);
                break;
            case double d:
                writer.WriteNumber(name, d);
                break;
            default:
                throw new InvalidOperationException($"column {name}: no JSON form for {value.GetType().Name}");
        }
    }
}
