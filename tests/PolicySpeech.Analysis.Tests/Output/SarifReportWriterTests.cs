using System.Text.Json;
using PolicySpeech.Output;
using NJ = NJsonSchema;

namespace PolicySpeech.Tests.Output;

public sealed class SarifReportWriterTests
{
    private static string? SchemaPath
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "schemas", "sarif-schema-2.1.0.json"));
            return File.Exists(path) ? path : null;
        }
    }

    private static async Task AssertValidAsync(string sarif)
    {
        if (SchemaPath is not { } path)
        {
            return; // ../shared is absent (a fresh clone without it): nothing to validate against
        }

        var schema = await NJ.JsonSchema.FromFileAsync(path);
        var errors = schema.Validate(sarif);
        Assert.True(errors.Count == 0, "SARIF schema errors:\n" + string.Join('\n', errors.Select(e => $"{e.Path}: {e.Kind} {e.Property}")));
    }

    [Fact]
    public async Task SeedLogValidatesAgainstTheSarifSchema()
    {
        var (report, driver) = ReportSamples.Analyze(File.ReadAllText(RepoPaths.Seed), Path.Combine(RepoPaths.Root, "corpus", "seed", "000_9db54a9de2bb72cf.txt"));
        var sarif = SarifReportWriter.ToJson([report], driver.SupportedDiagnostics, RepoPaths.Root);
        await AssertValidAsync(sarif);
        Assert.Contains("\"uri\": \"corpus/seed/000_9db54a9de2bb72cf.txt\"", sarif, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThirdPartyRulesAreListedInToolExtensionsAndValidate()
    {
        var dir = Path.GetTempPath();
        var (report, driver) = ReportSamples.Analyze(ReportSamples.Small, Path.Combine(dir, "讲话 1.txt"));
        Assert.Contains(report.Diagnostics, d => d.Id == "TST001");
        var extension = new SarifToolExtension("Acme.Rules", "1.2.3", driver.SupportedDiagnostics.Where(d => d.Id.StartsWith("TST", StringComparison.Ordinal)));
        using var stream = new MemoryStream();
        SarifReportWriter.Write(stream, [report], driver.SupportedDiagnostics, [extension], dir);
        var sarif = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        await AssertValidAsync(sarif);

        using var doc = JsonDocument.Parse(sarif);
        var tool = doc.RootElement.GetProperty("runs")[0].GetProperty("tool");
        Assert.DoesNotContain(tool.GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "TST001");
        var component = tool.GetProperty("extensions")[0];
        Assert.Equal("Acme.Rules", component.GetProperty("name").GetString());
        Assert.Equal("1.2.3", component.GetProperty("version").GetString());
        var rules = component.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var result = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "TST001");
        Assert.Equal(rules.IndexOf("TST001"), result.GetProperty("rule").GetProperty("index").GetInt32());
        Assert.Equal(0, result.GetProperty("rule").GetProperty("toolComponent").GetProperty("index").GetInt32());

        // Without extensions the log is as before.
        Assert.Equal(SarifReportWriter.ToJson([report], driver.SupportedDiagnostics, dir), WriteWithout(report, driver, dir));
    }

    private static string WriteWithout(DocumentReport report, PolicySpeech.Diagnostics.AnalyzerDriver driver, string dir)
    {
        using var stream = new MemoryStream();
        SarifReportWriter.Write(stream, [report], driver.SupportedDiagnostics, [], dir);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public async Task SmallLogHasTheFieldsViewersUse()
    {
        var dir = Path.GetTempPath();
        var (report, driver) = ReportSamples.Analyze(ReportSamples.Small, Path.Combine(dir, "讲话 1.txt"));
        var sarif = SarifReportWriter.ToJson([report], driver.SupportedDiagnostics, dir);
        await AssertValidAsync(sarif);

        using var doc = JsonDocument.Parse(sarif);
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        var driverElement = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("PolicySpeech", driverElement.GetProperty("name").GetString());
        var rules = driverElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "PS9001");
        var tst = rules.FindIndex(r => r.GetProperty("id").GetString() == "TST001");
        Assert.Equal("https://example.org/TST001", rules[tst].GetProperty("helpUri").GetString());
        Assert.Equal("Test", rules[tst].GetProperty("properties").GetProperty("category").GetString());
        Assert.Equal("warning", rules[tst].GetProperty("defaultConfiguration").GetProperty("level").GetString());

        var artifact = run.GetProperty("artifacts")[0];
        Assert.Equal("%E8%AE%B2%E8%AF%9D%201.txt", artifact.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("plaintext", artifact.GetProperty("sourceLanguage").GetString());

        var results = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == "TST001").ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(tst, results[0].GetProperty("ruleIndex").GetInt32());
        var region = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        int offset = region.GetProperty("charOffset").GetInt32();
        Assert.Equal("法冶", ReportSamples.Small.Substring(offset, region.GetProperty("charLength").GetInt32()));
        Assert.Equal(7, region.GetProperty("startLine").GetInt32());
        Assert.Equal(4, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(7, region.GetProperty("endLine").GetInt32());
        Assert.Equal(6, region.GetProperty("endColumn").GetInt32());
        Assert.Equal("external", results[0].GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.False(results[1].TryGetProperty("suppressions", out _));
        Assert.Equal(32, results[0].GetProperty("partialFingerprints").GetProperty(SarifReportWriter.FingerprintKey).GetString()!.Length);
        var replacement = results[0].GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal(offset, replacement.GetProperty("deletedRegion").GetProperty("charOffset").GetInt32());
        Assert.Equal("法治", replacement.GetProperty("insertedContent").GetProperty("text").GetString());

        var related = run.GetProperty("results").EnumerateArray().Where(r => r.TryGetProperty("relatedLocations", out _)).ToList();
        Assert.All(related, r => Assert.True(r.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() >= 1));
    }

    [Fact]
    public async Task TheValidatorCatchesABrokenLog()
    {
        if (SchemaPath is null)
        {
            return;
        }

        var (report, driver) = ReportSamples.Analyze(ReportSamples.Small, "small.txt");
        var sarif = SarifReportWriter.ToJson([report], driver.SupportedDiagnostics).Replace("\"level\": \"warning\"", "\"level\": \"loud\"", StringComparison.Ordinal);
        var schema = await NJ.JsonSchema.FromFileAsync(SchemaPath);
        Assert.NotEmpty(schema.Validate(sarif));
    }
}
