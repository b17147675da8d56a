namespace PolicySpeech.Cli.Batch;

/// <summary>
/// CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted (with <c>""</c> for a
/// quote) when it holds a comma, a quote, CR or LF or starts or ends with a space; UTF-8 (files start with a byte order mark: <see cref="CsvEncoding"/>);
/// numbers in the invariant culture; null as an empty field. A text field that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or CR and has more after it is prefixed with <c>'</c> so that a spreadsheet shows it instead of running it as a formula
/// (OWASP's advice against CSV injection; a field that starts with <c>'</c> followed by such a field is prefixed too, so
/// <see cref="Unneutralise"/> restores every value exactly). Number fields are never prefixed.
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

    /// <summary>Appends a text field, neutralised against formula injection.</summary>
    public static void Field(StringBuilder builder, string? value, bool first = false) =>
        Append(builder, NeedsNeutralising(value) ? "'" + value : value, first);

    /// <summary>Appends a field that is never a formula (a number or a boolean in its invariant form): not neutralised.</summary>
    public static void RawField(StringBuilder builder, string? value, bool first = false) =>
        Append(builder, value, first);

    /// <summary>The value a text field held before <see cref="Field(StringBuilder, string?, bool)"/> prefixed it with <c>'</c>.</summary>
    public static string Unneutralise(string field) =>
        field.Length > 1 && field[0] == '\'' && NeedsNeutralising(field[1..]) ? field[1..] : field;

    /// <summary>Whether a value starts like a spreadsheet formula (or is <c>'</c> followed by such a value).</summary>
    private static bool NeedsNeutralising(string? value)
    {
        int i = 0;
        while (value is not null && i < value.Length && value[i] == '\'')
        {
            i++;
        }

        // A lone sign (the comparator column's "=") cannot be a formula and is left as the contract writes it.
        return value is not null && i + 1 < value.Length && value[i] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    private static void Append(StringBuilder builder, string? value, bool first)
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
        Append(builder, value?.ToString(CultureInfo.InvariantCulture), first: false);

    /// <summary>Appends a number field (shortest round-trip form).</summary>
    public static void Field(StringBuilder builder, double? value) =>
        Append(builder, value?.ToString("R", CultureInfo.InvariantCulture), first: false);

    /// <summary>Appends a <c>true</c>/<c>false</c> field.</summary>
    public static void Field(StringBuilder builder, bool? value) =>
        Append(builder, value is null ? null : value.Value ? "true" : "false", first: false);

    /// <summary>The fields of every record of a table file after its header line (one list, refilled record after record).</summary>
    /// <param name="path">A CSV file (a UTF-8 byte order mark is skipped).</param>
    public static IEnumerable<IReadOnlyList<string>> ReadRows(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var raw = new StringBuilder();
        var fields = new List<string>();
        bool header = true;
        while (TryReadRecord(reader, raw, fields))
        {
            if (header)
            {
                header = false;
                continue;
            }

            yield return fields;
        }
    }

    /// <summary>
    /// Reads one record: its raw text (without the line break) and its fields. Returns false at the end.
    /// Handles quoted fields with commas, quotes and line breaks.
    /// </summary>
    public static bool TryReadRecord(TextReader reader, StringBuilder raw, List<string> fields) =>
        TryReadRecord(reader, raw, fields, out _);

    /// <summary>
    /// Reads one record as <see cref="TryReadRecord(TextReader, StringBuilder, List{string})"/> does, and says what is
    /// malformed about it: a quoted field that is never closed, a quote inside an unquoted field, text after a closing
    /// quote, or a last record without its line break (a truncated file).
    /// </summary>
    /// <param name="reader">The reader.</param>
    /// <param name="raw">Receives the record's raw text.</param>
    /// <param name="fields">Receives the fields.</param>
    /// <param name="error">What is malformed, or null for a well-formed record.</param>
    /// <returns>False at the end of the input.</returns>
    public static bool TryReadRecord(TextReader reader, StringBuilder raw, List<string> fields, out string? error)
    {
        raw.Clear();
        fields.Clear();
        error = null;
        int c = reader.Read();
        if (c < 0)
        {
            return false;
        }

        var field = new StringBuilder();
        bool inQuotes = false;
        bool wasQuoted = false;
        bool closed = false;
        while (true)
        {
            if (c < 0)
            {
                error ??= inQuotes ? "a quoted field is not closed (the file is truncated?)" : "the last record has no line break (the file is truncated?)";
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
                        closed = true;
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
                closed = false;
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
                error ??= closed ? "text follows a closing quote" : ch == '"' ? "a quote inside a field that is not quoted" : null;
                raw.Append(ch);
                field.Append(ch);
            }

            c = reader.Read();
        }
    }
}
