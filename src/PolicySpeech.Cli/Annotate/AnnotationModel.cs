using PolicySpeech.Semantics;
using PolicySpeech.Syntax;

namespace PolicySpeech.Cli.Annotate;

/// <summary>What both renderings of <c>annotate</c> share: the marks, the outline, line roles and field formatting.</summary>
internal sealed class AnnotationModel
{
    public AnnotationModel(AnnotatedDocument analysis)
    {
        Analysis = analysis;
        var text = analysis.Tree.Text;
        var marks = new List<Mark>();
        for (int i = 0; i < analysis.Commitments.Length; i++)
        {
            var span = analysis.Commitments[i].Location.SourceSpan;
            marks.Add(new Mark(span.Start, span.End, MarkLayer.Commitment, i));
        }

        for (int i = 0; i < analysis.Diagnostics.Length; i++)
        {
            var span = analysis.Diagnostics[i].Location.SourceSpan;
            int start = span.Start;
            int end = span.End;
            if (end == start)
            {
                // An empty span (a missing token, an engine failure) marks the character it points at, or the one before it.
                if (end < text.Length && !IsLineBreak(text[end]))
                {
                    end++;
                }
                else if (start > 0 && !IsLineBreak(text[start - 1]))
                {
                    start--;
                }
            }

            marks.Add(new Mark(start, end, MarkLayer.Finding, i));
        }

        Marks = marks;
        var outline = new List<OutlineEntry>();
        var roles = new Dictionary<int, (string Role, string Anchor)>();
        var root = analysis.Tree.Root;
        int titleCount = 0;
        foreach (var line in root.TitleLines)
        {
            int n = text.GetLineNumber(line.Span.Start);
            string anchor = "title-" + (++titleCount).ToString(CultureInfo.InvariantCulture);
            roles[n] = ("title", anchor);
            if (titleCount == 1)
            {
                outline.Add(new OutlineEntry(0, line.ToString().Trim(), n, anchor));
            }
        }

        int sectionCount = 0;
        var headingLevels = new List<int>();
        foreach (var section in root.DescendantNodes().OfType<SectionSyntax>())
        {
            int n = text.GetLineNumber(section.Heading.Span.Start);
            string anchor = "sec-" + (++sectionCount).ToString(CultureInfo.InvariantCulture);
            roles.TryAdd(n, ("h" + Math.Clamp(section.Level, 1, 4).ToString(CultureInfo.InvariantCulture), anchor));
            marks.Add(new Mark(section.Heading.Span.Start, section.Heading.Span.End, MarkLayer.Heading, headingLevels.Count));
            headingLevels.Add(section.Level);
            outline.Add(new OutlineEntry(section.Level, section.Heading.ToString().Trim(), n, roles[n].Anchor));
        }

        Outline = outline;
        HeadingLevels = headingLevels;
        LineRoles = roles;
    }

    public AnnotatedDocument Analysis { get; }

    public IReadOnlyList<Mark> Marks { get; }

    public IReadOnlyList<OutlineEntry> Outline { get; }

    /// <summary>The level of each heading mark (by <see cref="Mark.Index"/>).</summary>
    public IReadOnlyList<int> HeadingLevels { get; }

    /// <summary>Title and heading lines (0-based line number → role <c>title</c>/<c>h1</c>… and anchor id).</summary>
    public IReadOnlyDictionary<int, (string Role, string Anchor)> LineRoles { get; }

    /// <summary>Findings grouped by rule: ID, worst severity, count, suppressed count, descriptor, in ID order.</summary>
    public IEnumerable<(string Id, DiagnosticSeverity Severity, int Count, int Suppressed, DiagnosticDescriptor Descriptor)> RuleSummary() =>
        Analysis.Diagnostics
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Max(d => d.Severity), g.Count(), g.Count(d => d.IsSuppressed), g.First().Descriptor));

    public static string SeverityName(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    public static string FormatNumber(double? value) =>
        value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";

    /// <summary>The metric's value: the number, a range, or <c>**</c> when redacted.</summary>
    public static string ValueText(Metric? metric)
    {
        if (metric is null)
        {
            return "";
        }

        if (metric.Value is null && metric.Redacted)
        {
            return "**";
        }

        return metric.ValueHigh is { } high ? $"{FormatNumber(metric.Value)}–{FormatNumber(high)}" : FormatNumber(metric.Value);
    }

    public static string DeadlineText(Deadline? deadline)
    {
        if (deadline is null)
        {
            return "";
        }

        var parts = new List<string> { deadline.Text };
        var detail = new List<string> { deadline.Kind };
        if (deadline.Year is { } year)
        {
            detail.Add(year.ToString(CultureInfo.InvariantCulture));
        }

        if (deadline.Recurrence is { } recurrence)
        {
            detail.Add(recurrence);
        }

        parts.Add("(" + string.Join(", ", detail) + ")");
        return string.Join(" ", parts);
    }

    /// <summary>The 1-based line of a commitment.</summary>
    public int LineOf(Commitment commitment) => Analysis.Tree.Text.GetLineNumber(commitment.Location.SourceSpan.Start) + 1;

    /// <summary>The fix of a diagnostic as short text: its title and the replacement texts.</summary>
    public static string? FixText(Diagnostic diagnostic) => diagnostic.Fix?.Title;
}
