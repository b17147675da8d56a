namespace PolicySpeech.Cli.Annotate;

/// <summary>
/// Writes the annotated speech for a terminal: each line with a line-number gutter, findings and commitments marked
/// (ANSI colours, or plain <c>⟦…⟧¹</c> / <c>⟪…⟫C1</c> markers when piped), notes under each line, then the outline,
/// the commitments table and the findings by rule.
/// </summary>
internal sealed class TerminalAnnotator
{
    private const string Reset = "\u001b[0m";
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /// <summary>How many lines show the same finding note (rule and message) before the rest are left out.</summary>
    public const int RepeatedNoteLimit = 3;

    private readonly AnnotationModel _model;
    private readonly bool _colour;
    private readonly Dictionary<string, int> _noteLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _notesShown = new(StringComparer.Ordinal);

    public TerminalAnnotator(AnnotationModel model, bool colour)
    {
        _model = model;
        _colour = colour;
        var text = model.Analysis.Tree.Text;
        foreach (var group in model.Analysis.Diagnostics.GroupBy(NoteKey, StringComparer.Ordinal))
        {
            _noteLines[group.Key] = group.Select(d => text.GetLineNumber(d.Location.SourceSpan.Start)).Distinct().Count();
        }
    }

    private static string NoteKey(Diagnostic d) => d.Id + "\u0000" + d.Message;

    public void Write(TextWriter writer)
    {
        var analysis = _model.Analysis;
        var text = analysis.Tree.Text;
        int errors = analysis.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = analysis.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        int infos = analysis.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        writer.WriteLine(Style(TerminalText.Escape($"{analysis.DisplayPath}: {analysis.Title ?? "(no title)"}"), "1"));
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{analysis.Diagnostics.Length} findings ({errors} errors, {warnings} warnings, {infos} info), {analysis.Commitments.Length} commitments, {text.LineCount} lines"));
        writer.WriteLine(_colour
            ? $"key: {Style("error", "4;31")} {Style("warning", "4;33")} {Style("info", "4;36")} {Style("commitment", "48;5;24")}; notes under each line"
            : "key: ⟦finding⟧¹ with note ¹ under the line; ⟪commitment⟫C1 as in the commitments table");
        writer.WriteLine();

        int gutter = Math.Max(3, text.LineCount.ToString(CultureInfo.InvariantCulture).Length);
        var byLine = _model.Marks.ToLookup(m => text.GetLineNumber(m.Start));
        var open = new List<Mark>();
        for (int n = 0; n < text.LineCount; n++)
        {
            var line = text.GetLine(n);
            // Marks that touch this line: those starting on it, and those that started earlier and reach into it.
            open.RemoveAll(m => m.End <= line.Start);
            open.AddRange(byLine[n]);
            WriteLine(writer, n, line.Span.Start, line.Span.End, open, gutter);
        }

        writer.WriteLine();
        WriteOutline(writer);
        writer.WriteLine();
        WriteCommitments(writer);
        writer.WriteLine();
        WriteSummary(writer);
    }

