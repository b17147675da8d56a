using System.Text;
using PolicySpeech.Diagnostics;
using PolicySpeech.Loading;

namespace PolicySpeech.Tests.Diagnostics;

/// <summary>
/// Issue #12, memory: findings are not bounded by <see cref="LoadOptions.MaxBreaks"/>. 10 MB of <c>*中</c> (a PS1001 every
/// two characters, no break at all) made 2.5 million findings and <c>check</c> needed 1.8 GB; 60 MB of <c>中</c> (PS2005,
/// ten million) 7.3 GB, <c>annotate</c> 16 GB. The analysis of one document stops at
/// <see cref="AnalyzerDriverOptions.MaxDiagnostics"/> findings and fails with one <see cref="SpeechLoadException"/>
/// (<see cref="SpeechLoadFailure.TooLarge"/>): exit 2, in batch one error row (docs/security.md).
/// </summary>
public sealed class FindingLimitTests
{
    [Fact]
    public void AnalysisFailsPastTheLimitAndPassesAtIt()
    {
        var tree = TestRules.Parse(string.Concat(Enumerable.Repeat("要坚持法冶思维,推进法冶建设。\n\n", 50)));
        SpeechAnalyzer[] Analyzers() => [new WordAnalyzer(), new CommaAnalyzer()];
        int count = new AnalyzerDriver(Analyzers(), new AnalyzerDriverOptions { MaxDiagnostics = int.MaxValue }).Analyze(tree).Diagnostics.Length;
        Assert.Equal(150, count);

        Assert.Equal(count, new AnalyzerDriver(Analyzers(), new AnalyzerDriverOptions { MaxDiagnostics = count }).Analyze(tree).Diagnostics.Length);
        foreach (var parallel in new[] { 1, 4 })
        {
            var options = new AnalyzerDriverOptions { MaxDiagnostics = count - 1, MaxDegreeOfParallelism = parallel, ParallelThreshold = 0 };
            var exception = Assert.Throws<SpeechLoadException>(() => new AnalyzerDriver(Analyzers(), options).Analyze(tree));
            Assert.Equal(SpeechLoadFailure.TooLarge, exception.Reason);
            Assert.Equal("doc.txt", exception.Path);
            Assert.Contains("more than 149 findings", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnAnalyzerThatSwallowsTheStopStillFailsTheAnalysis()
    {
        var tree = TestRules.Parse("要坚持法冶思维,推进法冶建设。\n");
        var exception = Assert.Throws<SpeechLoadException>(() => new AnalyzerDriver([new SwallowingAnalyzer()], new AnalyzerDriverOptions { MaxDiagnostics = 3 }).Analyze(tree));
        Assert.Equal(SpeechLoadFailure.TooLarge, exception.Reason);
    }

    [Fact]
    public void DenseFindingsWithoutBreaksFailOneDocumentOfABatch()
    {
        // 150,001 redaction marks in 0.6 MB and not one break: loaded (MaxBreaks does not see them), refused by the analysis.
        var dense = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("*中", AnalyzerDriverOptions.Default.MaxDiagnostics + 1)));
        var document = SpeechDocument.Load(new MemoryStream(dense), "dense.txt");
        var analyzer = new DocumentAnalyzer();
        var exception = Assert.Throws<SpeechLoadException>(() => analyzer.Analyze(document));
        Assert.Equal(SpeechLoadFailure.TooLarge, exception.Reason);

        var outcomes = analyzer.AnalyzeManyAsync(ToAsync([new DocumentSource("dense.txt", () => new MemoryStream(dense)), new DocumentSource("ok.txt", () => new MemoryStream("同志们：\n\n要*中。\n"u8.ToArray()))]), 1)
            .ToBlockingEnumerable().ToList();
        Assert.Equal(["dense.txt", "ok.txt"], outcomes.Select(o => o.Name));
        Assert.False(outcomes[0].Succeeded);
        Assert.Equal(SpeechLoadFailure.TooLarge, Assert.IsType<SpeechLoadException>(outcomes[0].Error).Reason);
        Assert.True(outcomes[1].Succeeded);
    }

#pragma warning disable CS1998 // Nothing to await.
    private static async IAsyncEnumerable<DocumentSource> ToAsync(IEnumerable<DocumentSource> sources)
#pragma warning restore CS1998
    {
        foreach (var source in sources)
        {
            yield return source;
        }
    }

    /// <summary>Reports ten findings on the first character and catches whatever the report throws.</summary>
    private sealed class SwallowingAnalyzer : SpeechAnalyzer
    {
        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.Word];

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
        {
            for (int i = 0; i < 10; i++)
            {
                try
                {
                    c.ReportDiagnostic(Diagnostic.Create(TestRules.Word, PolicySpeech.Text.Location.Create(c.Tree.Path, c.Tree.Text, new PolicySpeech.Text.TextSpan(0, 1)), "x"));
                }
                catch (SpeechLoadException)
                {
                    // A badly written analyzer: it goes on.
                }
            }
        });
    }
}
