using System.Text.Json;
using PolicySpeech.Semantics;

namespace PolicySpeech.Cli.Annotate;

/// <summary>
/// Writes the annotated speech as one self-contained HTML page (inline CSS and JS only, no external resources): the text
/// with findings underlined by severity and commitments highlighted, a popover with each mark's details (title
/// attributes without JS), and a side panel with the outline, the findings by rule and a sortable commitments table.
/// </summary>
internal sealed class HtmlAnnotator
{
    private const int ChunkChars = 1 << 15;

    private readonly AnnotationModel _model;
    private StreamWriter? _writer;

    public HtmlAnnotator(AnnotationModel model)
    {
        _model = model;
    }

    /// <summary>The page as a string (for tests and small speeches; the command line streams it with <see cref="Write"/>).</summary>
    /// <returns>The HTML page.</returns>
    public string Render()
    {
        using var stream = new MemoryStream();
        Write(stream);
        return new UTF8Encoding(false).GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>
    /// Writes the page to <paramref name="stream"/> as UTF-8, as it is made: the text, the tables and the data are passed
    /// on in chunks of about 64 KB, so the page of a long speech (about 15 bytes of HTML a character of text) is never held
    /// whole.
    /// </summary>
    /// <param name="stream">Where the page goes; left open.</param>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var analysis = _model.Analysis;
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true);
        _writer = writer;
        var b = new StringBuilder(ChunkChars + 4096);
        string title = analysis.Title ?? System.IO.Path.GetFileName(analysis.DisplayPath);
        b.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.Append("<meta name=\"generator\" content=\"policyspeech annotate\">\n");
        b.Append("<title>").Append(Html.Encode(title)).Append(" · policyspeech</title>\n");
        b.Append("<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n");
        WriteHeader(b, title);
        b.Append("<div class=\"layout\">\n<main class=\"speech\" id=\"speech\" lang=\"zh-CN\">\n");
        WriteSpeech(b);
        b.Append("</main>\n<aside class=\"side\" aria-label=\"Outline, findings and commitments\">\n");
        WriteOutline(b);
        WriteSummary(b);
        b.Append("</aside>\n</div>\n");

