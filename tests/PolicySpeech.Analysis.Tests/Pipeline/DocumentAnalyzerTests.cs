using System.Text;
using PolicySpeech.Diagnostics;
using PolicySpeech.Loading;
using PolicySpeech.Output;
using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Pipeline;

public sealed class DocumentAnalyzerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ps-analyzer-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Json(DocumentAnalysisResult result, string path) => JsonReportWriter.ToJson([result.ToReport(path)]);

    [Fact]
    public void WithoutBuiltInRulesOnlyTheAdditionalAnalyzersRun()
    {
        // A redacted placeholder (PS1001, built in) and a half-width comma between Chinese characters (TST002, our own).
        var document = SpeechDocument.FromText("今年要确保新增就业**万人以上,全年完成目标。\n", "t.txt");
        var options = new DocumentAnalyzerOptions { Configuration = SpeechConfiguration.Default, AdditionalAnalyzers = [new Tests.Diagnostics.CommaAnalyzer()] };
        var both = new DocumentAnalyzer(options).Analyze(document);
        var analyzer = new DocumentAnalyzer(options with { BuiltInRules = false });
        var own = analyzer.Analyze(document);

        Assert.Contains(both.Diagnostics, d => d.Id == "PS1001");
        Assert.Equal(["TST002"], own.Diagnostics.Select(d => d.Id).Distinct());
        Assert.DoesNotContain(analyzer.SupportedDiagnostics, d => d.Id == "PS1001");
    }

    /// <summary>Copies of the corpus speeches (and a few generated ones) in a temporary folder, without a policyspeech.json.</summary>
    private List<string> Inputs(int generated = 6)
    {
        var files = new List<string>();
        foreach (var file in RepoPaths.CorpusTextFiles.Take(6))
        {
            var copy = Path.Combine(_dir, $"{files.Count:D2}_{Path.GetFileName(file)}");
            File.Copy(file, copy);
            files.Add(copy);
        }

        for (int i = 0; i < generated; i++)
        {
            var path = Path.Combine(_dir, $"gen{i:D2}.txt");
            var body = new StringBuilder($"{2020 + i}年政府工作报告\n\n各位代表：\n\n");
            for (int j = 0; j <= i * 20; j++)
            {
                body.Append($"今年要新增城镇就业{j + 1}万人以上，全年完成造林{i + 1}万亩。\n\n");
            }

            File.WriteAllText(path, body.ToString(), new UTF8Encoding(false));
            files.Add(path);
        }

        return files;
    }

    [Fact]
    public void AnalyzeGivesTheSameAsTheDriverAndTheSemanticModel()
    {
        var document = SpeechDocument.Load(RepoPaths.Seed);
        var result = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with { Configuration = SpeechConfiguration.Default }).Analyze(document);

        var driver = AnalyzerDriver.CreateDefault().Analyze(document.GetSyntaxTree());
        var expected = DocumentReport.FromAnalysis(driver, RepoPaths.Seed) with
        {
            Title = document.GetSyntaxTree().Root.Title ?? document.Metadata.Title,
            Commitments = document.GetSemanticModel().Commitments,
            ReferenceYear = document.GetSemanticModel().ReferenceYear,
            ReferenceYearSource = document.GetSemanticModel().ReferenceYearSource,
            Jurisdiction = PolicySpeech.Semantics.TargetTable.JurisdictionOf(document.Text.ToString(), document.GetSyntaxTree().Root.Title ?? document.Metadata.Title),
        };
        Assert.Equal(JsonReportWriter.ToJson([expected]), Json(result, RepoPaths.Seed));
        Assert.Equal(driver.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(result.Diagnostics, d => d.Id == "PS1001");
        Assert.Equal(document.GetSemanticModel().Commitments, result.Commitments);
        Assert.NotEmpty(result.Commitments);
        Assert.Equal(document.GetSemanticModel().ReferenceYear, result.ReferenceYear);
        Assert.NotEmpty(result.AnalyzerTimes);
    }

    [Fact]
    public void OptionsTurnPartsOff()
    {
        var document = SpeechDocument.FromText("2025年政府工作报告\n\n今年要完成造林100万亩。\n");
        var noRules = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with { Diagnostics = false, ReferenceYear = 2030 }).Analyze(document);
        Assert.Empty(noRules.Diagnostics);
        Assert.Empty(noRules.AnalyzerTimes);
        Assert.Equal(2030, noRules.ReferenceYear);
        Assert.Equal(ReferenceYearSource.Given, noRules.ReferenceYearSource);
        Assert.Equal(2030, Assert.Single(noRules.Commitments).Deadline?.Year);

        var noCommitments = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with { Commitments = false }).Analyze(document);
        Assert.Null(noCommitments.SemanticModel);
        Assert.Empty(noCommitments.Commitments);
        Assert.Equal(2025, noCommitments.ReferenceYear); // inferred as the semantic model would (issue #13: check and extract report one year)
        Assert.Equal(ReferenceYearSource.Inferred, noCommitments.ReferenceYearSource);
    }

    [Fact]
    public async Task AnalyzeManyKeepsInputOrderAndEqualsSequentialAnalyze()
    {
        var inputs = Inputs();
        var analyzer = new DocumentAnalyzer();
        var outcomes = new List<DocumentAnalysisOutcome>();
        await foreach (var outcome in analyzer.AnalyzeManyAsync(inputs, maxDegreeOfParallelism: 4))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal(inputs, outcomes.Select(o => o.Name));
        Assert.Equal(Enumerable.Range(0, inputs.Count), outcomes.Select(o => o.Index));
        foreach (var outcome in outcomes)
        {
            Assert.True(outcome.Succeeded, outcome.Error?.Message);
            var sequential = analyzer.Analyze(SpeechDocument.Load(outcome.Name));
            Assert.Equal(Json(sequential, outcome.Name), Json(outcome.Result, outcome.Name));
            Assert.Equal(sequential.Diagnostics.Length, outcome.Result.Diagnostics.Length);
        }
    }

    [Fact]
    public async Task ABadFileGivesAnErrorOutcomeAndTheOthersGoOn()
    {
        var inputs = Inputs(generated: 3);
        var binary = Path.Combine(_dir, "binary.txt");
        File.WriteAllBytes(binary, [0, 1, 2, 0, 0, 0, 0xFF, 0, 0, 0, 7, 0, 0, 0, 0, 0]);
        var missing = Path.Combine(_dir, "missing.txt");
        inputs.Insert(2, binary);
        inputs.Insert(4, missing);

        var outcomes = new List<DocumentAnalysisOutcome>();
        await foreach (var outcome in new DocumentAnalyzer().AnalyzeManyAsync(inputs, maxDegreeOfParallelism: 3))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal(inputs, outcomes.Select(o => o.Name));
        Assert.IsType<SpeechLoadException>(outcomes[2].Error);
        Assert.Equal(SpeechLoadFailure.Unreadable, Assert.IsType<SpeechLoadException>(outcomes[4].Error).Reason);
        Assert.Null(outcomes[2].Result);
        Assert.Equal(inputs.Count - 2, outcomes.Count(o => o.Succeeded));
    }

    [Fact]
    public async Task AnInvalidConfigurationIsAnErrorOutcome()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_dir, "configured")).FullName;
        File.WriteAllText(Path.Combine(sub, "policyspeech.json"), "{ not json");
        var bad = Path.Combine(sub, "speech.txt");
        File.Copy(RepoPaths.Seed, bad);
        var good = Path.Combine(_dir, "good.txt");
        File.Copy(RepoPaths.Seed, good);

        var outcomes = new List<DocumentAnalysisOutcome>();
        await foreach (var outcome in new DocumentAnalyzer().AnalyzeManyAsync([bad, good]))
        {
            outcomes.Add(outcome);
        }

        Assert.IsType<ConfigurationException>(outcomes[0].Error);
        Assert.True(outcomes[1].Succeeded);
    }

    [Fact]
    public async Task StreamSourcesWorkAndAThrowingOpenIsALoadError()
    {
        var seed = await File.ReadAllBytesAsync(RepoPaths.Seed);
        var outcomes = new List<DocumentAnalysisOutcome>();
        await foreach (var outcome in new DocumentAnalyzer().AnalyzeManyAsync(Sources(), maxDegreeOfParallelism: 2))
        {
            outcomes.Add(outcome);
        }

        Assert.Equal(["a.txt", "broken.txt", "b.txt"], outcomes.Select(o => o.Name));
        Assert.True(outcomes[0].Succeeded);
        Assert.Equal(SpeechLoadFailure.Unreadable, Assert.IsType<SpeechLoadException>(outcomes[1].Error).Reason);
        Assert.Equal(outcomes[0].Result!.Diagnostics.Length, outcomes[2].Result!.Diagnostics.Length);

        async IAsyncEnumerable<DocumentSource> Sources()
        {
            yield return new DocumentSource("a.txt", () => new MemoryStream(seed));
            await Task.Yield();
            yield return new DocumentSource("broken.txt", () => throw new IOException("gone"));
            yield return new DocumentSource("b.txt", () => new MemoryStream(seed));
        }
    }

    [Fact]
    public async Task CancellationStopsTheEnumeration()
    {
        var inputs = Inputs();
        using var cts = new CancellationTokenSource();
        int seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var outcome in new DocumentAnalyzer().AnalyzeManyAsync(inputs, 2, cts.Token))
            {
                seen++;
                cts.Cancel();
            }
        });
        Assert.Equal(1, seen);

        using var already = new CancellationTokenSource();
        already.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var outcome in new DocumentAnalyzer().AnalyzeManyAsync(inputs, 2, already.Token))
            {
                seen++;
            }
        });
        Assert.Equal(1, seen);
    }

    [Fact]
    public async Task AtMostTwiceTheDegreeOfInputsAreInFlight()
    {
        // The inputs are produced lazily: count how far ahead of the consumer the producer gets.
        const int degree = 2;
        var inputs = Inputs(generated: 10);
        int produced = 0, maxAhead = 0, consumed = 0;
        IEnumerable<string> Lazy()
        {
            foreach (var input in inputs)
            {
                produced++;
                yield return input;
            }
        }

        await foreach (var outcome in new DocumentAnalyzer().AnalyzeManyAsync(Lazy(), degree))
        {
            await Task.Delay(20); // a slow consumer
            consumed++;
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref produced) - consumed);
        }

        Assert.Equal(inputs.Count, consumed);
        Assert.InRange(maxAhead, 0, (2 * degree) + 1);
    }

    [Fact]
    public async Task BreakingOffEarlyStopsCleanly()
    {
        var inputs = Inputs();
        await foreach (var outcome in new DocumentAnalyzer().AnalyzeManyAsync(inputs, 3))
        {
            Assert.True(outcome.Succeeded);
            break;
        }
    }
}
