using System.Collections.Immutable;
using PolicySpeech.Analyzers;
using PolicySpeech.Diagnostics;
using PolicySpeech.Loading;
using PolicySpeech.Semantics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Diagnostics;

/// <summary>The driver's actions: node actions by kind, document start/end, semantic-model actions, and their failures.</summary>
public sealed class EngineActionTests
{
    private const string Speech = "关于工作的讲话\n\n一、总体要求\n\n要确保新增就业**万人以上。要加强组织领导。\n\n二、重点任务\n\n要推进“**技工”培训。\n";

    [Fact]
    public void DocumentStartGivesEachDocumentItsOwnStateAndTheEndSeesEveryNodeInTextOrder()
    {
        var analyzer = new ParagraphCounter();
        var driver = new AnalyzerDriver([analyzer], AnalyzerDriverOptions.Default with { MaxDegreeOfParallelism = 1 });

        var first = driver.Analyze(TestRules.Parse(Speech));
        var second = driver.Analyze(TestRules.Parse("讲话\n\n一段。\n"));

        var report = Assert.Single(first.Diagnostics, d => d.Id == "TST010");
        Assert.Equal("Heading,Paragraph,Heading,Paragraph", report.Properties["kinds"]);
        Assert.Equal("Paragraph", Assert.Single(second.Diagnostics, d => d.Id == "TST010").Properties["kinds"]);
    }

    [Fact]
    public void SemanticModelActionGetsTheModelBuiltOnceAndOnlyWhenAsked()
    {
        var document = SpeechDocument.FromText(Speech, "speech.txt");
        int built = 0;
        SemanticModel Build()
        {
            built++;
            return document.GetSemanticModel();
        }

        var driver = new AnalyzerDriver([new PlaceholderCounter(), new PlaceholderCounter()]);
        var result = driver.Analyze(document.GetSyntaxTree(), SpeechConfiguration.Default, Build, CancellationToken.None);
        Assert.Equal(1, built);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "TST011" && d.Properties["count"] == "2"));

        var syntaxOnly = new AnalyzerDriver([new ParagraphCounter()]);
        syntaxOnly.Analyze(document.GetSyntaxTree(), SpeechConfiguration.Default, Build, CancellationToken.None);
        Assert.Equal(1, built);
    }

    [Fact]
    public void PS1001ReportsThePlaceholdersOfTheSemanticModel()
    {
        var model = SemanticModel.Create(TestRules.Parse(Speech));
        Assert.Equal([("**", PlaceholderKind.Number, "万人"), ("**", PlaceholderKind.Name, null)], model.Placeholders.Select(p => (p.Text, p.Kind, p.Unit)));

        var reported = new AnalyzerDriver(AnalyzerDriver.CreateBuiltInAnalyzers()).Analyze(model.SyntaxTree).Diagnostics.Where(d => d.Id == "PS1001").ToList();
        Assert.Equal(model.Placeholders.Select(p => p.Span), reported.Select(d => d.Location.SourceSpan));
        Assert.Equal(["number", "name"], reported.Select(d => d.Properties["kind"]));
    }

    [Fact]
    public void AUnitWordOfCategoryNoneIsNoUnit()
    {
        // units.txt lists 家政 as "none": “**家政” is a redacted name part, not a count of 家 (placeholder-units.txt said 家).
        var model = SemanticModel.Create(TestRules.Parse("讲话\n\n要发展**家政服务。要新建**家养老机构。\n"));
        Assert.Equal([(PlaceholderKind.Name, (string?)null), (PlaceholderKind.Number, "家")], model.Placeholders.Select(p => (p.Kind, p.Unit)));
    }

    [Theory]
    [InlineData("start")]
    [InlineData("node")]
    [InlineData("end")]
    [InlineData("model")]
    public void AFailureInAnyActionIsPS9001AndTheOthersStillRun(string where)
    {
        var driver = new AnalyzerDriver([new Thrower(where), new ParagraphCounter()], AnalyzerDriverOptions.Default with { MaxDegreeOfParallelism = 1 });

        var result = driver.Analyze(TestRules.Parse(Speech));

        var failure = Assert.Single(result.Diagnostics, d => d.Id == "PS9001");
        Assert.Contains("Thrower", failure.Message, StringComparison.Ordinal);
        Assert.Contains("boom in " + where, failure.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Id == "TST010");
    }

    [Fact]
    public void BuiltInRulesAreOnlyInTheCatalog()
    {
        Assert.Equal(12, BuiltInRules.Descriptors.Length);
        Assert.Equal(BuiltInRules.Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal), BuiltInRules.Descriptors.Select(d => d.Id));
        Assert.DoesNotContain(typeof(SpeechAnalyzer).Assembly.GetExportedTypes(), t => t.IsSubclassOf(typeof(SpeechAnalyzer)));
    }

    /// <summary>Reports once per document the kinds of the headings and paragraphs it saw, in order.</summary>
    private sealed class ParagraphCounter : SpeechAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("TST010", "Kinds", "Saw {0} nodes", "Test", DiagnosticSeverity.Info, true, "A test rule.", "https://example.org/TST010");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentStartAction(start =>
        {
            var kinds = new List<SyntaxKind>();
            start.RegisterSyntaxNodeAction(c => kinds.Add(c.Node.Kind), SyntaxKind.Paragraph, SyntaxKind.Heading);
            start.RegisterDocumentEndAction(end => end.ReportDiagnostic(
                Diagnostic.Create(
                    Rule,
                    Location.Create(end.Tree.Path, end.Tree.Text, new TextSpan(0, 0)),
                    null,
                    ImmutableDictionary<string, string?>.Empty.Add("kinds", string.Join(",", kinds)),
                    null,
                    kinds.Count)));
        });
    }

    /// <summary>Reports the number of placeholders the semantic model recognised.</summary>
    private sealed class PlaceholderCounter : SpeechAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = new("TST011", "Placeholders", "{0} placeholders", "Test", DiagnosticSeverity.Info, true, "A test rule.", "https://example.org/TST011");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterSemanticModelAction(c => c.ReportDiagnostic(
            Diagnostic.Create(
                Rule,
                Location.Create(c.Tree.Path, c.Tree.Text, new TextSpan(0, 0)),
                null,
                ImmutableDictionary<string, string?>.Empty.Add("count", c.SemanticModel.Placeholders.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                null,
                c.SemanticModel.Placeholders.Length)));
    }

    private sealed class Thrower(string where) : SpeechAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.Word];

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterDocumentStartAction(start =>
            {
                Throw("start");
                start.RegisterSyntaxNodeAction(_ => Throw("node"), SyntaxKind.Paragraph);
                start.RegisterDocumentEndAction(_ => Throw("end"));
            });
            context.RegisterSemanticModelAction(_ => Throw("model"));
        }

        private void Throw(string at)
        {
            if (at == where)
            {
                throw new InvalidOperationException("boom in " + at);
            }
        }
    }
}