        // The commitments table spans the page's width below the speech (in the side panel it was cut at common widths).
        b.Append("<div class=\"wide\" id=\"commitments-panel\">\n");
        WriteCommitments(b);
        b.Append("</div>\n");
        b.Append("<div id=\"pop\" class=\"pop\" role=\"tooltip\" hidden></div>\n");
        b.Append("<script type=\"application/json\" id=\"ps-data\">");
        Drain(b, force: true);
        writer.Flush();
        WriteDataJson(stream);
        b.Append("</script>\n");
        b.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        Drain(b, force: true);
        writer.Flush();
        _writer = null;
    }

    /// <summary>Passes the chunk on to the writer once it holds about 64 KB (or always, when <paramref name="force"/>).</summary>
    private void Drain(StringBuilder b, bool force = false)
    {
        if (force || b.Length >= ChunkChars)
        {
            _writer!.Write(b);
            b.Clear();
        }
    }

    private void WriteHeader(StringBuilder b, string title)
    {
        var analysis = _model.Analysis;
        var counts = analysis.Diagnostics.GroupBy(d => d.Severity).ToDictionary(g => g.Key, g => g.Count());
        int Count(DiagnosticSeverity s) => counts.TryGetValue(s, out int n) ? n : 0;
        var ci = CultureInfo.InvariantCulture;
        b.Append("<header class=\"top\">\n<h1>").Append(Html.Encode(title)).Append("</h1>\n<p class=\"meta\">");
        b.Append("<span class=\"path\">").Append(Html.Encode(analysis.DisplayPath)).Append("</span>");
        b.Append(ci, $" · {analysis.Tree.Text.LineCount} 行 lines · {analysis.Tree.Text.Length} 字符 chars");
        if (analysis.ReferenceYear is { } year)
        {
            b.Append(ci, $" · 参考年份 reference year {year} ({analysis.ReferenceYearSource.ToString().ToLowerInvariant()})");
        }

        b.Append("</p>\n<p class=\"legend\">");
        b.Append(ci, $"<span class=\"chip sev-error\">错误 error {Count(DiagnosticSeverity.Error)}</span> ");
        b.Append(ci, $"<span class=\"chip sev-warning\">警告 warning {Count(DiagnosticSeverity.Warning)}</span> ");
        b.Append(ci, $"<span class=\"chip sev-info\">提示 info {Count(DiagnosticSeverity.Info)}</span> ");
        b.Append(ci, $"<span class=\"chip commit\">承诺 commitments {analysis.Commitments.Length}</span>");
        b.Append("<span class=\"hint\">悬停或点击标记查看详情 · hover or click a mark for details</span></p>\n</header>\n");
    }

    private void WriteSpeech(StringBuilder b)
    {
        var analysis = _model.Analysis;
        var text = analysis.Tree.Text;
        var ci = CultureInfo.InvariantCulture;
        var byLine = _model.Marks.ToLookup(m => text.GetLineNumber(m.Start));
        var open = new List<Mark>();
        var firstPiece = new HashSet<(MarkLayer, int)>();
        for (int n = 0; n < text.LineCount; n++)
        {
            var line = text.GetLine(n);
            open.RemoveAll(m => m.End <= line.Start);
            open.AddRange(byLine[n]);
            string classes = "ln";
            string? id = null;
            if (_model.LineRoles.TryGetValue(n, out var role))
            {
                classes += " " + role.Role;
                id = role.Anchor;
            }

            if (line.Span.IsEmpty || text.AsSpan(line.Span).IsWhiteSpace())
            {
                classes += " blank";
            }

            b.Append("<div class=\"").Append(classes).Append('"');
            if (id is not null)
            {
                b.Append(" id=\"").Append(id).Append('"');
            }

            b.Append(ci, $" data-line=\"{n + 1}\">");
            foreach (var e in MarkNester.Nest(line.Span.Start, line.Span.End, open))
            {
                switch (e.Kind)
                {
                    case MarkEventKind.Open when e.Mark.Layer == MarkLayer.Heading:
                        b.Append(ci, $"<span class=\"hd hd{Math.Clamp(_model.HeadingLevels[e.Mark.Index], 1, 4)}\">");
                        break;
                    case MarkEventKind.Open:
                        OpenMark(b, e.Mark, firstPiece.Add((e.Mark.Layer, e.Mark.Index)));
                        break;
                    case MarkEventKind.Close:
                        b.Append("</span>");
                        break;
                    default:
                        Html.Encode(b, text.AsSpan(new Text.TextSpan(e.Start, e.End - e.Start)));
                        break;
                }
            }

            b.Append("</div>\n");
            Drain(b);
        }
    }

    private void OpenMark(StringBuilder b, Mark mark, bool first)
    {
        var analysis = _model.Analysis;
        var ci = CultureInfo.InvariantCulture;
        if (mark.Layer == MarkLayer.Commitment)
        {
            var c = analysis.Commitments[mark.Index];
            b.Append("<span class=\"c\"");
            if (first)
            {
                b.Append(ci, $" id=\"c-{mark.Index + 1}\"");
            }

            b.Append(ci, $" data-c=\"{mark.Index}\" title=\"").Append(Html.Encode(CommitmentTitle(mark.Index, c))).Append("\">");
            return;
        }

        var d = analysis.Diagnostics[mark.Index];
        string severity = AnnotationModel.SeverityName(d.Severity);
        b.Append("<span class=\"f sev-").Append(severity);
        if (d.IsSuppressed)
        {
            b.Append(" suppressed");
        }

        b.Append('"');
        if (first)
        {
            b.Append(ci, $" id=\"f-{mark.Index + 1}\"");
        }

        b.Append(ci, $" data-f=\"{mark.Index}\" data-id=\"{d.Id}\" title=\"").Append(Html.Encode(FindingTitle(d))).Append("\">");
    }

    private static string FindingTitle(Diagnostic d)
    {
        var title = $"{d.Id} {AnnotationModel.SeverityName(d.Severity)}: {d.Message}";
        if (d.Fix is { } fix)
        {
            title += "\n修复 Fix: " + fix.Title;
        }

        return d.IsSuppressed ? title + "\n(suppressed by the baseline)" : title;
    }

    private static string CommitmentTitle(int index, Commitment c)
    {
        var lines = new List<string>
        {
            $"承诺 Commitment C{index + 1}: {c.Modality}",
            $"主体 actor: {c.Actor.Text}{(c.Actor.Explicit ? "" : " (implicit)")}",
            $"行动 action: {c.Action}",
        };
        if (c.Metric is { } m)
        {
            lines.Add($"指标 indicator: {m.Indicator} {m.Comparator} {AnnotationModel.ValueText(m)} {m.Unit}".TrimEnd());
        }

        if (c.Deadline is { } deadline)
        {
            lines.Add("期限 deadline: " + AnnotationModel.DeadlineText(deadline));
        }

        lines.Add("章节 section: " + c.Section);
        return string.Join("\n", lines);
    }

    private void WriteOutline(StringBuilder b)
    {
        var ci = CultureInfo.InvariantCulture;
        b.Append("<section class=\"panel\"><h2>提纲 Outline</h2>\n");
        if (_model.Outline.Count == 0)
        {
            b.Append("<p class=\"empty\">未识别到标题或小标题 · no title or headings found</p>\n");
        }
        else
        {
            b.Append("<ul class=\"outline\">\n");
            foreach (var entry in _model.Outline)
            {
                b.Append(ci, $"<li class=\"lvl{Math.Min(entry.Level, 4)}\"><a href=\"#{entry.Anchor}\">").Append(Html.Encode(entry.Text));
                b.Append(ci, $"</a> <span class=\"lnno\">{entry.Line + 1}</span></li>\n");
                Drain(b);
            }

            b.Append("</ul>\n");
        }

        b.Append("</section>\n");
    }

    private void WriteSummary(StringBuilder b)
    {
        var ci = CultureInfo.InvariantCulture;
        var summary = _model.RuleSummary().ToList();
        b.Append(ci, $"<section class=\"panel\"><h2>问题汇总 Findings by rule <span class=\"count\">{_model.Analysis.Diagnostics.Length}</span></h2>\n");
        if (summary.Count == 0)
        {
            b.Append("<p class=\"empty\">未发现问题 · no findings</p></section>\n");
            return;
        }

        b.Append("<table class=\"rules\"><thead><tr><th>规则 rule</th><th>级别</th><th class=\"num\">数量</th><th>说明 title</th></tr></thead><tbody>\n");
        foreach (var (id, severity, count, suppressed, descriptor) in summary)
        {
            string sev = AnnotationModel.SeverityName(severity);
            var first = _model.Analysis.Diagnostics.Select((d, i) => (d, i)).First(x => x.d.Id == id).i;
            b.Append("<tr><td><a class=\"rule\" href=\"").Append(Html.Encode(descriptor.HelpLinkUri)).Append("\" target=\"_blank\" rel=\"noopener\" data-rule=\"").Append(Html.Encode(id)).Append("\">").Append(Html.Encode(id)).Append("</a></td>");
            b.Append("<td><span class=\"dot sev-").Append(sev).Append("\"></span>").Append(sev).Append("</td>");
            b.Append(ci, $"<td class=\"num\"><a href=\"#f-{first + 1}\" title=\"first occurrence\">{count}</a>");
            if (suppressed > 0)
            {
                b.Append(ci, $" <span class=\"supp\">({suppressed} suppressed)</span>");
            }

            b.Append("</td><td>").Append(Html.Encode(descriptor.Title)).Append("</td></tr>\n");
            Drain(b);
        }

        b.Append("</tbody></table></section>\n");
    }

    private void WriteCommitments(StringBuilder b)
    {
        var analysis = _model.Analysis;
        var ci = CultureInfo.InvariantCulture;
        b.Append(ci, $"<section class=\"panel\"><h2>承诺 Commitments <span class=\"count\">{analysis.Commitments.Length}</span></h2>\n");
        b.Append("<div class=\"tablewrap\"><table id=\"commitments\" class=\"sortable\"><thead><tr>");
        (string Label, string English, string Type)[] headers =
        [
            ("#", "commitment", "num"), ("行", "line", "num"), ("章节", "section", "text"), ("主体", "actor", "text"), ("情态", "modality", "text"),
            ("行动", "action", "text"), ("指标", "indicator (of the metric)", "text"), ("比较", "comparator", "text"), ("值", "value", "num"), ("单位", "unit", "text"), ("期限", "deadline", "text"),
        ];
        foreach (var (label, english, type) in headers)
        {
            b.Append("<th data-type=\"").Append(type).Append("\" aria-sort=\"none\" title=\"").Append(english).Append("\"><button type=\"button\">").Append(Html.Encode(label)).Append("</button></th>");
        }

        b.Append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < analysis.Commitments.Length; i++)
        {
            var c = analysis.Commitments[i];
            var m = c.Metric;
            b.Append(ci, $"<tr data-c=\"{i}\"><td data-v=\"{i + 1}\"><a href=\"#c-{i + 1}\">C{i + 1}</a></td>");
            b.Append(ci, $"<td data-v=\"{_model.LineOf(c)}\">{_model.LineOf(c)}</td>");
            Cell(b, c.Section);
            Cell(b, c.Actor.Explicit ? c.Actor.Text : c.Actor.Text + "*", c.Actor.Explicit ? null : "implicit actor");
            Cell(b, ModalityLabel(c.Modality), c.Modality);
            Cell(b, c.Action);
            Cell(b, m?.Indicator ?? "");
            Cell(b, m?.Comparator ?? "");
            string value = AnnotationModel.ValueText(m);
            b.Append("<td class=\"num\" data-v=\"").Append(m?.Value is { } v ? v.ToString("R", ci) : "").Append("\">");
            b.Append(m is { Redacted: true } ? "<span class=\"redacted\">" + Html.Encode(value) + "</span>" : Html.Encode(value)).Append("</td>");
            Cell(b, m?.Unit ?? "");
            Cell(b, c.Deadline is { } dl ? dl.Text + (dl.Year is { } y ? string.Create(ci, $" ({y})") : "") : "", c.Deadline is null ? null : AnnotationModel.DeadlineText(c.Deadline));
            b.Append("</tr>\n");
            Drain(b);
        }

        b.Append("</tbody></table></div>\n");
        if (analysis.Commitments.Length == 0)
        {
            b.Append("<p class=\"empty\">未识别到承诺 · no commitments found</p>\n");
        }

        b.Append("</section>\n");
    }

    /// <summary>The Chinese cue word for a modality value of the output contract.</summary>
    internal static string ModalityLabel(string modality) => modality switch
    {
        "ensure" => "确保",
        "strive" => "力争",
        "should" => "要",
        "encourage" => "鼓励",
        "prohibit" => "禁止",
        "plan" => "计划",
        _ => modality,
    };

    private static void Cell(StringBuilder b, string text, string? title = null)
    {
        b.Append("<td");
        if (title is not null)
        {
            b.Append(" title=\"").Append(Html.Encode(title)).Append('"');
        }

        b.Append('>').Append(Html.Encode(text)).Append("</td>");
    }

    /// <summary>The findings and commitments as JSON for the page's script, written to <paramref name="stream"/> one record at a time.</summary>
    private void WriteDataJson(Stream stream)
    {
        var analysis = _model.Analysis;
        var text = analysis.Tree.Text;
        var findings = analysis.Diagnostics.Select(d => new Dictionary<string, object?>
        {
            ["id"] = d.Id,
            ["severity"] = AnnotationModel.SeverityName(d.Severity),
            ["title"] = d.Descriptor.Title,
            ["message"] = d.Message,
            ["fix"] = d.Fix?.Title,
            ["fixText"] = d.Fix is { } f ? string.Join(" · ", f.Changes.Where(c => text.ToString(c.Span) != c.NewText).Select(c => $"'{text.ToString(c.Span)}' → '{c.NewText}'")) : null,
            ["line"] = d.Location.LineSpan.Start.Line + 1,
            ["column"] = d.Location.LineSpan.Start.Character + 1,
            ["help"] = d.Descriptor.HelpLinkUri,
            ["suppressed"] = d.IsSuppressed,
            ["also"] = d.AdditionalLocations.IsDefaultOrEmpty ? null : d.AdditionalLocations.Select(l => l.LineSpan.Start.Line + 1).ToArray(),
        });
        var commitments = analysis.Commitments.Select((c, i) => new Dictionary<string, object?>
        {
            ["n"] = i + 1,
            ["text"] = c.Text,
            ["section"] = c.Section,
            ["actor"] = c.Actor.Text,
            ["actorExplicit"] = c.Actor.Explicit,
            ["action"] = c.Action,
            ["modality"] = c.Modality,
            ["modalityLabel"] = ModalityLabel(c.Modality),
            ["indicator"] = c.Metric?.Indicator,
            ["comparator"] = c.Metric?.Comparator,
            ["value"] = c.Metric is null ? null : AnnotationModel.ValueText(c.Metric),
            ["unit"] = c.Metric?.Unit,
            ["redacted"] = c.Metric?.Redacted,
            ["metricText"] = c.Metric?.Text,
            ["deadline"] = c.Deadline?.Text,
            ["deadlineKind"] = c.Deadline?.Kind,
            ["deadlineYear"] = c.Deadline?.Year,
            ["recurrence"] = c.Deadline?.Recurrence,
            ["line"] = _model.LineOf(c),
        });

        // The default encoder escapes <, >, & and ' (and non-ASCII), so the JSON cannot close the script element. The same
        // bytes as serialising {"findings": [...], "commitments": [...]} whole, without holding the lists or the string.
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        WriteArray(json, "findings", findings);
        WriteArray(json, "commitments", commitments);
        json.WriteEndObject();
        json.Flush();

        static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<Dictionary<string, object?>> records)
        {
            json.WritePropertyName(name);
            json.WriteStartArray();
            foreach (var record in records)
            {
                JsonSerializer.Serialize(json, record);
                if (json.BytesPending >= ChunkChars)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
        }
    }

    private const string Css = """
        :root { --err: #c62828; --warn: #ef6c00; --info: #1565c0; --commit: rgba(255, 202, 40, .32); --commit-strong: rgba(255, 179, 0, .55);
          --ink: #1f2328; --muted: #6a737d; --line: #e4e7eb; --panel: #f7f8fa; --accent: #8b1a1a; }
        * { box-sizing: border-box; }
        html { font-size: 16px; }
        body { margin: 0; color: var(--ink); background: #fff;
          font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
        header.top { padding: 14px 28px 10px; border-bottom: 3px solid var(--accent); background: linear-gradient(#fffdf8, #fff); }
        header.top h1 { margin: 0 0 4px; font-size: 1.45rem; font-weight: 700; color: var(--accent); letter-spacing: .04em; }
        .meta { margin: 0; color: var(--muted); font-size: .85rem; }
        .path { font-family: ui-monospace, "Noto Sans Mono CJK SC", monospace; }
        .legend { margin: 8px 0 0; font-size: .85rem; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
        .chip { display: inline-block; padding: 1px 9px; border-radius: 10px; border: 1px solid var(--line); background: #fff; }
        .chip.sev-error { text-decoration: underline wavy var(--err); text-underline-offset: 4px; }
        .chip.sev-warning { text-decoration: underline wavy var(--warn); text-underline-offset: 4px; }
        .chip.sev-info { text-decoration: underline wavy var(--info); text-underline-offset: 4px; }
        .chip.commit { background: var(--commit); }
        .hint { color: var(--muted); margin-left: 8px; }
        .layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(360px, 42%); }
        main.speech { padding: 18px 36px 60px 64px; font-size: 1.06rem; line-height: 2.05; max-width: 62em; }
        .ln { position: relative; white-space: pre-wrap; word-break: break-all; line-break: strict; margin: 0 0 .35em; text-align: justify; }
        .ln::before { content: attr(data-line); position: absolute; left: -3.3em; width: 2.6em; text-align: right;
          color: #b0b6bd; font-size: .7rem; font-family: ui-monospace, monospace; line-height: 2.9; user-select: none; }
        .ln.blank { margin: 0; line-height: .6; }
        .ln.blank::before { content: none; }
        .ln.title { text-align: center; font-size: 1.35rem; font-weight: 700; color: var(--accent); }
        .ln.h1 { margin-top: .7em; }
        .hd { font-weight: 700; }
        .hd1 { font-size: 1.12rem; color: #111; }
        .ln:target { background: #fff6d6; outline: 2px solid #ffd54f; }
        .f { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-thickness: 1.5px;
          text-underline-offset: 5px; text-decoration-skip-ink: none; cursor: help; }
        .f.sev-error { text-decoration-color: var(--err); }
        .f.sev-warning { text-decoration-color: var(--warn); }
        .f.sev-info { text-decoration-color: var(--info); }
        .f.sev-hidden { text-decoration-style: dotted; text-decoration-color: #9aa0a6; }
        .f.suppressed { text-decoration-style: dotted; opacity: .75; }
        .f.sev-error, .f.sev-warning { background: linear-gradient(transparent 82%, rgba(239, 108, 0, .10) 82%); }
        .c { background: var(--commit); border-radius: 3px; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: pointer; }
        .c:hover, .c.active { background: var(--commit-strong); }
        .f.active { outline: 2px solid rgba(21, 101, 192, .45); border-radius: 2px; }
        aside.side { border-left: 1px solid var(--line); background: var(--panel); padding: 4px 16px 40px; position: sticky; top: 0;
          height: 100vh; overflow: auto; font-size: .84rem; }
        .panel { margin: 8px 0 14px; }
        .panel h2 { font-size: .98rem; margin: 6px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); color: #333; }
        .count { display: inline-block; min-width: 1.6em; padding: 0 6px; border-radius: 9px; background: #e8eaed; font-size: .78rem; text-align: center; font-weight: 500; }
        .empty { color: var(--muted); }
        ul.outline { list-style: none; margin: 0; padding: 0; }
        ul.outline li { padding: 1px 0; line-height: 1.4; }
        ul.outline li.lvl0 { font-weight: 700; }
        ul.outline li.lvl1 { padding-left: .4em; font-weight: 600; }
        ul.outline li.lvl2 { padding-left: 1.6em; }
        ul.outline li.lvl3, ul.outline li.lvl4 { padding-left: 2.8em; color: #444; }
        ul.outline a { color: var(--ink); text-decoration: none; }
        ul.outline a:hover { color: var(--accent); text-decoration: underline; }
        .lnno { color: #9aa0a6; font-size: .72rem; font-family: ui-monospace, monospace; }
        table { border-collapse: collapse; width: 100%; background: #fff; }
        th, td { border-bottom: 1px solid var(--line); padding: 3px 5px; text-align: left; vertical-align: top; line-height: 1.45; }
        th { background: #eef0f3; font-weight: 600; white-space: nowrap; position: sticky; top: 0; }
        td.num, th.num { text-align: right; }
        table.rules a.rule { font-family: ui-monospace, monospace; color: #0b57d0; }
        .dot { display: inline-block; width: .62em; height: .62em; border-radius: 50%; margin-right: 4px; vertical-align: middle; }
        .dot.sev-error { background: var(--err); } .dot.sev-warning { background: var(--warn); } .dot.sev-info { background: var(--info); } .dot.sev-hidden { background: #9aa0a6; }
        .supp { color: var(--muted); }
        .tablewrap { max-height: 80vh; overflow: auto; border: 1px solid var(--line); }
        .wide { padding: 4px 28px 40px; border-top: 1px solid var(--line); background: var(--panel); }
        #commitments { font-size: .84rem; }
        #commitments td { max-width: 24em; }
        #commitments td:nth-child(6), #commitments td:nth-child(7) { min-width: 8em; }
        #commitments td:nth-child(3), #commitments td:nth-child(5) { white-space: nowrap; }
        table.sortable th button { all: unset; cursor: pointer; display: block; width: 100%; }
        table.sortable th button::after { content: " ↕"; color: #aab; font-size: .8em; }
        table.sortable th[aria-sort="ascending"] button::after { content: " ▲"; color: #333; }
        table.sortable th[aria-sort="descending"] button::after { content: " ▼"; color: #333; }
        table.sortable tbody tr { cursor: pointer; }
        table.sortable tbody tr:hover { background: #fff8e1; }
        .redacted { color: #999; letter-spacing: .1em; }
        .pop { position: absolute; z-index: 10; max-width: 440px; background: #fff; border: 1px solid #d0d4d9; border-radius: 8px;
          box-shadow: 0 6px 24px rgba(0, 0, 0, .16); padding: 8px 12px; font-size: .86rem; line-height: 1.55; }
        .pop .item + .item { border-top: 1px dashed var(--line); margin-top: 6px; padding-top: 6px; }
        .pop .head { font-weight: 700; }
        .pop .head .sev { font-weight: 500; font-size: .78rem; padding: 0 6px; border-radius: 8px; color: #fff; margin-left: 6px; }
        .pop .sev.sev-error { background: var(--err); } .pop .sev.sev-warning { background: var(--warn); } .pop .sev.sev-info { background: var(--info); } .pop .sev.sev-hidden { background: #9aa0a6; }
        .pop .fix { color: #1b5e20; }
        .pop dl { display: grid; grid-template-columns: auto 1fr; gap: 0 10px; margin: 4px 0 0; }
        .pop dt { color: var(--muted); } .pop dd { margin: 0; }
        .pop a { color: #0b57d0; }
        @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } aside.side { position: static; height: auto; border-left: 0; border-top: 1px solid var(--line); } main.speech { padding-left: 48px; } }
        @media print { aside.side { display: none; } .layout { display: block; } }

        """;

    private const string Script = """
        (function () {
          'use strict';
          var data = JSON.parse(document.getElementById('ps-data').textContent);
          var pop = document.getElementById('pop');
          var speech = document.getElementById('speech');
          var pinned = null;
          Array.prototype.forEach.call(document.querySelectorAll('#speech [title]'), function (el) {
            el.setAttribute('data-title', el.getAttribute('title'));
            el.removeAttribute('title');
          });
          function el(tag, cls, text) {
            var e = document.createElement(tag);
            if (cls) { e.className = cls; }
            if (text !== undefined && text !== null) { e.textContent = String(text); }
            return e;
          }
          function field(dl, label, value) {
            if (value === undefined || value === null || value === '') { return; }
            dl.appendChild(el('dt', null, label));
            dl.appendChild(el('dd', null, value));
          }
          function marksAt(target) {
            var found = [], seen = {};
            for (var node = target; node && node !== speech; node = node.parentNode) {
              if (node.nodeType !== 1) { continue; }
              var f = node.getAttribute('data-f'), c = node.getAttribute('data-c');
              if (f !== null && !seen['f' + f]) { seen['f' + f] = true; found.push({ kind: 'f', index: +f }); }
              if (c !== null && !seen['c' + c]) { seen['c' + c] = true; found.push({ kind: 'c', index: +c }); }
            }
            return found;
          }
          function render(marks) {
            pop.textContent = '';
            marks.forEach(function (m) {
              var item = el('div', 'item');
              if (m.kind === 'f') {
                var d = data.findings[m.index];
                var head = el('div', 'head', d.id + ' ');
                head.appendChild(el('span', 'sev sev-' + d.severity, d.severity));
                item.appendChild(head);
                item.appendChild(el('div', null, d.message));
                if (d.fix) { item.appendChild(el('div', 'fix', '修复 Fix: ' + d.fix + (d.fixText ? '  (' + d.fixText + ')' : ''))); }
                var dl = el('dl');
                field(dl, '位置', '第 ' + d.line + ' 行, 第 ' + d.column + ' 列');
                if (d.also) { field(dl, '首次出现', '第 ' + d.also.join(', ') + ' 行'); }
                if (d.suppressed) { field(dl, '状态', 'suppressed (baseline)'); }
                item.appendChild(dl);
                var a = el('a', null, d.title + ' · ' + d.id + ' 规则说明');
                a.href = d.help; a.target = '_blank'; a.rel = 'noopener';
                item.appendChild(a);
              } else {
                var c = data.commitments[m.index];
                item.appendChild(el('div', 'head', '承诺 C' + c.n + ' · ' + c.modalityLabel + ' ' + c.modality));
                var cdl = el('dl');
                field(cdl, '主体 actor', c.actor + (c.actorExplicit ? '' : '（隐含 implicit）'));
                field(cdl, '行动 action', c.action);
                field(cdl, '指标 indicator', c.indicator);
                field(cdl, '比较 cmp', c.comparator);
                field(cdl, '值 value', c.value);
                field(cdl, '单位 unit', c.unit);
                if (c.redacted) { field(cdl, '脱敏 redacted', '是 yes'); }
                field(cdl, '期限 deadline', c.deadline ? c.deadline + ' (' + c.deadlineKind + (c.deadlineYear ? ', ' + c.deadlineYear : '') + (c.recurrence ? ', ' + c.recurrence : '') + ')' : null);
                field(cdl, '章节 section', c.section);
                field(cdl, '行 line', c.line);
                item.appendChild(cdl);
              }
              pop.appendChild(item);
            });
          }
          function place(target) {
            var r = target.getBoundingClientRect();
            pop.hidden = false;
            var w = pop.offsetWidth, ph = pop.offsetHeight, x = r.left + window.scrollX, y = r.bottom + window.scrollY + 6;
            if (r.bottom + ph + 12 > window.innerHeight && r.top - ph - 6 > 0) { y = r.top + window.scrollY - ph - 6; }
            x = Math.max(8, Math.min(x, window.scrollX + document.documentElement.clientWidth - w - 12));
            pop.style.left = x + 'px'; pop.style.top = y + 'px';
          }
          function show(target) {
            var marks = marksAt(target);
            if (!marks.length) { return false; }
            render(marks); place(target);
            return true;
          }
          function hide() { pop.hidden = true; }
          function setActive(target) {
            Array.prototype.forEach.call(document.querySelectorAll('.active'), function (e) { e.classList.remove('active'); });
            if (target) { target.classList.add('active'); }
          }
          speech.addEventListener('mouseover', function (e) { if (!pinned) { show(e.target); } });
          speech.addEventListener('mouseout', function (e) { if (!pinned && !speech.contains(e.relatedTarget)) { hide(); } });
          speech.addEventListener('click', function (e) {
            var t = e.target.closest ? e.target.closest('[data-f],[data-c]') : null;
            if (t && show(e.target)) { pinned = t; setActive(t); e.stopPropagation(); }
          });
          document.addEventListener('click', function (e) { if (!pop.contains(e.target)) { pinned = null; setActive(null); hide(); } });
          document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { pinned = null; setActive(null); hide(); } });
          function fromHash() {
            var h = /^#([fc])-(\d+)$/.exec(window.location.hash);
            var m = h || /[?&]show=([fc])-(\d+)/.exec(window.location.search);
            var t = m ? document.getElementById(m[1] + '-' + m[2]) : null;
            if (!t) { return; }
            if (h) { t.scrollIntoView({ block: 'center' }); }
            if (show(t)) { pinned = t; setActive(t); }
          }
          window.addEventListener('hashchange', fromHash);
          var table = document.getElementById('commitments');
          if (table) {
            var ths = table.tHead.rows[0].cells;
            Array.prototype.forEach.call(ths, function (th, col) {
              th.querySelector('button').addEventListener('click', function () {
                var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
                Array.prototype.forEach.call(ths, function (o) { o.setAttribute('aria-sort', 'none'); });
                th.setAttribute('aria-sort', dir);
                var numeric = th.getAttribute('data-type') === 'num';
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                function key(row) { var td = row.cells[col]; var v = td.getAttribute('data-v'); return v !== null ? v : td.textContent; }
                rows.sort(function (a, b) {
                  var x = key(a), y = key(b), r;
                  if (numeric) {
                    var nx = x === '' ? Infinity : parseFloat(x), ny = y === '' ? Infinity : parseFloat(y);
                    r = nx === ny ? 0 : (nx < ny ? -1 : 1);
                  } else { r = x.localeCompare(y, 'zh-CN'); }
                  if (r === 0) { r = (+a.getAttribute('data-c')) - (+b.getAttribute('data-c')); return r; }
                  return dir === 'ascending' ? r : -r;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
            table.tBodies[0].addEventListener('click', function (e) {
              var row = e.target.closest('tr');
              if (!row || e.target.closest('a')) { return; }
              var target = document.getElementById('c-' + (+row.getAttribute('data-c') + 1));
              if (target) { target.scrollIntoView({ block: 'center' }); setActive(target); }
            });
          }
          fromHash();
        })();

        """;
}
