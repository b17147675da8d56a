using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Extraction;

/// <summary>The static parts of <see cref="IndicatorText"/>.</summary>
public sealed class IndicatorTextTests
{
    [Theory]
    [InlineData("地区生产总值增长", "地区生产总值")]
    [InlineData("居民收入年均增长", "居民收入")]
    [InlineData("森林覆盖率", "森林覆盖率")]
    public void TheChangeWordAndAveragingWordsAreStripped(string indicator, string expected) =>
        Assert.Equal(expected, IndicatorText.StripChange(indicator));

    [Theory]
    [InlineData("省级部门数据目录编制率", "数据目录编制率")]
    [InlineData("市县两级覆盖率", "覆盖率")]
    [InlineData("覆盖率", "覆盖率")]
    public void ALevelIsTakenOffTheFront(string indicator, string expected) =>
        Assert.Equal(expected, IndicatorText.WithoutLevel(indicator));

    [Theory]
    [InlineData("先导区、美丽乡村", 3)]
    [InlineData("城镇和农村", 2)]
    [InlineData("“产学研和用”基地", -1)]
    public void TheLastCoordinatorOutsideQuotes(string phrase, int expected) =>
        Assert.Equal(expected, IndicatorText.LastCoordinator(phrase));

    [Fact]
    public void PostTextStopsAtPunctuationAndDropsATrailingConstructionWord() =>
        Assert.Equal("高标准农田", IndicatorText.CleanPost("的高标准农田建设，确保…"));
}
