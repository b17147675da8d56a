using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// Writes rows as CSV records and JSON Lines. JSON Lines: one object a line (LF), camelCase properties in a fixed order,
/// Chinese written as itself (not <c>\u</c> escapes), nulls written as <c>null</c>, numbers in shortest round-trip form.
/// </summary>
internal static class RowSerializer
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>A <c>documents.csv</c> record.</summary>
    public static string ToCsv(DocumentRow row)
    {
        var b = new StringBuilder(256);
        Csv.Field(b, row.Path, first: true);
        Csv.Field(b, row.Status);
        Csv.Field(b, row.Error);
        Csv.Field(b, row.ContentHash);
        Csv.Field(b, row.Format);
        Csv.Field(b, row.Bytes);
        Csv.Field(b, row.Length);
        Csv.Field(b, row.Title);
        Csv.Field(b, row.ReferenceYear);
        Csv.Field(b, row.ReferenceYearSource);
        Csv.Field(b, row.Diagnostics);
        Csv.Field(b, row.Commitments);
        return b.Append(Csv.NewLine).ToString();
    }

    /// <summary>A <c>diagnostics.jsonl</c> line.</summary>
    public static void AppendJson(ArrayBufferWriter<byte> buffer, DiagnosticRow row) => AppendJsonLine(buffer, row, static (w, row) =>
    {
        w.WriteString("path", row.Path);
        w.WriteString("id", row.Id);
        w.WriteString("severity", row.Severity);
        w.WriteString("category", row.Category);
        w.WriteString("message", row.Message);
        w.WriteNumber("line", row.Line);
        w.WriteNumber("column", row.Column);
        w.WriteNumber("start", row.Start);
        w.WriteNumber("length", row.Length);
        w.WritePropertyName("properties");
        WriteProperties(w, row);
        w.WriteBoolean("suppressed", row.Suppressed);
    });

    /// <summary>A diagnostic's <c>properties</c> object as the JSON text its <c>diagnostics.jsonl</c> line holds.</summary>
    public static string PropertiesJson(DiagnosticRow row)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            WriteProperties(w, row);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A <c>paragraph-hashes.jsonl</c> line.</summary>
    public static void AppendJson(ArrayBufferWriter<byte> buffer, ParagraphHashRow row) => AppendJsonLine(buffer, row, static (w, row) =>
    {
        w.WriteString("path", row.Path);
        w.WriteNumber("line", row.Line);
        w.WriteString("hash", row.Hash);
        w.WriteString("excerpt", row.Excerpt);
    });

    /// <summary>
    /// Appends one JSON Lines line: an object (in the one JSON Lines form: Chinese unescaped, not indented) whose properties
    /// <paramref name="writeProperties"/> writes, then LF.
    /// </summary>
    /// <param name="buffer">Where the line goes.</param>
    /// <param name="row">What the line is made of.</param>
    /// <param name="writeProperties">Writes the object's properties, in order.</param>
    public static void AppendJsonLine<TRow>(ArrayBufferWriter<byte> buffer, TRow row, Action<Utf8JsonWriter, TRow> writeProperties)
    {
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            writeProperties(w, row);
            w.WriteEndObject();
        }

        buffer.Write("\n"u8);
    }

    /// <summary>Reads the first property's string value of a JSON Lines line (the <c>path</c> order key).</summary>
    public static string FirstStringProperty(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                reader.Read();
                return reader.GetString() ?? string.Empty;
            }
        }

        return string.Empty;
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>A diagnostic's properties as one JSON object.</summary>
    private static void WriteProperties(Utf8JsonWriter w, DiagnosticRow row)
    {
        w.WriteStartObject();
        foreach (var (key, value) in row.Properties)
        {
            w.WriteString(key, value);
        }

        w.WriteEndObject();
    }
}
