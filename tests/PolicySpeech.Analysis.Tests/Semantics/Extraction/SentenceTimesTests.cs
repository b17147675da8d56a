using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Extraction;

/// <summary><see cref="SentenceTimes"/>: how the time expressions of a sentence are joined, re-dated and picked.</summary>
public sealed class SentenceTimesTests
{
    [Fact]
    public void ARelativeYearAndItsPartAreOneDeadline()
    {
        var times = SentenceTimes.MergeAdjacent(TimeExpressionRecognizer.Recognize("今年9月底前完成", 2024));
        var t = Assert.Single(times);
        Assert.Equal(("今年9月底前", (int?)2024), (t.Text, t.Year));
    }

    [Fact]
    public void AfterNextYearAYearlessExpressionIsNextYear()
    {
        var times = SentenceTimes.AfterNextYear(TimeExpressionRecognizer.Recognize("明年要举办博览会，力争全年接待游客1亿人次", 2024), 2024);
        Assert.Equal([2025, 2025], times.Select(t => t.Year));
    }

    [Fact]
    public void ASpanCountedFromANamedStartIsDropped()
    {
        const string text = "从党的二十大到二〇三五年，用13年时间基本实现现代化";
        var times = SentenceTimes.AnchoredSpans(TimeExpressionRecognizer.Recognize(text, 2024), 0, text);
        Assert.All(times, t => Assert.NotEqual(TimeKind.Within, t.Kind));
        Assert.Contains(times, t => t.Year == 2035);
    }

    [Theory]
    [InlineData("年底前", true)]
    [InlineData("到2025年", true)]
    [InlineData("今年", false)]
    [InlineData("明年", false)]
    public void OnlyABoundedRelativeDeadlineIsFirm(string text, bool firm) =>
        Assert.Equal(firm, SentenceTimes.IsFirm(Assert.Single(TimeExpressionRecognizer.Recognize(text, 2024))));

    [Fact]
    public void WithinPicksTheItemsThatStartInTheRangeIntoTheGivenList()
    {
        var times = TimeExpressionRecognizer.Recognize("今年推进，明年完成", 2024);
        var into = new List<TimeMatch> { times[0] };
        var picked = SentenceTimes.Within(times, 4, 10, into);
        Assert.Same(into, picked);
        Assert.Equal(["明年"], picked.Select(t => t.Text));
    }
}
