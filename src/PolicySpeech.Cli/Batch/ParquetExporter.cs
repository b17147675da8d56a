using System.Text.Json;
using Parquet;
using Parquet.Schema;
using PolicySpeech.Output;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// The Parquet copies of the tables (<c>documents</c>, <c>commitments</c>, <c>diagnostics</c>, <c>duplicates</c>), in
/// row groups of <see cref="RowGroupSize"/> rows. A fresh batch run streams each document's rows into
/// <see cref="ParquetTableWriter"/>s as the document is written (<see cref="DocumentValues"/> and the others give the
/// values the text tables hold, so the files are the bytes a re-read would give); <see cref="ExportAsync"/> re-reads
/// the text tables instead, for resumed and merged runs. Typed
/// columns (int32, int64, double, boolean, UTF-8 strings), optional where a value can be missing. A diagnostic's
/// <c>properties</c> is a JSON object in a string column.
/// </summary>
internal static class ParquetExporter
{
    /// <summary>Rows per row group.</summary>
    public const int RowGroupSize = 50_000;

    /// <summary>The files the exporter writes.</summary>
    public static readonly string[] FileNames = ["documents.parquet", "commitments.parquet", "diagnostics.parquet", "duplicates.parquet"];

    internal static readonly DataField[] DocumentFields =
    [
        Text("path", false), Text("status", false), Text("error"), Text("contentHash"), Text("format"), new DataField<long?>("bytes"),
        new DataField<int?>("length"), Text("title"), new DataField<int?>("referenceYear"), Text("referenceYearSource"),
        new DataField<int?>("diagnostics"), new DataField<int?>("commitments"),
    ];

    /// <summary>The commitment table's fields: <see cref="CommitmentTable.Columns"/>, typed.</summary>
    internal static readonly DataField[] CommitmentFields = [.. CommitmentTable.Columns.Select(Field)];

    internal static readonly DataField[] DiagnosticFields =
    [
        Text("path", false), Text("id", false), Text("severity", false), Text("category", false), Text("message", false),
        new DataField<int>("line"), new DataField<int>("column"), new DataField<int>("start"), new DataField<int>("length"),
        Text("properties", false), new DataField<bool>("suppressed"),
    ];

    internal static readonly DataField[] DuplicateFields =
    [
        Text("hash", false), Text("excerpt", false), new DataField<int>("documents"), new DataField<int>("occurrences"), Text("places", false),
    ];

    /// <summary>Writes the Parquet files from the text tables found by <paramref name="source"/> (a file name to its path) to their <c>.partial</c> names.</summary>
    /// <returns>The file names written.</returns>
    public static async Task<IReadOnlyList<string>> ExportAsync(string outDir, Func<string, string> source)
    {
        await WriteAsync(BatchRunner.PartialPath(outDir, FileNames[0]), DocumentFields, ReadCsv(source("documents.csv"))).ConfigureAwait(false);
        await WriteAsync(BatchRunner.PartialPath(outDir, FileNames[1]), CommitmentFields, ReadJsonl(source("commitments.jsonl"), CommitmentFields)).ConfigureAwait(false);
        await WriteAsync(BatchRunner.PartialPath(outDir, FileNames[2]), DiagnosticFields, ReadJsonl(source("diagnostics.jsonl"), DiagnosticFields)).ConfigureAwait(false);
        await WriteAsync(BatchRunner.PartialPath(outDir, FileNames[3]), DuplicateFields, ReadCsv(source(BatchTables.DuplicatesFile))).ConfigureAwait(false);
        return FileNames;
    }

    private static DataField Text(string name, bool nullable = true) => new DataField<string>(name, nullable);

