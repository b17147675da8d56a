using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicySpeech.Loading;

namespace PolicySpeech.Tests.Pipeline;

/// <summary>The library reports on bad text, it never throws: every rule and the extractor run on arbitrary text without a PS9001.</summary>
public sealed class NeverThrowsOnTextTests
{
    private static readonly DocumentAnalyzer Analyzer = new(new DocumentAnalyzerOptions { Configuration = PolicySpeech.Diagnostics.SpeechConfiguration.Default });

    private static readonly string Alphabet =
        "一二三四五六七八九十是第部分（）()“”\"‘’《》【】〔〕「」、，。；：！？,.:;!?…*＊×X○□12345678900%％年月日底前内每要确保力争达到以上下左右分别和控制在同志们谢谢大家各级部门我省全市到期间十四五 \u3000\t\r\n\uD800\uDC00\uFEFF";

    internal static void AssertAnalyses(string text)
    {
        var result = Analyzer.Analyze(SpeechDocument.FromText(text, "random.txt"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PS9001");
        foreach (var commitment in result.Commitments)
        {
            Assert.True(commitment.Location.SourceSpan.End <= text.Length);
            if (commitment.Metric is { } metric)
            {
                Assert.True(metric.Span.End <= text.Length);
            }
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.True(diagnostic.Location.SourceSpan.End <= text.Length);
            if (diagnostic.Fix is { } fix)
            {
                _ = result.SyntaxTree.Text.WithChanges(fix.Changes);
            }
        }
    }

    [Property(MaxTest = 300)]
    public Property RandomPolicyLikeTextAnalysesWithoutFailure() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(Alphabet.ToCharArray())).Select(chars => new string([.. chars])).ToArbitrary(),
            text =>
            {
                AssertAnalyses(text);
                return true;
            });

    [Property(MaxTest = 200)]
    public Property ArbitraryStringsAnalyseWithoutFailure() =>
        Prop.ForAll<string>(text =>
        {
            AssertAnalyses(text ?? string.Empty);
            return true;
        });

    [Fact]
    public void ShuffledSeedLinesAnalyseWithoutFailure()
    {
        var lines = File.ReadAllLines(RepoPaths.Seed);
        var random = new Random(42);
        for (int round = 0; round < 20; round++)
        {
            var shuffled = lines.OrderBy(_ => random.Next()).Select(l => l.Length > 10 ? l[..random.Next(l.Length)] : l);
            AssertAnalyses(string.Join("\n", shuffled));
        }
    }
}
