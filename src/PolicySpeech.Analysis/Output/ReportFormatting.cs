using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicySpeech.Semantics;

namespace PolicySpeech.Output;

/// <summary>Small pieces the writers share.</summary>
internal static class ReportFormatting
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>How many bytes a writer may hold before <see cref="FlushIfFull"/> passes them on.</summary>
    internal const int FlushThreshold = 64 * 1024;

    /// <summary>
    /// Passes what <paramref name="writer"/> holds on to its stream once it holds <see cref="FlushThreshold"/> bytes. A
    /// <see cref="Utf8JsonWriter"/> over a stream buffers everything until it is flushed, so a report of a large document
    /// (hundreds of megabytes of JSON) would otherwise be held whole, in a buffer that grows by doubling. The bytes written
    /// are the same.
    /// </summary>
    /// <param name="writer">The writer.</param>
    public static void FlushIfFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending >= FlushThreshold)
        {
            writer.Flush();
        }
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };

    public static string SarifLevel(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    public static string ReferenceYearSourceName(ReferenceYearSource source) => source switch
    {
        ReferenceYearSource.Given => "given",
        ReferenceYearSource.Metadata => "metadata",
        ReferenceYearSource.Inferred => "inferred",
        _ => "none",
    };

    public static string ZoneName(Zone zone) => zone switch
    {
        Zone.Review => "review",
        Zone.Plan => "plan",
        Zone.Outlook => "outlook",
        Zone.Conduct => "conduct",
        Zone.Directive => "directive",
        _ => "other",
    };

    public static string KindName(CommitmentKind kind) => kind switch
    {
        CommitmentKind.Target => "target",
        CommitmentKind.Requirement => "requirement",
        _ => "task",
    };

    public static string MetricKindName(MetricKind kind) => kind switch
    {
        MetricKind.Growth => "growth",
        MetricKind.Increment => "increment",
        MetricKind.Reduction => "reduction",
        MetricKind.Share => "share",
        _ => "level",
    };

    public static string JurisdictionLevelName(JurisdictionLevel level) => level switch
    {
        JurisdictionLevel.National => "national",
        JurisdictionLevel.Province => "province",
        JurisdictionLevel.City => "city",
        JurisdictionLevel.County => "county",
        _ => "unknown",
    };

    public static string DeadlineSourceName(DeadlineSource source) => source switch
    {
        DeadlineSource.Paragraph => "paragraph",
        DeadlineSource.Section => "section",
        DeadlineSource.Document => "document",
        _ => "explicit",
    };

    /// <summary>The library's version without build metadata, such as <c>0.1.0</c>.</summary>
    public static string ToolVersion
    {
        get
        {
            var assembly = typeof(ReportFormatting).Assembly;
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "0.0.0";
            int plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus >= 0 ? version[..plus] : version;
        }
    }
}