    private static DataField Field(TableColumn column) => column.Type switch
    {
        TableColumnType.String => Text(column.Name, column.IsNullable),
        TableColumnType.Boolean => column.IsNullable ? new DataField<bool?>(column.Name) : new DataField<bool>(column.Name),
        TableColumnType.Int32 => column.IsNullable ? new DataField<int?>(column.Name) : new DataField<int>(column.Name),
        TableColumnType.Double => column.IsNullable ? new DataField<double?>(column.Name) : new DataField<double>(column.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>A <c>documents.csv</c> row's Parquet values: what the CSV holds (an empty field is null).</summary>
    public static string?[] DocumentValues(DocumentRow row) =>
    [
        Empty(row.Path), Empty(row.Status), Empty(row.Error), Empty(row.ContentHash), Empty(row.Format), Number(row.Bytes),
        Number(row.Length), Empty(row.Title), Number(row.ReferenceYear), Empty(row.ReferenceYearSource), Number(row.Diagnostics),
        Number(row.Commitments),
    ];

    /// <summary>A commitment's Parquet values (<see cref="CommitmentFields"/>): what its <c>commitments.jsonl</c> line holds.</summary>
    public static string?[] CommitmentValues(object?[] values)
    {
        var result = new string?[CommitmentFields.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = values[i] switch
            {
                null => null,
                string s => s,
                bool b => b ? "true" : "false",
                int n => n.ToString(CultureInfo.InvariantCulture),
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                var other => throw new InvalidOperationException($"column {CommitmentFields[i].Name}: no Parquet form for {other.GetType().Name}"),
            };
        }

        return result;
    }

    /// <summary>A diagnostic's Parquet values: what its <c>diagnostics.jsonl</c> line holds (<c>properties</c> as its JSON text).</summary>
    public static string?[] DiagnosticValues(DiagnosticRow row) =>
    [
        row.Path, row.Id, row.Severity, row.Category, row.Message, Number(row.Line), Number(row.Column), Number(row.Start),
        Number(row.Length), RowSerializer.PropertiesJson(row), row.Suppressed ? "true" : "false",
    ];

    /// <summary>A <c>duplicates.csv</c> row's Parquet values.</summary>
    public static string?[] DuplicateValues(DuplicateRow row) =>
        [Empty(row.Hash), Empty(row.Excerpt), Number(row.Documents), Number(row.Occurrences), Empty(row.Places)];

    /// <summary>Writes <c>duplicates.parquet</c> (its <c>.partial</c> name) from the duplicate rows.</summary>
    public static async Task WriteDuplicatesAsync(string outDir, IReadOnlyList<DuplicateRow> rows) =>
        await WriteAsync(BatchRunner.PartialPath(outDir, FileNames[3]), DuplicateFields, rows.Select(DuplicateValues)).ConfigureAwait(false);

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static string? Number(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static IEnumerable<string?[]> ReadCsv(string path) =>
        Csv.ReadRows(path).Select(fields => fields.Select(f => f.Length == 0 ? null : Csv.Unneutralise(f)).ToArray());

    private static IEnumerable<string?[]> ReadJsonl(string path, DataField[] fields)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var values = new string?[fields.Length];
            for (int i = 0; i < fields.Length; i++)
            {
                if (json.RootElement.TryGetProperty(fields[i].Name, out var value))
                {
                    values[i] = value.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.String => value.GetString(),
                        JsonValueKind.Object => value.GetRawText(),
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        _ => value.GetRawText(),
                    };
                }
            }

            yield return values;
        }
    }

    private static async Task WriteAsync(string path, DataField[] fields, IEnumerable<string?[]> rows)
    {
        await using var writer = await ParquetTableWriter.CreateAsync(path, fields).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await writer.AddAsync(row).ConfigureAwait(false);
        }

        await writer.CompleteAsync().ConfigureAwait(false);
    }

    internal static async Task WriteGroupAsync(ParquetWriter writer, DataField[] fields, List<string?[]> rows)
    {
        using var group = writer.CreateRowGroup();
        for (int c = 0; c < fields.Length; c++)
        {
            var field = fields[c];
            int column = c;
            IEnumerable<string?> values = rows.Select(r => column < r.Length ? r[column] : null);
            var type = field.ClrType;
            if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
            {
                await group.WriteAsync(field, values.Select(v => v ?? (field.IsNullable ? null : string.Empty)).ToArray()).ConfigureAwait(false);
            }
            else if (type == typeof(int))
            {
                await Write(group, field, values, v => int.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture)).ConfigureAwait(false);
            }
            else if (type == typeof(long))
            {
                await Write(group, field, values, v => long.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture)).ConfigureAwait(false);
            }
            else if (type == typeof(double))
            {
                await Write(group, field, values, v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ConfigureAwait(false);
            }
            else if (type == typeof(bool))
            {
                await Write(group, field, values, v => v == "true").ConfigureAwait(false);
            }
            else
            {
                throw new InvalidOperationException($"no Parquet conversion for column {field.Name} of type {type}");
            }
        }
    }

    private static async Task Write<T>(ParquetRowGroupWriter group, DataField field, IEnumerable<string?> values, Func<string, T> parse)
        where T : struct
    {
        if (field.IsNullable)
        {
            T?[] typed = [.. values.Select(v => v is null ? (T?)null : parse(v))];
            await group.WriteAsync<T>(field, typed.AsMemory()).ConfigureAwait(false);
        }
        else
        {
            T[] typed = [.. values.Select(v => v is null ? default : parse(v))];
            await group.WriteAsync<T>(field, typed.AsMemory()).ConfigureAwait(false);
        }
    }
}
