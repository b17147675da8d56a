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
        Assert.Equal(["path", "title", "referenceYear", "referenceYearSource", "length", "diagnostics", "commitments"], d.EnumerateObject().Select(p => p.Name));
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
        Assert.Equal(2024, commitment.GetProperty("deadline").GetProperty("year").GetInt32());
        Assert.Equal(4.5, d.GetProperty("commitments")[2].GetProperty("metric").GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("commitments")[1].GetProperty("metric").ValueKind);
    }
}
