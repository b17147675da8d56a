using PolicySpeech.Cli.Annotate;

namespace PolicySpeech.Cli.Tests.Annotate;

public sealed class DisplayWidthTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("讲话", 4)]
    [InlineData("到2025年", 8)]
    [InlineData("，。“”", 6)]
    [InlineData("𠀀", 2)]
    [InlineData("e\u0301", 1)]
    public void WideCharactersTakeTwoColumns(string text, int width) => Assert.Equal(width, DisplayWidth.Of(text));

    [Fact]
    public void PadAndTruncateUseColumns()
    {
        Assert.Equal("讲话  ", DisplayWidth.PadRight("讲话", 6));
        Assert.Equal("妇女…", DisplayWidth.Truncate("妇女儿童工作", 6));
        Assert.True(DisplayWidth.Of(DisplayWidth.Truncate("妇女儿童工作", 5)) <= 5);
    }
}
