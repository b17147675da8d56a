using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Parquet;
using PolicySpeech.Cli.Batch;
using PolicySpeech.Cli.Targets;

namespace PolicySpeech.Cli.Tests.Targets;

/// <summary><c>policyspeech targets</c>, run in-process on the team's work report (a bundled sample) and on ../shared/corpus-archive.</summary>
public sealed class TargetsCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ps-targets-").FullName;

    private static string Sample => Path.Combine(RepoPaths.Corpus, "team", "work-report-targets.txt");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void CsvHasAByteOrderMarkAndTheDocumentedHeader()
    {
        string csv = Path.Combine(_folder, "targets.csv");
        var run = CliRunner.Run("targets", Sample, "-o", csv);
        Assert.True(run.ExitCode == 0, run.Error);
        var bytes = File.ReadAllBytes(csv);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var records = ReadCsv(csv);
        Assert.Equal(
            ["document", "jurisdiction", "jurisdictionLevel", "year", "indicatorId", "indicatorZh", "indicatorEn", "indicatorText", "kind",
             "baseline", "comparator", "value", "valueHigh", "unit", "valueNormalized", "valueHighNormalized", "unitBase", "deadlineYear",
             "zone", "line", "column", "start", "length", "text"],
            records[0]);
        Assert.True(records.Count > 20, $"only {records.Count - 1} targets");
        var header = records[0];
        var rows = records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        foreach (var row in rows)
        {
            Assert.Equal(header.Length, row.Count);
            foreach (var column in new[] { "value", "valueHigh", "valueNormalized", "valueHighNormalized" })
            {
                Assert.True(row[column].Length == 0 || (double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)), $"{column} = {row[column]}");
            }

            Assert.Contains(row["kind"], new[] { "level", "growth", "increment", "reduction", "share" });
        }

        var gdp = Assert.Single(rows, r => r["indicatorId"] == "gdp_growth" && r["zone"] == "plan");
        Assert.Equal("国内生产总值增长", gdp["indicatorZh"]);
        Assert.Equal("GDP growth", gdp["indicatorEn"]);
        Assert.Equal("growth", gdp["kind"]);
        Assert.Equal("5.5", gdp["value"]);
        Assert.Equal("percent", gdp["unitBase"]);
        var jobs = rows.First(r => r["indicatorId"] == "urban_new_jobs" && r["zone"] == "plan");
        Assert.Equal("万人", jobs["unit"]);
        Assert.Equal("700000", jobs["valueNormalized"]);
        Assert.Equal("persons", jobs["unitBase"]);

        // The span points at the clause the row quotes.
        string text = File.ReadAllText(Sample);
        int start = int.Parse(gdp["start"], CultureInfo.InvariantCulture);
        Assert.Equal(gdp["text"], text.Substring(start, int.Parse(gdp["length"], CultureInfo.InvariantCulture)));
        Assert.Contains("targets:", run.Error);
    }

    [Fact]
    public void WideTableHasOneRowPerDocumentAndAColumnPerIndicator()
    {
        string csv = Path.Combine(_folder, "wide.csv");
        var run = CliRunner.Run("targets", Sample, RepoPaths.Seed, "--wide", "-o", csv);
        Assert.True(run.ExitCode == 0, run.Error);
        var records = ReadCsv(csv);
        Assert.Equal(["document", "jurisdiction", "jurisdictionLevel", "year"], records[0][..4]);
        Assert.Contains("gdp_growth", records[0]);
        Assert.Equal(3, records.Count);
        var row = records.Skip(1).Single(r => r[0].EndsWith("work-report-targets.txt", StringComparison.Ordinal));
        Assert.Equal("5.5", row[Array.IndexOf(records[0], "gdp_growth")]);
    }

    [Fact]
    public void JsonLinesAndParquetHoldTheSameRows()
    {
        var jsonl = CliRunner.Run("targets", Sample, "--format", "jsonl");
        Assert.True(jsonl.ExitCode == 0, jsonl.Error);
        var lines = jsonl.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using (var first = JsonDocument.Parse(lines[0]))
        {
            Assert.Equal(TargetTableWriter.LongColumns, first.RootElement.EnumerateObject().Select(p => p.Name));
        }

        string parquet = Path.Combine(_folder, "targets.parquet");
        var run = CliRunner.Run("targets", Sample, "--format", "parquet", "-o", parquet);
        Assert.True(run.ExitCode == 0, run.Error);
        var (count, values) = ReadParquetDoubles(parquet, "valueNormalized");
        Assert.Equal(lines.Length, count);
        Assert.Contains(700000d, values);
    }

    [Fact]
    public void OutFolderHasBothTablesAndTheInputs()
    {
        string input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.Copy(Sample, Path.Combine(input, "report.txt"));
        File.WriteAllText(Path.Combine(input, "notes.md"), "not a speech");
        string outDir = Path.Combine(_folder, "out");
        var run = CliRunner.Run("targets", input, "--out", outDir, "--format", "csv,parquet", "--html", Path.Combine(_folder, "chart.html"));
        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var name in new[] { "targets", "targets-wide", "target-documents" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, name + ".csv")), name + ".csv");
            Assert.True(File.Exists(Path.Combine(outDir, name + ".parquet")), name + ".parquet");
        }

        var documents = ReadCsv(Path.Combine(outDir, "target-documents.csv"));
        Assert.Equal(["document", "status", "error", "jurisdiction", "jurisdictionLevel", "year", "targets"], documents[0]);
        Assert.Contains(documents, r => r[0].EndsWith("notes.md", StringComparison.Ordinal) && r[1] == "skipped");
        Assert.Contains(documents, r => r[0].EndsWith("report.txt", StringComparison.Ordinal) && r[1] == "ok" && int.Parse(r[6], CultureInfo.InvariantCulture) > 20);
        Assert.True(File.Exists(Path.Combine(_folder, "chart.html")));
        Assert.Contains("skipped", run.Error);
    }

    [Theory]
    [InlineData("archive/national-gwr-2018-013.txt", 2018)]
    [InlineData("reports.zip!/prov-2026_湖北省_政府工作报告.txt", 2026)]
    [InlineData("corpus-archive/speech-0055.txt", null)]
    [InlineData("speech-12345.txt", null)]
    [InlineData("scan-1800.txt", null)]
    public void AYearStandingAloneInTheFileNameIsTheFallbackYear(string path, int? year) =>
        Assert.Equal(year, TargetInputs.YearOfName(path));

    [Fact]
    public void UsageErrorsExitWithTwo()
    {
        Assert.Equal(2, CliRunner.Run("targets", Sample, "--format", "parquet").ExitCode);
        Assert.Equal(2, CliRunner.Run("targets", Sample, "--format", "xml").ExitCode);
        Assert.Equal(2, CliRunner.Run("targets", Sample, "--format", "csv,jsonl").ExitCode);
        Assert.Equal(2, CliRunner.Run("targets", Path.Combine(_folder, "missing.txt")).ExitCode);
    }

    [Fact]
    public void CorpusArchiveReportsGiveTheirTargets()
    {
        if (RepoPaths.SharedRoot is not { } shared || !Directory.Exists(Path.Combine(shared, "corpus-archive")))
        {
            return; // ../shared/corpus-archive is not beside this checkout
        }

        string hubei = Path.Combine(shared, "corpus-archive", "prov-2026_湖北省_政府工作报告.txt");
        string national = Path.Combine(shared, "corpus-archive", "national-gwr-2018-013.txt");
        if (!File.Exists(hubei) || !File.Exists(national))
        {
            return;
        }

        string csv = Path.Combine(_folder, "archive.csv");
        var run = CliRunner.Run("targets", hubei, national, "-o", csv);
        Assert.True(run.ExitCode == 0, run.Error);
        var records = ReadCsv(csv);
        var header = records[0];
        var rows = records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
        var h = rows.First(r => r["document"] == hubei && r["indicatorId"] == "gdp_growth" && r["zone"] == "plan");
        Assert.Equal(("湖北省", "province", "2026", "~", "5.5"), (h["jurisdiction"], h["jurisdictionLevel"], h["year"], h["comparator"], h["value"]));
        var n = rows.First(r => r["document"] == national && r["indicatorId"] == "gdp_growth" && r["zone"] == "plan");
        // The 2018 report states no year in its text: the year comes from its file name.
        Assert.Equal(("国家", "national", "2018", "~", "6.5"), (n["jurisdiction"], n["jurisdictionLevel"], n["year"], n["comparator"], n["value"]));
        Assert.Contains(rows, r => r["document"] == national && r["indicatorId"] == "cpi" && r["value"] == "3");
    }

    [Fact]
    public void ChartPageIsSelfContained()
    {
        string page = Path.Combine(_folder, "chart.html");
        var run = CliRunner.Run("targets", Sample, RepoPaths.Seed, "--format", "html", "-o", page);
        Assert.True(run.ExitCode == 0, run.Error);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
        Assert.Empty(document.QuerySelectorAll("script[src], link[href], img, iframe, object, embed"));
        Assert.DoesNotContain("http://", document.QuerySelector("style")!.TextContent);
        Assert.DoesNotContain("@import", document.QuerySelector("style")!.TextContent);
        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("select#indicator"));
        Assert.NotNull(document.QuerySelector("svg#bars"));
        using var data = JsonDocument.Parse(document.GetElementById("data")!.TextContent);
        Assert.Contains(data.RootElement.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("id").GetString() == "gdp_growth");
        Assert.True(data.RootElement.GetProperty("rows").GetArrayLength() > 20);
        Assert.True(document.QuerySelectorAll("noscript").Length == 1);
    }

    [Fact]
    public void ChartPageEscapesTheDocumentsText()
    {
        string input = Path.Combine(_folder, "hostile.txt");
        File.WriteAllText(input, "某省政府工作报告\n\n今年主要预期目标：地区生产总值增长5%左右</script><script>alert(1)</script>。\n");
        string page = Path.Combine(_folder, "hostile.html");
        var run = CliRunner.Run("targets", input, "--format", "html", "-o", page);
        Assert.True(run.ExitCode == 0, run.Error);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
        Assert.Equal(2, document.QuerySelectorAll("script").Length); // the data block and the page script only
    }

    [Fact]
    public void ChartRendersInHeadlessChromium()
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            return; // chromium is not installed here (CI installs it); ChartPageIsSelfContained still checks the page
        }

        string page = Path.Combine(_folder, "shot.html");
        string[] inputs = RepoPaths.SharedRoot is { } shared && Directory.Exists(Path.Combine(shared, "corpus-archive"))
            ? [Path.Combine(shared, "corpus-archive"), Sample]
            : [Sample];
        Assert.Equal(0, CliRunner.Run(["targets", .. inputs, "--format", "html", "-o", page]).ExitCode);
        string url = new Uri(page).AbsoluteUri + "?indicator=gdp_growth";

        // The DOM after the script ran: bars drawn in the SVG.
        string dom = RunChromium(chromium, "--dump-dom", url).Output;
        var rendered = new HtmlParser().ParseDocument(dom);
        Assert.True(rendered.QuerySelectorAll("svg#bars rect.bar").Length > 0, "no bar drawn");
        Assert.StartsWith("By jurisdiction, ", rendered.GetElementById("bars-title")!.TextContent, StringComparison.Ordinal);
        Assert.True(rendered.QuerySelectorAll("select#indicator option").Length > 0, "no indicator to choose");
        Assert.True(rendered.QuerySelectorAll("#rows tbody tr").Length > 0, "the targets table is empty");

        // The screenshot: a real picture (not a blank page).
        string png = Path.Combine(_folder, "shot.png");
        RunChromium(chromium, "--screenshot=" + png, url);
        Assert.True(File.Exists(png), "chromium wrote no screenshot");
        var bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 20_000, $"the screenshot is only {bytes.Length} bytes");
    }

    private static (string Output, int Code) RunChromium(string chromium, string mode, string url)
    {
        string profile = Directory.CreateTempSubdirectory("ps-chromium-").FullName;
        try
        {
            var info = new System.Diagnostics.ProcessStartInfo(chromium) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1200,1000", mode, url,
            })
            {
                info.ArgumentList.Add(arg);
            }

            using var process = System.Diagnostics.Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("chromium did not finish in 120 s");
            }

            return (output.Result, process.ExitCode);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    private static List<string[]> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        var raw = new StringBuilder();
        var fields = new List<string>();
        var records = new List<string[]>();
        while (Csv.TryReadRecord(reader, raw, fields))
        {
            records.Add([.. fields]);
        }

        return records;
    }

    private static (long Count, List<double?> Values) ReadParquetDoubles(string path, string column)
    {
        return Task.Run(async () =>
        {
            await using var reader = await ParquetReader.CreateAsync(path);
            var field = reader.Schema.DataFields.Single(f => f.Name == column);
            Assert.Equal(typeof(double), field.ClrType);
            var values = new List<double?>();
            long count = 0;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                count += group.RowCount;
                var buffer = new double?[group.RowCount];
                await group.ReadAsync<double>(field, buffer.AsMemory());
                values.AddRange(buffer);
            }

            return (count, values);
        }).GetAwaiter().GetResult();
    }
}
