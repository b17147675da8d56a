using PolicySpeech.Text;

namespace PolicySpeech.Tests.Text;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("一\n二\n三", 3)]
    [InlineData("一\r\n二\r\n", 3)]
    [InlineData("一\r二", 2)]
    [InlineData("", 1)]
    public void LineCountCountsEveryLineBreakStyle(string text, int expected) =>
        Assert.Equal(expected, SourceText.From(text).LineCount);

    [Fact]
    public void GetLineExcludesTheBreakFromSpanAndIncludesItInSpanIncludingLineBreak()
    {
        var text = SourceText.From("第一行\r\n第二行");
        var first = text.GetLine(0);
        Assert.Equal("第一行", text.ToString(first.Span));
        Assert.Equal("第一行\r\n", text.ToString(first.SpanIncludingLineBreak));
        Assert.Equal("第二行", text.ToString(text.GetLine(1).Span));
    }

    [Fact]
    public void GetLinePositionAndGetPositionAreInverseForEveryPosition()
    {
        var text = SourceText.From("甲乙\n\n丙丁戊\r\n己");
        for (int position = 0; position <= text.Length; position++)
        {
            Assert.Equal(position, text.GetPosition(text.GetLinePosition(position)));
        }
    }

    [Fact]
    public void WithChangesAppliesChangesInPositionOrderWhateverOrderTheyAreGiven()
    {
        var text = SourceText.From("要深入开展巾幅健康行动，");
        var changed = text.WithChanges([new TextChange(new TextSpan(11, 1), "。"), new TextChange(new TextSpan(5, 2), "全民")]);
        Assert.Equal("要深入开展全民健康行动。", changed.ToString());
        Assert.Equal("要深入开展巾幅健康行动，", text.ToString());
    }

    [Fact]
    public void WithChangesRefusesOverlappingChanges()
    {
        var text = SourceText.From("一二三四五");
        Assert.Throws<ArgumentException>(() => text.WithChanges([new TextChange(new TextSpan(0, 3), "x"), new TextChange(new TextSpan(2, 2), "y")]));
    }

    [Fact]
    public void AsSpanRefusesASpanOutsideTheText()
    {
        var text = SourceText.From("一二三");
        Assert.ThrowsAny<ArgumentException>(() => text.ToString(new TextSpan(2, 5)));
    }

    [Fact]
    public void LocationCreateComputesTheLineSpanFromTheText()
    {
        var text = SourceText.From("标题\n要深入开展巾幅健康行动");
        var location = Location.Create("a.txt", text, new TextSpan(8, 2));
        Assert.Equal(new LinePositionSpan(new LinePosition(1, 5), new LinePosition(1, 7)), location.LineSpan);
        Assert.Equal("a.txt", location.Path);
    }

    [Fact]
    public void TextSpanOverlapAndContainmentTreatTheEndAsExclusive()
    {
        var span = TextSpan.FromBounds(2, 5);
        Assert.True(span.Contains(4));
        Assert.False(span.Contains(5));
        Assert.False(span.OverlapsWith(TextSpan.FromBounds(5, 7)));
        Assert.True(span.OverlapsWith(TextSpan.FromBounds(4, 7)));
        Assert.True(span.Contains(TextSpan.FromBounds(2, 5)));
    }
}
