using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PolicySpeech.Loading;
using PolicySpeech.Output;

namespace PolicySpeech.Tests.Semantics;

/// <summary>The commitments of every corpus speech, written by the JSON report writer, match schemas/policyspeech-1.schema.json.</summary>
public sealed class CommitmentJsonTests
{
    [Fact]
    public void ExtractedCommitmentsMatchTheSchema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "schemas", "policyspeech-1.schema.json")));
        var reports = RepoPaths.CorpusTextFiles.Select(path =>
        {
            var document = SpeechDocument.Load(path);
            var model = document.GetSemanticModel();
            return new DocumentReport(path, document.Text)
            {
                Title = model.SyntaxTree.Root.Title,
                ReferenceYear = model.ReferenceYear,
                ReferenceYearSource = model.ReferenceYearSource,
                Commitments = model.Commitments,
            };
        }).ToList();
        string json = JsonReportWriter.ToJson(reports);
        var results = schema.Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = results.Details.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).Take(20);
        Assert.True(results.IsValid, string.Join('\n', errors));

        // The DESIGN.md sample: the seed's 今年确保新增妇女就业**万人以上 at line 13, column 86.
        using var parsed = JsonDocument.Parse(json);
        var seed = parsed.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("path").GetString()!.EndsWith("000_9db54a9de2bb72cf.txt", StringComparison.Ordinal));
        Assert.Equal("inferred", seed.GetProperty("referenceYearSource").GetString());
        var target = seed.GetProperty("commitments").EnumerateArray().Single(c => c.GetProperty("text").GetString() == "今年确保新增妇女就业**万人以上");
        Assert.Equal(558, target.GetProperty("span").GetProperty("start").GetInt32());
        Assert.Equal(16, target.GetProperty("span").GetProperty("length").GetInt32());
        Assert.Equal((13, 86), (target.GetProperty("line").GetInt32(), target.GetProperty("column").GetInt32()));
        Assert.Equal("一、(一)", target.GetProperty("section").GetString());
        var metric = target.GetProperty("metric");
        Assert.Equal(("新增妇女就业", ">=", "万人", true), (metric.GetProperty("indicator").GetString(), metric.GetProperty("comparator").GetString(), metric.GetProperty("unit").GetString(), metric.GetProperty("redacted").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, metric.GetProperty("value").ValueKind);
        Assert.Equal((568, 6), (metric.GetProperty("span").GetProperty("start").GetInt32(), metric.GetProperty("span").GetProperty("length").GetInt32()));
        Assert.Equal(2024, target.GetProperty("deadline").GetProperty("year").GetInt32());
    }
}
