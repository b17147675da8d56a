using System.Text;
using PolicySpeech.Syntax;

namespace PolicySpeech.Tests.Syntax;

/// <summary>The library's one Han classification.</summary>
public sealed class SyntaxFactsTests
{
    [Theory]
    [InlineData('\u9FFF')]
    [InlineData('\u4E00')]
    [InlineData('\u3400')]
    [InlineData('\u4DBF')]
    [InlineData('\uF900')]
    [InlineData('\uFAFF')]
    [InlineData('〇')]
    public void HanCharacters(char c)
    {
        Assert.True(SyntaxFacts.IsHan(c));
        Assert.True(SyntaxFacts.IsHan(new Rune(c)));
    }

    [Fact]
    public void TriviaSpaceIsTheUnicodeWhiteSpaceButLineBreaksPlusTheBom()
    {
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            bool expected = c == '\uFEFF' || (c is not ('\n' or '\r') && char.IsWhiteSpace(c));
            Assert.True(expected == SyntaxFacts.IsTriviaSpace(c), $"U+{i:X4}");
        }
    }

    [Theory]
    [InlineData('a')]
    [InlineData('5')]
    [InlineData('，')]
    [InlineData('。')]
    [InlineData('、')]
    [InlineData('\u33FF')]
    [InlineData('\u4DC0')]
    [InlineData('\uA000')]
    [InlineData('\uF8FF')]
    [InlineData('\uFB00')]
    [InlineData('○')]
    [InlineData('\uD840')]
    public void NotHanCharacters(char c) => Assert.False(SyntaxFacts.IsHan(c));

    [Theory]
    [InlineData(0x20000, true)]
    [InlineData(0x2A6DF, true)]
    [InlineData(0x323AF, true)]
    [InlineData(0x2F800, true)]
    [InlineData(0x1F600, false)]
    [InlineData(0x323B0, false)]
    public void SupplementaryPlaneIdeographs(int value, bool expected) => Assert.Equal(expected, SyntaxFacts.IsHan(new Rune(value)));

    [Fact]
    public void TheTypoTablesBlockIsASubsetOfHan()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (SyntaxFacts.IsUnifiedIdeograph((char)c))
            {
                Assert.True(SyntaxFacts.IsHan((char)c));
            }
        }

        Assert.False(SyntaxFacts.IsUnifiedIdeograph('〇'));
        Assert.False(SyntaxFacts.IsUnifiedIdeograph('\u3400'));
    }

    [Fact]
    public void TheRulesUseTheSameClassification()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(SyntaxFacts.IsHan((char)c), PolicySpeech.Semantics.ChineseNumerals.IsCjkIdeograph((char)c));
        }
    }

    [Theory]
    [InlineData("三十五、", 0, int.MaxValue, 3)] // the run of Han numerals ends at 、
    [InlineData("一二三四五", 0, 3, 3)]         // a limit stops the run
    [InlineData("第12条", 1, 5, 3)]             // a run that starts inside the text
    [InlineData("、一", 0, int.MaxValue, 0)]    // no run: the start itself
    [InlineData("一二", 2, int.MaxValue, 2)]    // at the end of the text
    public void RunEndStopsAtTheFirstNonMemberOrTheLimit(string text, int start, int limit, int expected)
    {
        Assert.Equal(expected, SyntaxFacts.RunEnd(text, start, static c => SyntaxFacts.IsHanNumeral(c) || char.IsAsciiDigit(c), limit));
    }
}