    private void WriteLine(TextWriter writer, int lineNumber, int start, int end, List<Mark> marks, int gutter)
    {
        var analysis = _model.Analysis;
        var text = analysis.Tree.Text;
        var events = MarkNester.Nest(start, end, marks);
        var notes = new List<(string Key, string Note)>();
        var noteNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var noteCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var body = new StringBuilder();
        var stack = new List<Mark>();
        bool heading = _model.LineRoles.TryGetValue(lineNumber, out var role) && role.Role == "title";
        foreach (var e in events)
        {
            switch (e.Kind)
            {
                case MarkEventKind.Open when e.Mark.Layer == MarkLayer.Heading:
                case MarkEventKind.Close when e.Mark.Layer == MarkLayer.Heading:
                    heading = e.Kind == MarkEventKind.Open;
                    break;
                case MarkEventKind.Open:
                    stack.Add(e.Mark);
                    if (!_colour)
                    {
                        body.Append(e.Mark.Layer == MarkLayer.Commitment ? '⟪' : '⟦');
                    }

                    break;
                case MarkEventKind.Close:
                    stack.Remove(e.Mark);
                    if (!_colour)
                    {
                        body.Append(e.Mark.Layer == MarkLayer.Commitment ? '⟫' : '⟧');
                    }

                    if (e.IsLastPiece)
                    {
                        string label = Label(e.Mark, notes, noteNumbers, noteCounts);
                        body.Append(_colour ? Style(label, "2") : label);
                    }

                    break;
                default:
                    string piece = TerminalText.Escape(text.ToString(new Text.TextSpan(e.Start, e.End - e.Start)));
                    body.Append(_colour ? Style(piece, SgrFor(stack, heading)) : piece);
                    break;
            }
        }

        string number = (lineNumber + 1).ToString(CultureInfo.InvariantCulture).PadLeft(gutter);
        writer.WriteLine($"{(_colour ? Style(number, "2") : number)} │ {body}");
        foreach (var (key, note) in notes)
        {
            string more = "";
            if (_noteLines.TryGetValue(key, out int lines))
            {
                // The same finding on many lines (256 half-width commas): its note on the first lines only.
                int shown = _notesShown.GetValueOrDefault(key);
                _notesShown[key] = shown + 1;
                if (shown >= RepeatedNoteLimit)
                {
                    continue;
                }

                if (shown == RepeatedNoteLimit - 1 && lines > RepeatedNoteLimit)
                {
                    more = string.Create(CultureInfo.InvariantCulture, $" (the same note on {lines - RepeatedNoteLimit} more lines is not repeated)");
                }
            }

            string count = noteCounts[key] > 1 ? string.Create(CultureInfo.InvariantCulture, $" ×{noteCounts[key]}") : "";
            writer.WriteLine($"{new string(' ', gutter)} │   {TerminalText.Escape(note.Replace("{count}", count, StringComparison.Ordinal))}{more}");
        }
    }

    /// <summary>The marker after a mark; findings with the same rule and message on one line share one note.</summary>
    private string Label(Mark mark, List<(string Key, string Note)> notes, Dictionary<string, int> numbers, Dictionary<string, int> counts)
    {
        var analysis = _model.Analysis;
        if (mark.Layer == MarkLayer.Commitment)
        {
            var c = analysis.Commitments[mark.Index];
            string key = "C" + (mark.Index + 1).ToString(CultureInfo.InvariantCulture);
            if (numbers.TryAdd(key, 0))
            {
                counts[key] = 1;
                var fields = new List<string> { c.Modality, c.Action };
                if (c.Metric is { } metric)
                {
                    fields.Add($"{metric.Indicator} {metric.Comparator} {AnnotationModel.ValueText(metric)}{metric.Unit}".Trim());
                }

                if (c.Deadline is { } deadline)
                {
                    fields.Add(AnnotationModel.DeadlineText(deadline));
                }

                notes.Add((key, $"{(_colour ? Style(key, "48;5;24") : key)} commitment{{count}}: {string.Join(" · ", fields.Where(f => f.Length > 0))}"));
            }

            return key;
        }

        var d = analysis.Diagnostics[mark.Index];
        string noteKey = NoteKey(d);
        if (!numbers.TryGetValue(noteKey, out int n))
        {
            n = numbers.Keys.Count(k => k.Contains('\u0000', StringComparison.Ordinal)) + 1;
            numbers[noteKey] = n;
            counts[noteKey] = 0;
            string fix = d.Fix is { } f ? $" → fix: {f.Title}" : "";
            string suppressed = d.IsSuppressed ? " (suppressed)" : "";
            string severity = AnnotationModel.SeverityName(d.Severity);
            string head = _colour ? Style($"{d.Id} {severity}", SeverityColour(d.Severity)) : $"{d.Id} {severity}";
            notes.Add((noteKey, $"{Superscript(n)} {head}{{count}}{suppressed}: {d.Message}{fix}"));
        }

        counts[noteKey]++;
        return Superscript(n);
    }

