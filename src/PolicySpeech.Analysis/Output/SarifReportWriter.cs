using System.Text;
using System.Text.Json;

namespace PolicySpeech.Output;

/// <summary>
/// Writes a SARIF 2.1.0 log (one run) of the diagnostics of one or more documents: <c>tool.driver</c> with the rules and
/// their help links, results with both line/column and <c>charOffset</c>/<c>charLength</c> regions
/// (<c>columnKind: utf16CodeUnits</c>), related locations for additional locations, fixes, <c>partialFingerprints</c>
/// (key <see cref="FingerprintKey"/>, the <see cref="Diagnostic.Fingerprint"/>) and <c>suppressions</c> for baseline findings.
/// Artifact URIs are relative to a base directory (uriBaseId <c>SRCROOT</c>) when the file is under it, else absolute.
/// </summary>
public static class SarifReportWriter
{
    /// <summary>The SARIF version written.</summary>
    internal const string Version = "2.1.0";

    /// <summary>The <c>$schema</c> written.</summary>
    internal const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The key of the fingerprint in <c>partialFingerprints</c>.</summary>
    internal const string FingerprintKey = "policySpeechFingerprint/v1";

    /// <summary>The tool's home page (<c>tool.driver.informationUri</c>).</summary>
    internal const string InformationUri = "https://github.com/policyspeech/policyspeech";

    private const string BaseId = "SRCROOT";
    private const int ContextReach = 60;

    /// <summary>Writes the SARIF log of analysed documents to a stream (UTF-8, no byte order mark), streamed as it is written.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="results">The documents, as <see cref="DocumentAnalyzer"/> analysed them.</param>
    /// <param name="rules">The descriptors to list as rules (<see cref="DocumentAnalyzer.SupportedDiagnostics"/>); descriptors of reported diagnostics are added.</param>
    /// <param name="baseDirectory">The directory relative URIs are taken from; the current directory when omitted.</param>
    public static void Write(Stream stream, IEnumerable<DocumentAnalysisResult> results, IEnumerable<DiagnosticDescriptor> rules, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        Write(stream, results.Select(r => r.ToReport()), rules, baseDirectory);
    }

    /// <summary>The SARIF log of analysed documents as a string.</summary>
    /// <param name="results">The documents, as <see cref="DocumentAnalyzer"/> analysed them.</param>
    /// <param name="rules">The descriptors to list as rules.</param>
    /// <param name="baseDirectory">The directory relative URIs are taken from; the current directory when omitted.</param>
    /// <returns>The SARIF JSON text.</returns>
    public static string ToJson(IEnumerable<DocumentAnalysisResult> results, IEnumerable<DiagnosticDescriptor> rules, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        return ToJson(results.Select(r => r.ToReport()), rules, baseDirectory);
    }

    /// <summary>Writes the log to a stream (UTF-8, no byte order mark).</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="documents">The documents.</param>
    /// <param name="rules">The descriptors to list as rules (such as <see cref="DocumentAnalyzer.SupportedDiagnostics"/>); descriptors of reported diagnostics are added.</param>
    /// <param name="baseDirectory">The directory relative URIs are taken from; the current directory when omitted.</param>
    internal static void Write(Stream stream, IEnumerable<DocumentReport> documents, IEnumerable<DiagnosticDescriptor> rules, string? baseDirectory = null) =>
        Write(stream, documents, rules, [], baseDirectory);

    /// <summary>Writes the log to a stream, with third-party analyzers in <c>tool.extensions</c>.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="documents">The documents.</param>
    /// <param name="rules">The descriptors to list as the driver's rules; descriptors of reported diagnostics not in an extension are added.</param>
    /// <param name="extensions">The third-party analyzer assemblies that ran; their rules are listed under them, not under the driver.</param>
    /// <param name="baseDirectory">The directory relative URIs are taken from; the current directory when omitted.</param>
    internal static void Write(Stream stream, IEnumerable<DocumentReport> documents, IEnumerable<DiagnosticDescriptor> rules, IEnumerable<SarifToolExtension> extensions, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(extensions);
        var docs = documents.ToList();
        var baseDir = Path.GetFullPath(baseDirectory ?? Environment.CurrentDirectory);
        var extensionList = extensions.ToList();
        var extensionRules = new Dictionary<string, (int Extension, int Rule)>(StringComparer.Ordinal);
        for (int e = 0; e < extensionList.Count; e++)
        {
            for (int r = 0; r < extensionList[e].Rules.Length; r++)
            {
                extensionRules.TryAdd(extensionList[e].Rules[r].Id, (e, r));
            }
        }

        var ruleMap = new SortedDictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (!extensionRules.ContainsKey(rule.Id))
            {
                ruleMap.TryAdd(rule.Id, rule);
            }
        }

