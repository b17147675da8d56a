using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PolicySpeech.Cli.Annotate;
using PolicySpeech.Semantics;

namespace PolicySpeech.Cli.Targets;

/// <summary>
/// The chart page of <c>policyspeech targets --html FILE</c>: one self-contained HTML file (inline CSS, inline SVG drawn by an
/// inline script from an inline JSON block; no network, no fonts or images to fetch) that charts one indicator across the
/// documents: a bar per jurisdiction for one year (provinces side by side) and a line over the years for each jurisdiction
/// with several (targets only: rows of a review zone are left out of the charts unless their clause says 目标, 预期, 定为 …), with a selector for the indicator and the
/// year and the table of the indicator's rows. Without JavaScript
/// the page shows the table of every target.
/// </summary>
internal static class TargetChartPage
{
    private static readonly JsonSerializerOptions DataOptions = new()
    {
        // Chinese kept readable; &lt; &gt; &amp; ' " always escaped, so the data cannot close its script element.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>The page for <paramref name="table"/>.</summary>
    /// <param name="table">The targets.</param>
    /// <param name="title">The page's title.</param>
    /// <returns>The HTML text.</returns>
    public static string Render(TargetTable table, string title)
    {
        var indicators = table.IndicatorIds
            .Select(id => TargetTable.FindIndicator(id))
            .OfType<Indicator>()
            .Select(i => new { id = i.Id, zh = i.ChineseName, en = i.EnglishName, n = table.Rows.Count(r => r.IndicatorId == i.Id) })
            .OrderByDescending(i => i.n)
            .ThenBy(i => i.id, StringComparer.Ordinal)
            .ToList();
        var rows = table.Rows.Where(r => r.IndicatorId is not null).Select(r => new
        {
            doc = r.Document,
            jur = r.Jurisdiction ?? System.IO.Path.GetFileNameWithoutExtension(r.Document),
            level = TargetTableWriter.Name(r.JurisdictionLevel),
            year = r.Year,
            id = r.IndicatorId,
            kind = TargetTableWriter.Name(r.Kind),
            cmp = r.Comparator,
            v = Finite(r.ValueNormalized ?? r.Value),
            vh = Finite(r.ValueHighNormalized ?? r.ValueHigh),
            unit = r.ValueNormalized is not null ? r.UnitBase : r.Unit,
            written = r.Value is { } v ? Number(v) + (r.ValueHigh is { } h ? "–" + Number(h) : "") + r.Unit : "**" + r.Unit,
            zone = r.Zone,
            target = r.Zone != "review" || TargetWords.Any(w => r.Text.Contains(w, StringComparison.Ordinal)),
            line = r.Line,
            text = r.Text,
        }).ToList();
        string data = JsonSerializer.Serialize(new { indicators, rows }, DataOptions);

        var b = new StringBuilder(16_384 + data.Length);
        b.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
         .Append("<title>").Append(Html.Encode(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
         .Append("<header><h1>").Append(Html.Encode(title)).Append("</h1>\n<p class=\"meta\">")
         .Append(table.Wide.Length).Append(" documents, ").Append(table.Rows.Length).Append(" targets, ")
         .Append(indicators.Count).Append(" indicators · policyspeech targets</p>\n")
         .Append("<form id=\"controls\"><label>Indicator <select id=\"indicator\"></select></label> ")
         .Append("<label>Year <select id=\"year\"></select></label></form></header>\n<main>\n")
         .Append("<section><h2 id=\"bars-title\">By jurisdiction</h2><svg id=\"bars\" role=\"img\" width=\"1100\" height=\"420\" viewBox=\"0 0 1100 420\"></svg></section>\n")
         .Append("<section><h2 id=\"lines-title\">Over the years</h2><svg id=\"lines\" role=\"img\" width=\"1100\" height=\"360\" viewBox=\"0 0 1100 360\"></svg></section>\n")
         .Append("<section><h2>Targets</h2><p class=\"meta\">Every row of the indicator; the charts leave out the review's results (zone review, unless the clause says 目标, 预期, 计划 …) and take, per jurisdiction and year, the plan's target first.</p><table id=\"rows\"><thead><tr><th>Jurisdiction</th><th>Year</th><th>Indicator</th><th>Kind</th><th>Target</th><th>Document</th><th>Text</th></tr></thead><tbody></tbody></table></section>\n")
         .Append("<noscript><table><thead><tr><th>Jurisdiction</th><th>Year</th><th>Indicator</th><th>Target</th><th>Document</th></tr></thead><tbody>\n");
        foreach (var r in rows)
        {
            b.Append("<tr><td>").Append(Html.Encode(r.jur)).Append("</td><td>").Append(r.year).Append("</td><td>").Append(Html.Encode(r.id))
             .Append("</td><td>").Append(Html.Encode(r.cmp + " " + r.written)).Append("</td><td>").Append(Html.Encode(r.doc)).Append("</td></tr>\n");
        }

        b.Append("</tbody></table></noscript>\n</main>\n<script type=\"application/json\" id=\"data\">").Append(data).Append("</script>\n<script>\n")
         .Append(Script).Append("</script>\n</body>\n</html>\n");
        return b.ToString();
    }

    /// <summary>Words that make a clause of a review zone a target still (older reports have no plan heading: 调控目标定为８％, 今年的经济增长预期为7％左右).</summary>
    private static readonly string[] TargetWords = ["目标", "预期", "定为", "力争", "计划", "今年", "明年", "要求"];

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static string Number(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    private const string Style = """
        body { margin: 0; color: #1f2328; background: #fff;
          font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
        header { padding: 12px 24px; border-bottom: 1px solid #d0d7de; background: #f6f8fa; }
        h1 { font-size: 1.25rem; margin: 0 0 4px; } h2 { font-size: 1rem; margin: 16px 0 4px; }
        .meta { color: #57606a; margin: 0 0 8px; font-size: .85rem; }
        label { margin-right: 16px; font-size: .9rem; } select { font: inherit; padding: 2px 4px; }
        main { padding: 0 24px 24px; }
        svg { display: block; max-width: 100%; height: auto; background: #fff; }
        svg text { font-size: 12px; fill: #1f2328; } svg .axis { stroke: #8c959f; stroke-width: 1; } svg .grid { stroke: #eaeef2; }
        svg .bar { fill: #0969da; } svg .bar.national { fill: #cf222e; } svg .whisker { stroke: #1f2328; stroke-width: 1.5; }
        svg .series { fill: none; stroke-width: 2; } svg .empty { fill: #57606a; font-size: 14px; }
        table { border-collapse: collapse; font-size: .8rem; width: 100%; }
        th, td { border-bottom: 1px solid #eaeef2; text-align: left; padding: 3px 6px; vertical-align: top; }
        th { background: #f6f8fa; } td.text { color: #57606a; max-width: 40em; }

        """;

    private const string Script = """
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("data").textContent);
          var NS = "http://www.w3.org/2000/svg";
          var palette = ["#0969da", "#cf222e", "#1a7f37", "#8250df", "#bf8700", "#0550ae", "#bc4c00", "#57606a", "#e16f24", "#116329"];
          var indicatorSelect = document.getElementById("indicator");
          var yearSelect = document.getElementById("year");
          var params = new URLSearchParams(location.search);

          function el(name, attrs, text) {
            var e = document.createElementNS(NS, name);
            for (var k in attrs) { e.setAttribute(k, attrs[k]); }
            if (text !== undefined) { e.textContent = text; }
            return e;
          }
          function clear(svg) { while (svg.firstChild) { svg.removeChild(svg.firstChild); } }
          function fmt(v) { return Math.abs(v) >= 1e6 ? v.toExponential(2) : String(Math.round(v * 1000) / 1000); }
          function ticks(lo, hi, n) {
            if (hi === lo) { hi = lo + 1; }
            var step = Math.pow(10, Math.floor(Math.log10((hi - lo) / n)));
            var err = (hi - lo) / n / step;
            if (err >= 7.5) { step *= 10; } else if (err >= 3.5) { step *= 5; } else if (err >= 1.5) { step *= 2; }
            var out = [];
            for (var t = Math.floor(lo / step) * step; t <= hi + step * 1e-9; t += step) { out.push(Math.round(t / step) * step); }
            return out;
          }
          // Targets only: a review's results (去年增长5.2%) are in the table below, not in the charts.
          function rowsOf(id) { return data.rows.filter(function (r) { return r.id === id && r.v !== null && r.target; }); }
          // One point per jurisdiction and year: the plan's target (主要预期目标) before a review's result, then document order.
          function chosen(rows) {
            var best = {}, order = [];
            rows.forEach(function (r) {
              var k = r.jur + "\u0000" + r.year, b = best[k];
              if (b === undefined) { best[k] = r; order.push(k); } else if (b.zone !== "plan" && r.zone === "plan") { best[k] = r; }
            });
            return order.map(function (k) { return best[k]; });
          }
          function unitOf(rows) { var u = {}; rows.forEach(function (r) { if (r.unit) { u[r.unit] = (u[r.unit] || 0) + 1; } }); var best = null; for (var k in u) { if (best === null || u[k] > u[best]) { best = k; } } return best; }

          data.indicators.forEach(function (i) {
            var o = document.createElement("option");
            o.value = i.id; o.textContent = i.zh + " · " + i.en + " (" + i.n + ")";
            indicatorSelect.appendChild(o);
          });
          var wanted = params.get("indicator");
          if (wanted && data.indicators.some(function (i) { return i.id === wanted; })) { indicatorSelect.value = wanted; }
          else if (data.indicators.some(function (i) { return i.id === "gdp_growth"; })) { indicatorSelect.value = "gdp_growth"; }

          function fillYears() {
            var rows = rowsOf(indicatorSelect.value), count = {};
            chosen(rows).forEach(function (r) { if (r.year !== null) { count[r.year] = (count[r.year] || 0) + 1; } });
            var years = Object.keys(count).sort();
            while (yearSelect.firstChild) { yearSelect.removeChild(yearSelect.firstChild); }
            var best = null;
            years.forEach(function (y) {
              var o = document.createElement("option"); o.value = y; o.textContent = y + " (" + count[y] + ")"; yearSelect.appendChild(o);
              if (best === null || count[y] >= count[best]) { best = y; }
            });
            var wantedYear = params.get("year");
            yearSelect.value = wantedYear && count[wantedYear] ? wantedYear : (best || "");
          }

          function axes(svg, x0, x1, y0, y1, lo, hi, unit) {
            ticks(lo, hi, 6).forEach(function (t) {
              if (t < lo - 1e-9 || t > hi + 1e-9) { return; }
              var y = y1 - (t - lo) / (hi - lo) * (y1 - y0);
              svg.appendChild(el("line", { x1: x0, x2: x1, y1: y, y2: y, "class": "grid" }));
              svg.appendChild(el("text", { x: x0 - 6, y: y + 4, "text-anchor": "end" }, fmt(t)));
            });
            svg.appendChild(el("line", { x1: x0, x2: x0, y1: y0, y2: y1, "class": "axis" }));
            svg.appendChild(el("line", { x1: x0, x2: x1, y1: y1, y2: y1, "class": "axis" }));
            if (unit) { svg.appendChild(el("text", { x: x0, y: y0 - 8 }, unit)); }
          }
          function range(rows) {
            var lo = 0, hi = 0;
            rows.forEach(function (r) { lo = Math.min(lo, r.v); hi = Math.max(hi, r.vh !== null ? r.vh : r.v); });
            return [lo, hi === lo ? lo + 1 : hi * 1.08];
          }

          function drawBars() {
            var svg = document.getElementById("bars"); clear(svg);
            var year = yearSelect.value;
            var rows = chosen(rowsOf(indicatorSelect.value).filter(function (r) { return String(r.year) === year; }));
            rows.sort(function (a, b) { return b.v - a.v; });
            document.getElementById("bars-title").textContent = "By jurisdiction, " + (year || "no year");
            if (rows.length === 0) { svg.appendChild(el("text", { x: 550, y: 200, "text-anchor": "middle", "class": "empty" }, "no target with a year for this indicator")); return; }
            var x0 = 70, x1 = 1080, y0 = 30, y1 = 330, r = range(rows), unit = unitOf(rows);
            axes(svg, x0, x1, y0, y1, r[0], r[1], unit);
            var w = (x1 - x0) / rows.length, bw = Math.max(2, Math.min(48, w * 0.7));
            rows.forEach(function (row, i) {
              var cx = x0 + w * (i + 0.5);
              var y = y1 - (row.v - r[0]) / (r[1] - r[0]) * (y1 - y0), base = y1 - (0 - r[0]) / (r[1] - r[0]) * (y1 - y0);
              var bar = el("rect", { x: cx - bw / 2, y: Math.min(y, base), width: bw, height: Math.max(1, Math.abs(base - y)), "class": "bar" + (row.level === "national" ? " national" : "") });
              bar.appendChild(el("title", {}, row.jur + " " + row.year + ": " + row.cmp + " " + row.written + "\n" + row.text));
              svg.appendChild(bar);
              if (row.vh !== null) {
                var yh = y1 - (row.vh - r[0]) / (r[1] - r[0]) * (y1 - y0);
                svg.appendChild(el("line", { x1: cx, x2: cx, y1: y, y2: yh, "class": "whisker" }));
                svg.appendChild(el("line", { x1: cx - bw / 4, x2: cx + bw / 4, y1: yh, y2: yh, "class": "whisker" }));
              }
              if (rows.length <= 40) {
                var top = row.vh !== null ? Math.min(y, y1 - (row.vh - r[0]) / (r[1] - r[0]) * (y1 - y0)) : y;
                svg.appendChild(el("text", { x: cx, y: top - 4, "text-anchor": "middle" }, row.vh !== null ? fmt(row.v) + "–" + fmt(row.vh) : fmt(row.v)));
              }
              var label = el("text", { x: cx, y: y1 + 14, "text-anchor": "end", transform: "rotate(-40 " + cx + " " + (y1 + 14) + ")" }, row.jur.replace(/(壮族|回族|维吾尔)?自治区$|省$|市$/, ""));
              svg.appendChild(label);
            });
          }

          function drawLines() {
            var svg = document.getElementById("lines"); clear(svg);
            var rows = chosen(rowsOf(indicatorSelect.value).filter(function (r) { return r.year !== null; }));
            var byJur = {};
            rows.forEach(function (r) { (byJur[r.jur] = byJur[r.jur] || {})[r.year] = r; });
            var series = Object.keys(byJur).filter(function (j) { return Object.keys(byJur[j]).length >= 2; });
            if (series.length === 0) { svg.appendChild(el("text", { x: 550, y: 180, "text-anchor": "middle", "class": "empty" }, "no jurisdiction states this indicator for two or more years")); return; }
            var points = [];
            series.forEach(function (j) { for (var y in byJur[j]) { points.push(byJur[j][y]); } });
            var ylo = Math.min.apply(null, points.map(function (p) { return p.year; })), yhi = Math.max.apply(null, points.map(function (p) { return p.year; }));
            if (yhi === ylo) { yhi = ylo + 1; }
            var x0 = 70, x1 = 940, y0 = 30, y1 = 310, r = range(points), unit = unitOf(points);
            axes(svg, x0, x1, y0, y1, r[0], r[1], unit);
            ticks(ylo, yhi, 10).forEach(function (t) {
              if (t < ylo || t > yhi || t !== Math.round(t)) { return; }
              var x = x0 + (t - ylo) / (yhi - ylo) * (x1 - x0);
              svg.appendChild(el("text", { x: x, y: y1 + 16, "text-anchor": "middle" }, String(t)));
            });
            series.forEach(function (j, k) {
              var color = palette[k % palette.length];
              var ys = Object.keys(byJur[j]).map(Number).sort(function (a, b) { return a - b; });
              var d = ys.map(function (y, i) {
                var p = byJur[j][y];
                return (i === 0 ? "M" : "L") + (x0 + (y - ylo) / (yhi - ylo) * (x1 - x0)).toFixed(1) + " " + (y1 - (p.v - r[0]) / (r[1] - r[0]) * (y1 - y0)).toFixed(1);
              }).join(" ");
              svg.appendChild(el("path", { d: d, "class": "series", stroke: color }));
              ys.forEach(function (y) {
                var p = byJur[j][y];
                var c = el("circle", { cx: x0 + (y - ylo) / (yhi - ylo) * (x1 - x0), cy: y1 - (p.v - r[0]) / (r[1] - r[0]) * (y1 - y0), r: 3.5, fill: color, "class": "point" });
                c.appendChild(el("title", {}, j + " " + y + ": " + p.cmp + " " + p.written + "\n" + p.text));
                svg.appendChild(c);
              });
              svg.appendChild(el("rect", { x: 960, y: 30 + k * 18, width: 12, height: 12, fill: color }));
              svg.appendChild(el("text", { x: 978, y: 40 + k * 18 }, j));
            });
          }

          function drawTable() {
            var body = document.querySelector("#rows tbody");
            while (body.firstChild) { body.removeChild(body.firstChild); }
            var names = {}; data.indicators.forEach(function (i) { names[i.id] = i.zh; });
            data.rows.filter(function (r) { return r.id === indicatorSelect.value; }).forEach(function (r) {
              var tr = document.createElement("tr");
              [r.jur, r.year === null ? "" : String(r.year), names[r.id] || r.id, r.kind, r.cmp + " " + r.written, r.doc + ":" + r.line, r.text].forEach(function (v, i) {
                var td = document.createElement("td"); td.textContent = v; if (i === 6) { td.className = "text"; } tr.appendChild(td);
              });
              body.appendChild(tr);
            });
          }

          function draw() { drawBars(); drawLines(); drawTable(); }
          indicatorSelect.addEventListener("change", function () { params.delete("year"); fillYears(); draw(); });
          yearSelect.addEventListener("change", draw);
          fillYears();
          draw();
        })();

        """;
}