    private string SgrFor(List<Mark> stack, bool heading)
    {
        var codes = new List<string>();
        if (heading)
        {
            codes.Add("1");
        }

        var findings = stack.Where(m => m.Layer == MarkLayer.Finding).Select(m => _model.Analysis.Diagnostics[m.Index]).ToList();
        if (findings.Count > 0)
        {
            var worst = findings.Max(d => d.Severity);
            codes.Add("4");
            codes.Add(worst switch
            {
                DiagnosticSeverity.Error => "31",
                DiagnosticSeverity.Warning => "33",
                DiagnosticSeverity.Info => "36",
                _ => "2",
            });
        }

        if (stack.Any(m => m.Layer == MarkLayer.Commitment))
        {
            codes.Add("48;5;24");
        }

        return string.Join(";", codes);
    }

    private static string Superscript(int n) =>
        string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(ch => Superscripts[ch - '0']));

    private static string SeverityColour(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "1;31",
        DiagnosticSeverity.Warning => "33",
        DiagnosticSeverity.Info => "36",
        _ => "2",
    };

    private string Style(string text, string sgr) =>
        !_colour || sgr.Length == 0 || text.Length == 0 ? text : $"\u001b[{sgr}m{text}{Reset}";

    private void WriteOutline(TextWriter writer)
    {
        writer.WriteLine(Style("Outline", "1"));
        if (_model.Outline.Count == 0)
        {
            writer.WriteLine("  (no title or headings found)");
        }

        foreach (var entry in _model.Outline)
        {
            string indent = new(' ', 2 + (entry.Level * 2));
            string kind = entry.Level == 0 ? "title " : "";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{indent}{kind}{TerminalText.Escape(entry.Text)}  (line {entry.Line + 1})"));
        }
    }

    private void WriteCommitments(TextWriter writer)
    {
        var analysis = _model.Analysis;
        writer.WriteLine(Style(string.Create(CultureInfo.InvariantCulture, $"Commitments ({analysis.Commitments.Length})"), "1"));
        if (analysis.Commitments.Length == 0)
        {
            writer.WriteLine("  (none found)");
            return;
        }

        string[] headers = ["#", "line", "section", "actor", "modality", "action", "indicator", "cmp", "value", "unit", "deadline"];
        int[] limits = [4, 5, 14, 12, 9, 20, 20, 5, 10, 8, 30];
        var rows = analysis.Commitments.Select((c, i) => new[]
        {
            "C" + (i + 1).ToString(CultureInfo.InvariantCulture),
            _model.LineOf(c).ToString(CultureInfo.InvariantCulture),
            c.Section,
            c.Actor.Explicit ? c.Actor.Text : $"({c.Actor.Text})",
            c.Modality,
            c.Action,
            c.Metric?.Indicator ?? "",
            c.Metric?.Comparator ?? "",
            AnnotationModel.ValueText(c.Metric),
            c.Metric?.Unit ?? "",
            AnnotationModel.DeadlineText(c.Deadline),
        }.Select((cell, k) => DisplayWidth.Truncate(TerminalText.Escape(cell), limits[k])).ToArray()).ToList();
        var widths = headers.Select((h, k) => Math.Max(DisplayWidth.Of(h), rows.Count == 0 ? 0 : rows.Max(r => DisplayWidth.Of(r[k])))).ToArray();
        writer.WriteLine("  " + Style(string.Join("  ", headers.Select((h, k) => DisplayWidth.PadRight(h, widths[k]))).TrimEnd(), "2"));
        foreach (var row in rows)
        {
            writer.WriteLine("  " + string.Join("  ", row.Select((cell, k) => DisplayWidth.PadRight(cell, widths[k]))).TrimEnd());
        }
    }

    private void WriteSummary(TextWriter writer)
    {
        var summary = _model.RuleSummary().ToList();
        writer.WriteLine(Style(string.Create(CultureInfo.InvariantCulture, $"Findings by rule ({_model.Analysis.Diagnostics.Length})"), "1"));
        if (summary.Count == 0)
        {
            writer.WriteLine("  (none)");
        }

        foreach (var (id, severity, count, suppressed, descriptor) in summary)
        {
            string sev = AnnotationModel.SeverityName(severity);
            string suppressedText = suppressed > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({suppressed} suppressed)") : "";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Style(id, SeverityColour(severity))}  {sev,-7} {count,5}{suppressedText}  {descriptor.Title}  {descriptor.HelpLinkUri}"));
        }
    }
}
