using System.Globalization;
using System.Text;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted (with <c>""</c> for a
/// quote) when it holds a comma, a quote, CR or LF or starts or ends with a space; UTF-8 (files start with a byte order mark: <see cref="CsvEncoding"/>);
/// numbers in the invariant culture; null as an empty field.
/// </summary>
internal static class Csv
{
    /// <summary>The record separator.</summary>
    public const string NewLine = "\r\n";

    /// <summary>The header line of a table.</summary>
    public static string Header(IReadOnlyList<string> columns)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < columns.Count; i++)
        {
            Field(builder, columns[i], i == 0);
        }

        return builder.Append(NewLine).ToString();
    }

    /// <summary>Appends a text field.</summary>
    public static void Field(StringBuilder builder, string? value, bool first = false)
    {
        if (!first)
        {
            builder.Append(',');
        }

        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        bool quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value[0] == ' ' || value[^1] == ' ';
        if (!quote)
        {
            builder.Append(value);
            return;
        }

        builder.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    /// <summary>Appends a number field.</summary>
    public static void Field(StringBuilder builder, long? value) =>
        Field(builder, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Appends a number field (shortest round-trip form).</summary>
    public static void Field(StringBuilder builder, double? value) =>
        Field(builder, value?.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Appends a <c>true</c>/<c>false</c> field.</summary>
    public static void Field(StringBuilder builder, bool? value) =>
        Field(builder, value is null ? null : value.Value ? "true" : "false");

    /// <summary>
    /// Reads one record: its raw text (without the line break) and its fields. Returns false at the end.
    /// Handles quoted fields with commas, quotes and line breaks.
    /// </summary>
    public static bool TryReadRecord(TextReader reader, StringBuilder raw, List<string> fields)
    {
        raw.Clear();
        fields.Clear();
        int c = reader.Read();
        if (c < 0)
        {
            return false;
        }

        var field = new StringBuilder();
        bool inQuotes = false;
        bool wasQuoted = false;
        while (true)
        {
            if (c < 0)
            {
                fields.Add(field.ToString());
                return true;
            }

            char ch = (char)c;
            if (inQuotes)
            {
                raw.Append(ch);
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        raw.Append((char)reader.Read());
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0 && !wasQuoted)
            {
                raw.Append(ch);
                inQuotes = true;
                wasQuoted = true;
            }
            else if (ch == ',')
            {
                raw.Append(ch);
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (ch == '\r' || ch == '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                return true;
            }
            else
            {
                raw.Append(ch);
                field.Append(ch);
            }

            c = reader.Read();
        }
    }
}
