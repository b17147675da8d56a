using PolicySpeech.Analyzers;

namespace PolicySpeech.Tests.Analyzers;

public sealed class PlaceholderAnalyzerTests
{
    private static readonly PlaceholderAnalyzer Analyzer = new();

    [Theory]
    [InlineData("今年确保新增妇女就业{|PS1001:**|}万人以上。", "number", "万人")]
    [InlineData("力争到2025年累计培训{|PS1001:**|}万人次。", "number", "万人次")]
    [InlineData("完成创建省级特色专科{|PS1001:**|}个。", "number", "个")]
    [InlineData("加快{|PS1001:**|}所中小学改扩建。", "number", "所")]
    [InlineData("全省合格率达{|PS1001:＊＊|}%以上。", "number", "%")]
    [InlineData("投入资金{|PS1001:××|}亿元。", "number", "亿元")]
    [InlineData("增长{|PS1001:*.*|}%左右。", "number", "%")]
    [InlineData("支持妇女参加“{|PS1001:**|}技工”培训。", "name", null)]
    [InlineData("纳入法治{|PS1001:**|}建设全过程。", "name", null)]
    [InlineData("由{|PS1001:××|}同志负责督办。", "name", null)]
    [InlineData("会议在{|PS1001:○○|}县召开。", "name", null)]
    [InlineData("请{|PS1001:XX|}市抓好落实。", "name", null)]
    [InlineData("大力实施{|PS1001:□□|}工程。", "name", null)]
    public void FlagsAndClassifiesPlaceholders(string marked, string kind, string? unit)
    {
        var d = Assert.Single(Markup.Verify(Analyzer, marked));
        Assert.Equal(kind, d.Properties["kind"]);
        Assert.Equal(unit, d.Properties.GetValueOrDefault("unit"));
    }

    [Fact]
    public void OneFindingPerRunInADistributiveClause() =>
        Markup.Verify(Analyzer, "筛查率分别达{|PS1001:**|}%和{|PS1001:**|}%以上，控制在{|PS1001:*|}%和{|PS1001:*|}%以下。");

    [Theory]
    [InlineData("开展X光检查和X射线筛查。")]
    [InlineData("采购XX型号设备和XX-1型装备。")]
    [InlineData("二○二四年和二○○八年的工作。")]
    [InlineData("地区生产总值*。")]
    [InlineData("注*：数据为初步统计。")]
    [InlineData("增长率为2*3的结果。")]
    [InlineData("www.example.com/XXL 的尺码。")]
    public void LeavesLegitimateMarksAlone(string text) => Markup.Verify(Analyzer, text);

    [Fact]
    public void LeavesSeparatorAndNoteLinesAlone() =>
        Markup.Verify(Analyzer, "第一段内容很重要。\n\n******\n\n* 注：数据来源于统计局。\n");
}
