using System.Globalization;

namespace PolicySpeech.Output;

/// <summary>
/// Writes one finding a line, the way compilers do: <c>path(line,col): warning PS1001: message</c> (1-based line and
/// column, the column in UTF-16 code units). After a document's findings, an ID with many of them gets a summary line
/// <c>path: PS3003: 37 findings: Half-width punctuation in Chinese text</c>, which has no <c>(line,col)</c>, so tools that
/// parse the finding lines skip it.
/// </summary>
public static class TextReportWriter
{
    /// <summary>Writes the report of analysed documents: one line per finding, then a summary.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="results">The documents, as <see cref="DocumentAnalyzer"/> analysed them.</param>
    public static void Write(TextWriter writer, IEnumerable<DocumentAnalysisResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        Write(writer, results.Select(r => r.ToReport()));
    }

    /// <summary>Writes the report.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="documents">The documents.</param>
    /// <param name="options">What to include; <see cref="TextReportOptions.Default"/> when omitted.</param>
    internal static void Write(TextWriter writer, IEnumerable<DocumentReport> documents, TextReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(documents);
        options ??= TextReportOptions.Default;
        foreach (var document in documents)
        {
            var counts = new Dictionary<string, (int Count, DiagnosticDescriptor Descriptor)>(StringComparer.Ordinal);
            foreach (var diagnostic in document.Diagnostics)
            {
                if ((diagnostic.IsSuppressed && !options.IncludeSuppressed) || (diagnostic.Severity == DiagnosticSeverity.Hidden && !options.IncludeHidden))
                {
                    continue;
                }

                counts.TryGetValue(diagnostic.Id, out var entry);
                int count = entry.Count + 1;
                counts[diagnostic.Id] = (count, diagnostic.Descriptor);
                if (options.MaxFindingsPerId is { } max && count > max)
                {
                    continue;
                }

                writer.WriteLine(FormatLine(document.Path, diagnostic));
            }

            foreach (var (id, (count, descriptor)) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                bool many = options.SummaryThreshold > 0 && count >= options.SummaryThreshold;
                bool cut = options.MaxFindingsPerId is { } max && count > max;
                if (many || cut)
                {
                    var shown = cut ? string.Create(CultureInfo.InvariantCulture, $" ({options.MaxFindingsPerId} shown)") : "";
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{document.Path}: {id}: {count} findings{shown}: {descriptor.Title}"));
                }
            }
        }
    }

    /// <summary>One finding as a line: <c>path(line,col): severity ID: message</c>.</summary>
    /// <param name="path">The document's path as shown.</param>
    /// <param name="diagnostic">The finding.</param>
    /// <returns>The line, without a line break.</returns>
    internal static string FormatLine(string path, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var start = diagnostic.Location.LineSpan.Start;
        var suppressed = diagnostic.IsSuppressed ? " (suppressed)" : "";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{path}({start.Line + 1},{start.Character + 1}): {ReportFormatting.SeverityName(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}{suppressed}");
    }
}
