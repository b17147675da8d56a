using System.Text.Json;

namespace PolicySpeech.Output;

/// <summary>
/// Writes a baseline file that accepts every finding of the given reports:
/// <c>{"schema": "policyspeech-baseline/1", "accepted": [{"id", "fingerprint", "path", "message"}]}</c>. Name it in
/// <c>policyspeech.json</c> (<c>"baseline": "file"</c>) and later runs report those findings as suppressed.
/// </summary>
internal static class BaselineWriter
{
    /// <summary>Writes the baseline (UTF-8, indented). Findings without a <see cref="Diagnostic.Fingerprint"/> are left out.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="documents">The reports whose findings to accept.</param>
    public static void Write(Stream stream, IEnumerable<DocumentReport> documents)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(documents);
        using var writer = new Utf8JsonWriter(stream, ReportFormatting.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("schema", ConfigurationParser.BaselineSchema);
        writer.WriteStartArray("accepted");
        var seen = new HashSet<(string, string)>();
        foreach (var document in documents)
        {
            foreach (var diagnostic in document.Diagnostics)
            {
                if (diagnostic.Fingerprint is not { } fingerprint || !seen.Add((diagnostic.Id, fingerprint)))
                {
                    continue;
                }

                writer.WriteStartObject();
                writer.WriteString("id", diagnostic.Id);
                writer.WriteString("fingerprint", fingerprint);
                writer.WriteString("path", document.Path);
                writer.WriteString("message", diagnostic.Message);
                writer.WriteEndObject();
                ReportFormatting.FlushIfFull(writer);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }
}
