using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Recognition;

/// <summary>Chinese numerals with multipliers: 十, 百 and 千 multiply the digit before them (1 when there is none).</summary>
public sealed class ChineseNumeralsTests
{
    [Theory]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("三十", 30)]
    [InlineData("百", 100)]
    [InlineData("三百零五", 305)]
    [InlineData("千", 1000)]
    [InlineData("两千三百四十五", 2345)]
    [InlineData("一万二千", 12000)]
    [InlineData("三亿五千万", 350000000)]
    public void MultipliersScaleTheDigitBefore(string text, double expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out double value));
        Assert.Equal(expected, value);
    }
}
