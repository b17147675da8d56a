using PolicySpeech.Semantics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Semantics;

/// <summary>Regression tests for issue #12: a number too large for a double (一 written 400 times) is not a metric, never Infinity.</summary>
public sealed class NonFiniteNumberTests
{
    public static TheoryData<string> Huge => new()
    {
        new string('一', 400),
        string.Concat(Enumerable.Repeat("一亿", 60)),
        new string('9', 400),
    };

    [Theory]
    [MemberData(nameof(Huge))]
    public void HugeNumbersAreNotMetrics(string number)
    {
        string text = $"在全省工作会议上的讲话\n\n同志们：\n\n今年确保新增就业{number}万人以上，粮食产量达到{number}亿斤。\n";
        var model = SemanticModel.Create(SpeechSyntaxTree.Parse(SourceText.From(text)), null, 2026);
        foreach (var commitment in model.Commitments)
        {
            if (commitment.Metric is { } metric)
            {
                Assert.True(metric.Value is null || double.IsFinite(metric.Value.Value), $"metric value {metric.Value} in '{metric.Text}'");
                Assert.True(metric.ValueHigh is null || double.IsFinite(metric.ValueHigh.Value), $"metric upper value {metric.ValueHigh} in '{metric.Text}'");
                Assert.False(metric.Value is null && !metric.Redacted, $"a metric without a value that is not redacted: '{metric.Text}'");
            }
        }

        foreach (var row in TargetTable.FromText(text, "t.txt", 2026).Rows)
        {
            Assert.True(row.Value is null || double.IsFinite(row.Value.Value));
            Assert.True(row.ValueNormalized is null || double.IsFinite(row.ValueNormalized.Value));
        }
    }

    [Fact]
    public void LargeButFiniteNumbersStillParse()
    {
        Assert.True(ChineseNumerals.TryParse("一千二百", out double value));
        Assert.Equal(1200, value);
        Assert.False(ChineseNumerals.TryParse(new string('一', 400), out _));
        Assert.False(ChineseNumerals.TryParse(string.Concat(Enumerable.Repeat("一亿", 60)), out _));
        Assert.True(ChineseNumerals.TryParseArabic("123456789012345678901234567890", out value));
        Assert.True(double.IsFinite(value));
    }
}
