using PolicySpeech.Text;

namespace PolicySpeech.Tests.Spelling;

public sealed class TypoMarkupTests
{
    [Fact]
    public void MarkersAreRemovedAndSpansRecorded()
    {
        var (text, expected) = TypoMarkup.Parse("要深入开展{|PS5001:巾幅|}健康行动{|PS5001:x|}");
        Assert.Equal("要深入开展巾幅健康行动x", text);
        Assert.Equal([("PS5001", new TextSpan(5, 2)), ("PS5001", new TextSpan(11, 1))], expected);
    }

    [Fact]
    public void UnclosedMarkerThrows() => Assert.Throws<FormatException>(() => TypoMarkup.Parse("a{|PS5001:b"));
}
