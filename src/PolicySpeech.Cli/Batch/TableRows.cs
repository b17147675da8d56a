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
            bool first = i == 0;
            switch (values[i])
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
                    throw new InvalidOperationException($"column {columns[i].Name}: no CSV form for {values[i]!.GetType().Name}");
            }
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
                string name = columns[i].Name;
                switch (values[i])
                {
                    case null:
                        w.WriteNull(name);
                        break;
                    case string s:
                        w.WriteString(name, s);
                        break;
                    case bool b:
                        w.WriteBoolean(name, b);
                        break;
                    case int n:
                        w.WriteNumber(name, n);
                        break;
                    case double d:
                        w.WriteNumber(name, d);
                        break;
                    default:
                        throw new InvalidOperationException($"column {name}: no JSON form for {values[i]!.GetType().Name}");
                }
            }
        });
}
