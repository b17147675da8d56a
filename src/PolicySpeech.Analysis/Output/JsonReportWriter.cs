using System.Text;
using System.Text.Json;
using PolicySpeech.Semantics;

namespace PolicySpeech.Output;

/// <summary>
/// Writes the JSON report of <c>policyspeech check --format json</c> and <c>extract --format json</c>: one object
/// <c>{"schema": "policyspeech/1", "documents": [...]}</c>, camelCase, UTF-8, indented, Chinese unescaped, offsets in
/// UTF-16 code units and 1-based lines and columns. The JSON Schema is <c>schemas/policyspeech-1.schema.json</c> in the
/// repository. Each diagnostic also carries <c>suppressed</c> (accepted by a baseline) and <c>fingerprint</c>.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>The value of the report's <c>schema</c> field.</summary>
    internal const string Schema = "policyspeech/1";

    /// <summary>Writes the report of analysed documents to a stream (UTF-8, no byte order mark), streamed as it is written.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="results">The documents, as <see cref="DocumentAnalyzer"/> analysed them.</param>
    public static void Write(Stream stream, IEnumerable<DocumentAnalysisResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        Write(stream, results.Select(r => r.ToReport()));
    }

    /// <summary>The report of analysed documents as a string.</summary>
    /// <param name="results">The documents, as <see cref="DocumentAnalyzer"/> analysed them.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(IEnumerable<DocumentAnalysisResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return ToJson(results.Select(r => r.ToReport()));
    }

    /// <summary>Writes the report to a stream (UTF-8, no byte order mark).</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="documents">The documents.</param>
    internal static void Write(Stream stream, IEnumerable<DocumentReport> documents)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(documents);
        using var writer = new Utf8JsonWriter(stream, ReportFormatting.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteStartArray("documents");
        foreach (var document in documents)
        {
            WriteDocument(writer, document);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>The report as a string.</summary>
    /// <param name="documents">The documents.</param>
    /// <returns>The JSON text.</returns>
    internal static string ToJson(IEnumerable<DocumentReport> documents)
    {
        using var stream = new MemoryStream();
        Write(stream, documents);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes one document object (an element of <c>documents</c>, or a line of JSON Lines).</summary>
    /// <param name="writer">The writer, positioned where a value may go.</param>
    /// <param name="document">The document.</param>
    internal static void WriteDocument(Utf8JsonWriter writer, DocumentReport document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteString("path", document.Path);
        WriteStringOrNull(writer, "title", document.Title);
        if (document.ReferenceYear is { } year)
        {
            writer.WriteNumber("referenceYear", year);
        }
        else
        {
            writer.WriteNull("referenceYear");
        }

        writer.WriteString("referenceYearSource", ReportFormatting.ReferenceYearSourceName(document.ReferenceYearSource));
        if (document.Jurisdiction is { } jurisdiction)
        {
            writer.WriteStartObject("jurisdiction");
            WriteStringOrNull(writer, "name", jurisdiction.Name);
            writer.WriteString("level", ReportFormatting.JurisdictionLevelName(jurisdiction.Level));
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("jurisdiction");
        }

        writer.WriteNumber("length", document.Text.Length);
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in document.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
            ReportFormatting.FlushIfFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("commitments");
        foreach (var commitment in document.Commitments)
        {
            WriteCommitment(writer, commitment);
            ReportFormatting.FlushIfFull(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("id", diagnostic.Id);
        writer.WriteString("severity", ReportFormatting.SeverityName(diagnostic.Severity));
        writer.WriteString("category", diagnostic.Descriptor.Category);
        writer.WriteString("message", diagnostic.Message);
        WriteSpanAndPosition(writer, diagnostic.Location.SourceSpan, diagnostic.Location.LineSpan.Start);
        writer.WriteStartArray("additionalLocations");
        foreach (var location in diagnostic.AdditionalLocations)
        {
            writer.WriteStartObject();
            WriteStringOrNull(writer, "path", location.Path);
            WriteSpanAndPosition(writer, location.SourceSpan, location.LineSpan.Start);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        foreach (var (key, value) in diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            WriteStringOrNull(writer, key, value);
        }

        writer.WriteEndObject();
        if (diagnostic.Fix is { } fix)
        {
            writer.WriteStartObject("fix");
            writer.WriteString("title", fix.Title);
            writer.WriteStartArray("changes");
            foreach (var change in fix.Changes)
            {
                writer.WriteStartObject();
                WriteSpan(writer, "span", change.Span);
                writer.WriteString("newText", change.NewText);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("fix");
        }

        writer.WriteBoolean("suppressed", diagnostic.IsSuppressed);
        WriteStringOrNull(writer, "fingerprint", diagnostic.Fingerprint);
        writer.WriteEndObject();
    }

    private static void WriteCommitment(Utf8JsonWriter writer, Commitment commitment)
    {
        writer.WriteStartObject();
        writer.WriteString("text", commitment.Text);
        WriteSpanAndPosition(writer, commitment.Location.SourceSpan, commitment.Location.LineSpan.Start);
        writer.WriteString("section", commitment.Section);
        writer.WriteString("zone", ReportFormatting.ZoneName(commitment.Zone));
        writer.WriteString("kind", ReportFormatting.KindName(commitment.Kind));
        writer.WriteStartObject("actor");
        writer.WriteString("text", commitment.Actor.Text);
        writer.WriteBoolean("explicit", commitment.Actor.Explicit);
        writer.WriteEndObject();
        writer.WriteString("action", commitment.Action);
        writer.WriteString("modality", commitment.Modality);
        if (commitment.Metric is { } metric)
        {
            writer.WriteStartObject("metric");
            WriteStringOrNull(writer, "indicator", metric.Indicator);
            WriteStringOrNull(writer, "comparator", metric.Comparator);
            WriteNumberOrNull(writer, "value", metric.Value);
            WriteNumberOrNull(writer, "valueHigh", metric.ValueHigh);
            WriteStringOrNull(writer, "unit", metric.Unit);
            writer.WriteBoolean("redacted", metric.Redacted);
            writer.WriteString("text", metric.Text);
            WriteSpan(writer, "span", metric.Span);
            writer.WriteString("kind", ReportFormatting.MetricKindName(metric.Kind));
            WriteStringOrNull(writer, "baseline", metric.Baseline);
            WriteNumberOrNull(writer, "valueNormalized", metric.ValueNormalized);
            WriteNumberOrNull(writer, "valueHighNormalized", metric.ValueHighNormalized);
            WriteStringOrNull(writer, "unitBase", metric.UnitBase);
            WriteStringOrNull(writer, "indicatorId", metric.IndicatorId);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("metric");
        }

        if (commitment.Deadline is { } deadline)
        {
            writer.WriteStartObject("deadline");
            writer.WriteString("text", deadline.Text);
            writer.WriteString("kind", deadline.Kind);
            if (deadline.Year is { } year)
            {
                writer.WriteNumber("year", year);
            }
            else
            {
                writer.WriteNull("year");
            }

            WriteStringOrNull(writer, "recurrence", deadline.Recurrence);
            writer.WriteString("source", ReportFormatting.DeadlineSourceName(deadline.Source));
            WriteNumberOrNull(writer, "startYear", deadline.StartYear);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("deadline");
        }

        WriteNumberOrNull(writer, "duplicateOf", commitment.DuplicateOf);
        writer.WriteEndObject();
    }

    private static void WriteSpanAndPosition(Utf8JsonWriter writer, TextSpan span, LinePosition start)
    {
        WriteSpan(writer, "span", span);
        writer.WriteNumber("line", start.Line + 1);
        writer.WriteNumber("column", start.Character + 1);
    }

    private static void WriteSpan(Utf8JsonWriter writer, string name, TextSpan span)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("length", span.Length);
        writer.WriteEndObject();
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
