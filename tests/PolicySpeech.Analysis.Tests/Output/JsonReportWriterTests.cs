using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PolicySpeech.Output;

namespace PolicySpeech.Tests.Output;

public sealed class JsonReportWriterTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", "policyspeech-1.schema.json"))));

    private static void AssertValid(string json)
    {
        var results = Schema.Value.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = results.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).ToList();
        Assert.True(results.IsValid, "schema errors:\n" + string.Join('\n', errors));
    }

    [Fact]
    public void ReportWithDiagnosticsAndCommitmentsMatchesTheSchema()
    {
        var (report, _) = ReportSamples.Analyze(ReportSamples.Small, "corpus/team/small.txt");
        var json = JsonReportWriter.ToJson([ReportSamples.WithCommitments(report)]);
        AssertValid(json);
        Assert.Contains("\"path\": \"corpus/team/small.txt\"", json, StringComparison.Ordinal);
        Assert.Contains("法冶", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedReportMatchesTheSchema()
    {
        var (report, _) = ReportSamples.Analyze(File.ReadAllText(RepoPaths.Seed), "corpus/seed/000_9db54a9de2bb72cf.txt");
        AssertValid(JsonReportWriter.ToJson([report, report with { Path = "copy.txt", Title = null }]));
    }

    [Fact]
    public void SchemaRejectsAWrongReport()
    {
        var (report, _) = ReportSamples.Analyze(ReportSamples.Small, "small.txt");
        var node = JsonNode.Parse(JsonReportWriter.ToJson([report]))!;
        node["documents"]![0]!["diagnostics"]![0]!["severity"] = "Warning";
        var results = Schema.Value.Evaluate(node, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.False(results.IsValid);
    }

    [Fact]
    public void FieldsFollowTheContract()
    {
        var (report, _) = ReportSamples.Analyze(ReportSamples.Small, "small.txt");
        using var doc = JsonDocument.Parse(JsonReportWriter.ToJson([ReportSamples.WithCommitments(report)]));
        var root = doc.RootElement;
        Assert.Equal("policyspeech/1", root.GetProperty("schema").GetString());
        var d = root.GetProperty("documents")[0];
        Assert.Equal(["path", "title", "referenceYear", "referenceYearSource", "jurisdiction", "length", "diagnostics", "commitments"], d.EnumerateObject().Select(p => p.Name));
        Assert.Equal(ReportSamples.Small.Length, d.GetProperty("length").GetInt32());
        Assert.Equal("inferred", d.GetProperty("referenceYearSource").GetString());

        var word = d.GetProperty("diagnostics").EnumerateArray().Where(x => x.GetProperty("id").GetString() == "TST001").ToList();
        Assert.Equal(2, word.Count);
        var first = word[0];
        Assert.Equal(
            ["id", "severity", "category", "message", "span", "line", "column", "additionalLocations", "properties", "fix", "suppressed", "fingerprint"],
            first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        int start = first.GetProperty("span").GetProperty("start").GetInt32();
        Assert.Equal("法冶", ReportSamples.Small.Substring(start, first.GetProperty("span").GetProperty("length").GetInt32()));
        Assert.Equal(7, first.GetProperty("line").GetInt32());
        Assert.Equal(4, first.GetProperty("column").GetInt32());
        Assert.True(first.GetProperty("suppressed").GetBoolean());
        Assert.False(word[1].GetProperty("suppressed").GetBoolean());
        var change = first.GetProperty("fix").GetProperty("changes")[0];
        Assert.Equal("法治", change.GetProperty("newText").GetString());

        var commitment = d.GetProperty("commitments")[0];
        Assert.Equal(["text", "span", "line", "column", "section", "zone", "kind", "actor", "action", "modality", "metric", "deadline", "duplicateOf"], commitment.EnumerateObject().Select(p => p.Name));
        Assert.Equal("target", commitment.GetProperty("kind").GetString());
        Assert.Equal("explicit", commitment.GetProperty("deadline").GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, commitment.GetProperty("duplicateOf").ValueKind);
        Assert.Equal(JsonValueKind.Null, commitment.GetProperty("metric").GetProperty("value").ValueKind);
        Assert.Equal(">=", commitment.GetProperty("metric").GetProperty("comparator").GetString());
        Assert.Equal(
            ["indicator", "comparator", "value", "valueHigh", "unit", "redacted", "text", "span", "kind", "baseline", "valueNormalized", "valueHighNormalized", "unitBase", "indicatorId"],
            commitment.GetProperty("metric").EnumerateObject().Select(p => p.Name));
        Assert.Equal(2024, commitment.GetProperty("deadline").GetProperty("year").GetInt32());
        Assert.Equal(4.5, d.GetProperty("commitments")[2].GetProperty("metric").GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("commitments")[1].GetProperty("metric").ValueKind);
    }

    [Fact]
    public void MetricSemanticsAndJurisdictionAreWritten()
    {
        const string text = "山东省政府工作报告\n\n今年经济社会发展的主要预期目标是：全省生产总值增长5.5%左右；城镇新增就业110万人以上；粮食产量稳定在1100亿斤以上。\n\n今年要确保一般公共预算收入比上年增加300亿元，城乡居民人均可支配收入再提高500元。\n";
        var result = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with { ReferenceYear = 2026, Diagnostics = false })
            .Analyze(PolicySpeech.Loading.SpeechDocument.FromText(text, "shandong.txt"));
        var json = JsonReportWriter.ToJson([result.ToReport()]);
        AssertValid(json);
        using var doc = JsonDocument.Parse(json);
        var d = doc.RootElement.GetProperty("documents")[0];
        Assert.Equal("山东省", d.GetProperty("jurisdiction").GetProperty("name").GetString());
        Assert.Equal("province", d.GetProperty("jurisdiction").GetProperty("level").GetString());
        var metrics = d.GetProperty("commitments").EnumerateArray().Select(c => c.GetProperty("metric")).Where(m => m.ValueKind == JsonValueKind.Object).ToList();
        var gdp = Assert.Single(metrics, m => m.GetProperty("indicatorId").GetString() == "gdp_growth");
        Assert.Equal("growth", gdp.GetProperty("kind").GetString());
        Assert.Equal("percent", gdp.GetProperty("unitBase").GetString());
        var jobs = Assert.Single(metrics, m => m.GetProperty("indicatorId").GetString() == "urban_new_jobs");
        Assert.Equal(1_100_000, jobs.GetProperty("valueNormalized").GetDouble());
        Assert.Equal("persons", jobs.GetProperty("unitBase").GetString());
        var grain = Assert.Single(metrics, m => m.GetProperty("indicatorId").GetString() == "grain_output");
        Assert.Equal(1.1e11, grain.GetProperty("valueNormalized").GetDouble());
        Assert.Equal("jin", grain.GetProperty("unitBase").GetString());
        Assert.Equal("level", grain.GetProperty("kind").GetString());
        var revenue = Assert.Single(metrics, m => m.GetProperty("indicatorId").GetString() == "budget_revenue");
        Assert.Equal("increment", revenue.GetProperty("kind").GetString());
        Assert.Equal("比上年", revenue.GetProperty("baseline").GetString());
        Assert.Equal(3e10, revenue.GetProperty("valueNormalized").GetDouble());
        var income = Assert.Single(metrics, m => m.GetProperty("indicatorId").GetString() == "disposable_income");
        Assert.Equal("increment", income.GetProperty("kind").GetString());
        Assert.Equal("yuan", income.GetProperty("unitBase").GetString());
    }
}
