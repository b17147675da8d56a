using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicySpeech.Cli.Annotate;

namespace PolicySpeech.Cli.Tests.Annotate;

public sealed class HtmlReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ps-annotate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void SamplePageIsSelfContainedAndComplete()
    {
        string page = Path.Combine(_folder, "sample.html");
        var result = CliRunner.Run("annotate", "--html", page);
        Assert.Equal(0, result.ExitCode);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
        var analysis = AnnotatedDocument.LoadSample();

        // Self-contained: no external scripts, styles, fonts or images.
        Assert.DoesNotContain(document.QuerySelectorAll("script[src]"), e => !IsData(e.GetAttribute("src")));
        Assert.DoesNotContain(document.QuerySelectorAll("link[href]"), e => !IsData(e.GetAttribute("href")));
        Assert.DoesNotContain(document.QuerySelectorAll("img[src], iframe, object, embed"), e => !IsData(e.GetAttribute("src")));
        foreach (var style in document.QuerySelectorAll("style"))
        {
            Assert.DoesNotContain("@import", style.TextContent);
            Assert.DoesNotMatch(@"url\(\s*['""]?(?!data:)", style.TextContent);
        }

        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", document.QuerySelector("meta[charset]")?.GetAttribute("charset"));
        Assert.Contains("Noto Sans CJK SC", document.QuerySelector("style")!.TextContent);

        // Every finding is marked, with its ID, and has a title for readers without JavaScript.
        var findingMarks = document.QuerySelectorAll("#speech [data-f]");
        Assert.Equal(analysis.Diagnostics.Length, findingMarks.Select(e => e.GetAttribute("data-f")).Distinct().Count());
        foreach (var id in analysis.Diagnostics.Select(d => d.Id).Distinct())
        {
            Assert.NotEmpty(document.QuerySelectorAll($"#speech [data-id='{id}']"));
            var link = document.QuerySelector($"a.rule[data-rule='{id}']");
            Assert.NotNull(link);
            Assert.EndsWith($"/docs/rules/{id}.md", link!.GetAttribute("href"));
        }

        Assert.All(findingMarks, e => Assert.False(string.IsNullOrEmpty(e.GetAttribute("title"))));
        Assert.Contains(findingMarks, e => e.TextContent == "巾棚" && e.GetAttribute("data-id") == "PS5001" && e.GetAttribute("title")!.Contains("巾帼"));

        // Commitments: highlighted in the text and one table row each, under sortable headers.
        var rows = document.QuerySelectorAll("table#commitments tbody tr");
        Assert.Equal(analysis.Commitments.Length, rows.Length);
        Assert.Equal(analysis.Commitments.Length, document.QuerySelectorAll("#speech [data-c]").Select(e => e.GetAttribute("data-c")).Distinct().Count());
        var headers = document.QuerySelectorAll("table#commitments thead th[aria-sort] button");
        Assert.Equal(11, headers.Length);

        // Issue #13: the action has its own column (not shown as the "indicator" when there is no metric), and the table
        // spans the page below the speech, not the side panel (where it was cut at 1,200 px).
        var titles = document.QuerySelectorAll("table#commitments thead th").Select(th => th.GetAttribute("title")).ToList();
        Assert.Contains("action", titles);
        Assert.Contains("indicator (of the metric)", titles);
        Assert.Null(document.QuerySelector("aside table#commitments"));
        Assert.NotNull(document.QuerySelector("div.wide table#commitments"));
        var noMetric = analysis.Commitments.Select((c, i) => (c, i)).First(p => p.c.Metric is null);
        var cells = rows[noMetric.i].QuerySelectorAll("td");
        Assert.Equal(noMetric.c.Action, cells[5].TextContent);
        Assert.Equal("", cells[6].TextContent);
        Assert.Contains(document.QuerySelectorAll("script:not([src])"), s => s.TextContent.Contains("aria-sort", StringComparison.Ordinal));

        // The outline links to headings that exist.
        var outline = document.QuerySelectorAll("ul.outline a[href^='#']");
        Assert.Equal(21, outline.Length); // the title and 5 sections of 3 subsections each
        Assert.All(outline, a => Assert.NotNull(document.GetElementById(a.GetAttribute("href")![1..])));

        // The speech text survives: the lines' text is the document's text.
        var lines = document.QuerySelectorAll("#speech > div.ln").Select(e => e.TextContent);
        Assert.Equal(analysis.Tree.Text.ToString().Replace("\r", "").TrimEnd('\n'), string.Join("\n", lines));

        // Marks nest: the speech's markup opens and closes as many spans as the parsed page holds (nothing re-parented).
        string raw = File.ReadAllText(page);
        string main = raw[raw.IndexOf("<main", StringComparison.Ordinal)..raw.IndexOf("</main>", StringComparison.Ordinal)];
        int opens = System.Text.RegularExpressions.Regex.Count(main, "<span[ >]");
        Assert.Equal(opens, System.Text.RegularExpressions.Regex.Count(main, "</span>"));
        Assert.Equal(opens, document.QuerySelectorAll("#speech span").Length);

        // The data for the popovers parses and has one entry per finding.
        var json = System.Text.Json.JsonDocument.Parse(document.GetElementById("ps-data")!.TextContent);
        Assert.Equal(analysis.Diagnostics.Length, json.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void TextIsEscaped()
    {
        string speech = Path.Combine(_folder, "escape.txt");
        File.WriteAllText(speech, "关于<script>alert(1)</script>的讲话\n\n同志们：\n  要落实“A&B”方案,确保<b>粗体</b>不被解释。\n");
        string page = Path.Combine(_folder, "escape.html");
        var result = CliRunner.Run("annotate", speech, "--html", page);
        Assert.Equal(0, result.ExitCode);
        string html = File.ReadAllText(page);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>粗体", html);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Contains("关于<script>alert(1)</script>的讲话", document.GetElementById("speech")!.TextContent);
        Assert.Contains("“A&B”", document.GetElementById("speech")!.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("script").Length); // the data block and the page script only
    }

    [Fact]
    public void ScreenshotInHeadlessChromium()
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            return; // chromium is not installed here (CI installs it); the DOM test still checks the page
        }

        string page = Path.Combine(_folder, "shot.html");
        Assert.Equal(0, CliRunner.Run("annotate", "--html", page).ExitCode);
        string png = Path.Combine(_folder, "shot.png");
        string profile = Directory.CreateTempSubdirectory("ps-chromium-").FullName;
        try
        {
            var info = new System.Diagnostics.ProcessStartInfo(chromium)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1400,1000",
                new Uri(page).AbsoluteUri + "?show=f-1",
            })
            {
                info.ArgumentList.Add(arg);
            }

            using var process = System.Diagnostics.Process.Start(info)!;
            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish in 120 s");
            }

            Assert.True(File.Exists(png), "chromium wrote no screenshot");
            var bytes = File.ReadAllBytes(png);
            Assert.True(bytes.Length > 20_000, $"the screenshot is only {bytes.Length} bytes");
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            int width = (bytes[16] << 24) | (bytes[17] << 16) | (bytes[18] << 8) | bytes[19];
            int height = (bytes[20] << 24) | (bytes[21] << 16) | (bytes[22] << 8) | bytes[23];
            Assert.Equal(1400, width);
            Assert.Equal(1000, height);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static bool IsData(string? url) => url is not null && url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
}