        foreach (var diagnostic in docs.SelectMany(d => d.Diagnostics))
        {
            if (!extensionRules.ContainsKey(diagnostic.Id))
            {
                ruleMap.TryAdd(diagnostic.Id, diagnostic.Descriptor);
            }
        }

        var ruleList = ruleMap.Values.ToList();
        var ruleIndex = ruleList.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        using var writer = new Utf8JsonWriter(stream, ReportFormatting.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", Version);
        writer.WriteStartArray("runs");
        writer.WriteStartObject();

        WriteTool(writer, ruleList, extensionList);

        writer.WriteStartObject("automationDetails");
        writer.WriteString("id", "policyspeech/check/");
        writer.WriteEndObject();

        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", true);
        writer.WriteEndObject();
        writer.WriteEndArray();

        writer.WriteStartObject("originalUriBaseIds");
        writer.WriteStartObject(BaseId);
        writer.WriteString("uri", new Uri(Path.EndsInDirectorySeparator(baseDir) ? baseDir : baseDir + Path.DirectorySeparatorChar).AbsoluteUri);
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartArray("artifacts");
        var artifacts = new List<(string Uri, bool Relative)>();
        foreach (var document in docs)
        {
            var location = ArtifactUri(document.Path, baseDir);
            artifacts.Add(location);
            writer.WriteStartObject();
            writer.WriteStartObject("location");
            WriteUri(writer, location);
            writer.WriteEndObject();
            writer.WriteNumber("length", ByteLength(document.Path));
            var (mime, language) = Kind(document.Path);
            writer.WriteString("mimeType", mime);
            writer.WriteString("sourceLanguage", language);
            if (document.Text.Encoding is { } encoding)
            {
                writer.WriteString("encoding", encoding.WebName);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("results");
        for (int i = 0; i < docs.Count; i++)
        {
            foreach (var diagnostic in docs[i].Diagnostics)
            {
                var rule = extensionRules.TryGetValue(diagnostic.Id, out var inExtension) ? inExtension : (Extension: -1, Rule: ruleIndex[diagnostic.Id]);
                WriteResult(writer, diagnostic, docs[i], i, artifacts[i], rule, baseDir);
                ReportFormatting.FlushIfFull(writer);
            }
        }

        writer.WriteEndArray();
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>The log as a string.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="rules">The descriptors to list as rules.</param>
    /// <param name="baseDirectory">The directory relative URIs are taken from; the current directory when omitted.</param>
    /// <returns>The SARIF JSON text.</returns>
    internal static string ToJson(IEnumerable<DocumentReport> documents, IEnumerable<DiagnosticDescriptor> rules, string? baseDirectory = null)
    {
        using var stream = new MemoryStream();
        Write(stream, documents, rules, baseDirectory);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteTool(Utf8JsonWriter writer, List<DiagnosticDescriptor> rules, List<SarifToolExtension> extensions)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "PolicySpeech");
        writer.WriteString("fullName", "PolicySpeech " + ReportFormatting.ToolVersion);
        writer.WriteString("version", ReportFormatting.ToolVersion);
        writer.WriteString("semanticVersion", ReportFormatting.ToolVersion);
        writer.WriteString("informationUri", InformationUri);
        WriteRules(writer, rules);
        writer.WriteEndObject();
        if (extensions.Count > 0)
        {
            writer.WriteStartArray("extensions");
            foreach (var extension in extensions)
            {
                writer.WriteStartObject();
                writer.WriteString("name", extension.Name);
                if (extension.Version is { Length: > 0 } version)
                {
                    writer.WriteString("version", version);
                }

                WriteRules(writer, extension.Rules);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter writer, IEnumerable<DiagnosticDescriptor> rules)
    {
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", RuleName(rule));
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Title);
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", string.IsNullOrWhiteSpace(rule.Description) ? rule.Title : rule.Description);
            writer.WriteEndObject();
            bool hasHelpUri = Uri.TryCreate(rule.HelpLinkUri, UriKind.Absolute, out _);
            if (hasHelpUri)
            {
                writer.WriteString("helpUri", rule.HelpLinkUri);
            }

            var description = string.IsNullOrWhiteSpace(rule.Description) ? rule.Title : rule.Description;
            writer.WriteStartObject("help");
            writer.WriteString("text", hasHelpUri ? $"{description} See {rule.HelpLinkUri}" : description);
            writer.WriteString("markdown", hasHelpUri ? $"{description}\n\n[{rule.Id}: {rule.Title}]({rule.HelpLinkUri})" : description);
            writer.WriteEndObject();

            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", ReportFormatting.SarifLevel(rule.DefaultSeverity));
            writer.WriteBoolean("enabled", rule.IsEnabledByDefault);
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("category", rule.Category);
            writer.WriteStartArray("tags");
            writer.WriteStringValue(rule.Category);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteResult(
        Utf8JsonWriter writer, Diagnostic diagnostic, DocumentReport document, int artifactIndex, (string Uri, bool Relative) artifact, (int Extension, int Rule) rule, string baseDir)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Id);
        if (rule.Extension < 0)
        {
            writer.WriteNumber("ruleIndex", rule.Rule);
        }
        else
        {
            // A rule of tool.extensions[e]: a reportingDescriptorReference naming its component.
            writer.WriteStartObject("rule");
            writer.WriteString("id", diagnostic.Id);
            writer.WriteNumber("index", rule.Rule);
            writer.WriteStartObject("toolComponent");
            writer.WriteNumber("index", rule.Extension);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteString("level", ReportFormatting.SarifLevel(diagnostic.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", diagnostic.Message);
        writer.WriteEndObject();

        writer.WriteStartArray("locations");
        WriteLocation(writer, diagnostic.Location, document.Text, artifact, artifactIndex, id: null);
        writer.WriteEndArray();

        if (!diagnostic.AdditionalLocations.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("relatedLocations");
            int id = 1;
            foreach (var location in diagnostic.AdditionalLocations)
            {
                bool sameFile = location.Path is null || location.Path == document.Path || location.Path == diagnostic.Location.Path;
                var related = sameFile ? artifact : ArtifactUri(location.Path!, baseDir);
                WriteLocation(writer, location, sameFile ? document.Text : null, related, sameFile ? artifactIndex : -1, id++);
            }

            writer.WriteEndArray();
        }

        if (diagnostic.Fingerprint is { } fingerprint)
        {
            writer.WriteStartObject("partialFingerprints");
            writer.WriteString(FingerprintKey, fingerprint);
            writer.WriteEndObject();
        }

        if (diagnostic.Fix is { Changes.IsDefaultOrEmpty: false } fix)
        {
            writer.WriteStartArray("fixes");
            writer.WriteStartObject();
            writer.WriteStartObject("description");
            writer.WriteString("text", fix.Title);
            writer.WriteEndObject();
            writer.WriteStartArray("artifactChanges");
            writer.WriteStartObject();
            writer.WriteStartObject("artifactLocation");
            WriteUri(writer, artifact);
            writer.WriteNumber("index", artifactIndex);
            writer.WriteEndObject();
            writer.WriteStartArray("replacements");
            foreach (var change in fix.Changes.OrderBy(c => c.Span.Start))
            {
                writer.WriteStartObject();
                writer.WriteStartObject("deletedRegion");
                WriteRegionBody(writer, change.Span, document.Text, snippet: false);
                writer.WriteEndObject();
                writer.WriteStartObject("insertedContent");
                writer.WriteString("text", change.NewText);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        if (diagnostic.IsSuppressed)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", "external");
            writer.WriteString("status", "accepted");
            writer.WriteString("justification", "Accepted in the baseline file.");
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        if (!diagnostic.Properties.IsEmpty)
        {
            writer.WriteStartObject("properties");
            foreach (var (key, value) in diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (key == "tags")
                {
                    continue;
                }

                if (value is null)
                {
                    writer.WriteNull(key);
                }
                else
                {
                    writer.WriteString(key, value);
                }
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter writer, Location location, SourceText? text, (string Uri, bool Relative) artifact, int artifactIndex, int? id)
    {
        writer.WriteStartObject();
        if (id is { } value)
        {
            writer.WriteNumber("id", value);
        }

        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        WriteUri(writer, artifact);
        if (artifactIndex >= 0)
        {
            writer.WriteNumber("index", artifactIndex);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("region");
        bool inText = text is not null && location.SourceSpan.End <= text.Length;
        if (inText)
        {
            WriteRegionBody(writer, location.SourceSpan, text!, snippet: true);
        }
        else
        {
            WriteRegionBody(writer, location.SourceSpan, location.LineSpan);
        }

        writer.WriteEndObject();
        if (inText)
        {
            // The line(s) of the finding, at most ContextReach characters either side, so viewers can show it in context.
            var lines = text!.GetLinePositionSpan(location.SourceSpan);
            int contextStart = Math.Max(text.GetLine(lines.Start.Line).Span.Start, location.SourceSpan.Start - ContextReach);
            int contextEnd = Math.Max(location.SourceSpan.End, Math.Min(text.GetLine(lines.End.Line).Span.End, location.SourceSpan.End + ContextReach));
            var context = TextSpan.FromBounds(contextStart, contextEnd);
            writer.WriteStartObject("contextRegion");
            WriteRegionBody(writer, context, text, snippet: true);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteRegionBody(Utf8JsonWriter writer, TextSpan span, SourceText text, bool snippet)
    {
        WriteRegionBody(writer, span, text.GetLinePositionSpan(span));
        if (snippet && span.Length > 0)
        {
            writer.WriteStartObject("snippet");
            writer.WriteString("text", text.ToString(span));
            writer.WriteEndObject();
        }
    }

    private static void WriteRegionBody(Utf8JsonWriter writer, TextSpan span, LinePositionSpan lines)
    {
        writer.WriteNumber("startLine", lines.Start.Line + 1);
        writer.WriteNumber("startColumn", lines.Start.Character + 1);
        writer.WriteNumber("endLine", lines.End.Line + 1);
        writer.WriteNumber("endColumn", lines.End.Character + 1);
        writer.WriteNumber("charOffset", span.Start);
        writer.WriteNumber("charLength", span.Length);
    }

    private static void WriteUri(Utf8JsonWriter writer, (string Uri, bool Relative) artifact)
    {
        writer.WriteString("uri", artifact.Uri);
        if (artifact.Relative)
        {
            writer.WriteString("uriBaseId", BaseId);
        }
    }

    /// <summary>A URI for a path: relative (escaped, forward slashes) when under <paramref name="baseDir"/>, else an absolute file URI.</summary>
    internal static (string Uri, bool Relative) ArtifactUri(string path, string baseDir)
    {
        if (path.Length == 0)
        {
            return ("document", true);
        }

        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(baseDir, full);
        if (!Path.IsPathRooted(relative) && !relative.StartsWith("..", StringComparison.Ordinal))
        {
            var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString);
            return (string.Join('/', segments), true);
        }

        return (new Uri(full).AbsoluteUri, false);
    }

    private static (string Mime, string Language) Kind(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => ("text/html", "html"),
        ".docx" => ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        _ => ("text/plain", "plaintext"),
    };

    private static long ByteLength(string path)
    {
        try
        {
            return path.Length > 0 && File.Exists(path) ? new FileInfo(path).Length : -1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return -1;
        }
    }

    private static string RuleName(DiagnosticDescriptor rule)
    {
        var builder = new StringBuilder();
        bool upper = true;
        foreach (char c in rule.Title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return builder.Length == 0 ? rule.Id : builder.ToString();
    }
}
