
namespace PolicySpeech.Tests.Loading;

using PolicySpeech.Loading;

public sealed class NumberFormattingTests
{
    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCounting", "十一")]
    [InlineData(20, "chineseCounting", "二十")]
    [InlineData(21, "chineseCountingThousand", "二十一")]
    [InlineData(101, "chineseCountingThousand", "一百零一")]
    [InlineData(110, "chineseCountingThousand", "一百一十")]
    [InlineData(1005, "chineseCountingThousand", "一千零五")]
    [InlineData(10010, "chineseCountingThousand", "一万零一十")]
    [InlineData(3, "chineseLegalSimplified", "叁")]
    [InlineData(1, "ideographTraditional", "甲")]
    [InlineData(10, "ideographTraditional", "癸")]
    [InlineData(3, "ideographZodiac", "寅")]
    [InlineData(10, "ideographDigital", "一〇")]
    [InlineData(7, "decimal", "7")]
    [InlineData(7, null, "7")]
    [InlineData(3, "decimalZero", "03")]
    [InlineData(12, "decimalFullWidth", "１２")]
    [InlineData(1, "decimalEnclosedCircle", "①")]
    [InlineData(20, "decimalEnclosedCircleChinese", "⑳")]
    [InlineData(21, "decimalEnclosedCircle", "㉑")]
    [InlineData(2, "decimalEnclosedParen", "⑵")]
    [InlineData(3, "decimalEnclosedFullstop", "⒊")]
    [InlineData(1, "upperLetter", "A")]
    [InlineData(28, "lowerLetter", "bb")]
    [InlineData(780, "upperLetter", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")]
    [InlineData(781, "upperLetter", "781")]
    [InlineData(2_000_000_000, "upperLetter", "2000000000")]
    [InlineData(int.MaxValue, "lowerLetter", "2147483647")]
    [InlineData(2_000_000_000, "upperRoman", "2000000000")]
    [InlineData(2_000_000_000, "chineseCounting", "2000000000")]
    [InlineData(4, "upperRoman", "IV")]
    [InlineData(1994, "lowerRoman", "mcmxciv")]
    [InlineData(5, "none", "")]
    [InlineData(5, "somethingNew", "5")]
    public void Formats(int value, string? format, string expected)
    {
        Assert.Equal(expected, NumberFormatting.Format(value, format));
    }
}
