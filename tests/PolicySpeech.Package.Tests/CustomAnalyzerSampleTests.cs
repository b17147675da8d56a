using Acme.SpeechRules;
using PolicySpeech.Diagnostics;
using PolicySpeech.Loading;

namespace PolicySpeech.Package.Tests;

/// <summary>The sample custom analyzers in samples/CustomAnalyzer, run through <see cref="DocumentAnalyzer"/>: alone, and beside the built-in rules.</summary>
public sealed class CustomAnalyzerSampleTests
{
    private const string Speech = "关于今年工作的讲话\n\n一、总体要求\n\n今年要确保新增就业10万人以上！这是我们的庄严承诺!\n\n"
        + "同志们，要坚持以人民为中心的发展思想，统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设，全面深化改革，全面依法治省，"
        + "全面从严治党，着力推动高质量发展，着力保障和改善民生，着力防范化解重大风险，着力加强和改进党的建设，奋力谱写现代化建设新篇章，"
        + "为实现第二个百年奋斗目标作出新的更大贡献。\n";

    [Fact]
    public void ExclamationMarkAnalyzerFlagsEachMarkWithItsExactSpan()
    {
        var result = Run(SpeechDocument.FromText(Speech, "sample.txt"), null, new ExclamationMarkAnalyzer());

        var found = result.Diagnostics.Where(d => d.Id == "ACME001").ToList();
        Assert.Equal(2, found.Count);
        Assert.Equal(Speech.IndexOf('！', StringComparison.Ordinal), found[0].Location.SourceSpan.Start);
        Assert.Equal(Speech.IndexOf('!', StringComparison.Ordinal), found[1].Location.SourceSpan.Start);
        Assert.All(found, d => Assert.Equal(1, d.Location.SourceSpan.Length));
        Assert.All(found, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains("！", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LongSentenceAnalyzerFlagsOnlySentencesOverTheLimit()
    {
        var result = Run(SpeechDocument.FromText(Speech, "sample.txt"), null, new LongSentenceAnalyzer(80));
        var tree = result.SyntaxTree;

        var found = Assert.Single(result.Diagnostics, d => d.Id == "ACME002");
        Assert.StartsWith("同志们", tree.Text.ToString(found.Location.SourceSpan), StringComparison.Ordinal);
        Assert.Contains("80", found.Message, StringComparison.Ordinal);

        var lenient = Run(SpeechDocument.FromText(Speech, "sample.txt"), null, new LongSentenceAnalyzer(1000));
        Assert.DoesNotContain(lenient.Diagnostics, d => d.Id == "ACME002");
    }

    [Fact]
    public void CustomAnalyzersRunBesideTheBuiltInRulesOnTheSeed()
    {
        var driver = new DocumentAnalyzer(new DocumentAnalyzerOptions
        {
            Configuration = SpeechConfiguration.Default,
            AdditionalAnalyzers = [new ExclamationMarkAnalyzer(), new LongSentenceAnalyzer(90)],
        });
        var result = driver.Analyze(SpeechDocument.Load(RepoPaths.Seed));

        Assert.Contains(driver.SupportedDiagnostics, d => d.Id == "ACME001");
        Assert.Contains(driver.SupportedDiagnostics, d => d.Id == "ACME002");
        Assert.Contains(result.Diagnostics, d => d.Id == "PS1001");
        Assert.Contains(result.Diagnostics, d => d.Id == "ACME002"); // the seed has sentences of about 100 characters
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PS9001");
    }

    [Fact]
    public void ConfigurationCanTurnACustomRuleOff()
    {
        var configuration = SpeechConfiguration.Parse("""{ "severity": { "ACME001": "none" } }""", "policyspeech.json");
        var result = Run(SpeechDocument.FromText(Speech, "sample.txt"), configuration, new ExclamationMarkAnalyzer());
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "ACME001");
    }

    /// <summary>Runs only <paramref name="analyzers"/> (no built-in rules, no commitments) on a document.</summary>
    private static DocumentAnalysisResult Run(SpeechDocument document, SpeechConfiguration? configuration, params SpeechAnalyzer[] analyzers) =>
        new DocumentAnalyzer(new DocumentAnalyzerOptions
        {
            Configuration = configuration ?? SpeechConfiguration.Default,
            BuiltInRules = false,
            Commitments = false,
            AdditionalAnalyzers = [.. analyzers],
        }).Analyze(document);
}
