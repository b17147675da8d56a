using PolicySpeech.Analyzers;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Analyzers;

public sealed class PunctuationAnalyzerTests
{
    /// <summary>A paragraph long enough that marks on either side of it are too far apart to pair across a line break.</summary>
    private static readonly string Filler = string.Concat(Enumerable.Repeat("这是用来隔开两段的文字，保证两处标记相距足够远。", 8));

    [Theory]
    [InlineData("要深入实施{|PS3001:“巾帼就业促进行动“|}，落实好。", "“巾帼就业促进行动”")]
    [InlineData("着力办好{|PS3001:”她力量“|}创新创业活动。", "“她力量”")]
    [InlineData("要深入开展{|PS3001:\"巾帼健康行动“|}。", "“巾帼健康行动”")]
    [InlineData("结合{|PS3001:“八五”|}普法和“七五”。", null)]
    [InlineData("推进{|PS3001:“托幼一体化\"|}，鼓励发展。", "“托幼一体化”")]
    [InlineData("实施{|PS3001:‘双培’|}行动。", null)]
    public void MisdirectedQuotesAreFixedAsAPair(string marked, string? fixedText)
    {
        var (text, _) = Markup.Parse(marked);
        var diagnostics = Markup.Verify(new QuotationMarkAnalyzer(), marked.Replace("{|PS3001:“八五”|}", "{|PS3001:“八五“|}").Replace("{|PS3001:‘双培’|}", "{|PS3001:’双培‘|}"));
        var d = Assert.Single(diagnostics);
        Assert.Equal(2, d.Fix!.Changes.Length);
        if (fixedText is not null)
        {
            var tree = AnalyzerHarness.Parse(text);
            Assert.Equal(fixedText, AnalyzerHarness.FixedText(tree, d));
        }
    }

    [Fact]
    public void QuotedPhrasesSetAsParagraphsOfTheirOwnAreBalanced() =>
        Markup.Verify(new QuotationMarkAnalyzer(), "我们要发扬“\n\n拥政爱民\n\n”、“\n\n拥军优属\n\n”的光荣传统。\n");

    [Fact]
    public void AQuotationSetAsParagraphsOfItsOwnIsBalancedAtAnyLength() =>
        Markup.Verify(new QuotationMarkAnalyzer(), "毛主席提出：“\n" + string.Concat(Enumerable.Repeat("要认识这种斗争的长期性和复杂性，要提高警惕。", 12)) + "\n”这条路线，是我们党的生命线。\n");

    [Fact]
    public void AQuotationThatOpensEachParagraphAndClosesOnceIsBalanced() =>
        Markup.Verify(new QuotationMarkAnalyzer(), "他指出：\n\n“第一，要加强党的领导。\n\n“第二，要狠抓工作落实。\n\n“第三，要敢于担当作为。”\n");

    [Fact]
    public void AParagraphOpenedButNotContinuedIsStillUnclosed() =>
        Markup.Verify(new QuotationMarkAnalyzer(), "他指出：\n\n{|PS3001:“|}第一，要加强党的领导。\n\n第二，要狠抓工作落实。\n");

    [Fact]
    public void ASwappedPairInsideAParagraphIsStillReported() =>
        Markup.Verify(new QuotationMarkAnalyzer(), "我们要发扬{|PS3001:”拥政爱民“|}的光荣传统。\n");

    [Fact]
    public void UnclosedAndStrayQuotesHaveNoFix()
    {
        var diagnostics = Markup.Verify(new QuotationMarkAnalyzer(), "要推进{|PS3001:“|}最美家庭创建活动。\n\n" + Filler + "\n\n发挥好典型引领作用{|PS3001:”|}，营造新风尚。\n");
        Assert.All(diagnostics, d => Assert.Null(d.Fix));
    }

    [Theory]
    [InlineData("倡导“人人参与、天天运动”，发挥好“最美家庭”“儿童之家”等作用。")]
    [InlineData("他说：“我们要‘两手抓’。”")]
    [InlineData("China’s economy 与“中国经济”。")]
    [InlineData("办好“中国’99昆明世界园艺博览会”。")] // ’ before a two-digit year is an apostrophe
    [InlineData("英文名为\"Made in China\"的标志。")]
    [InlineData("根据“十四五\n规划”的部署。")]
    public void BalancedQuotesAreNotReported(string text) => Markup.Verify(new QuotationMarkAnalyzer(), text);

    [Fact]
    public void GarbledBookTitleIsFixedAsAPair()
    {
        var marked = "全面抓好《妇女权益保障法》{|PS3002:((未成年人保护法》|}等法律法规执行落实。";
        var d = Assert.Single(Markup.Verify(new BracketAnalyzer(), marked));
        var (text, _) = Markup.Parse(marked);
        Assert.Equal("《未成年人保护法》", AnalyzerHarness.FixedText(AnalyzerHarness.Parse(text), d));
        Assert.Equal(2, d.Fix!.Changes.Length);
    }

    [Fact]
    public void MixedWidthParenthesesAreFixedAsAPair()
    {
        var d = Assert.Single(Markup.Verify(new BracketAnalyzer(), "设立家政服务中心{|PS3002:(窗口）|}，推动家政服务进社区。"));
        Assert.Equal(
            [new TextChange(new TextSpan(8, 1), "（"), new TextChange(new TextSpan(11, 1), "）")],
            d.Fix!.Changes.ToArray());
    }

    [Fact]
    public void UnclosedAndStrayBracketsAreReported() =>
        Markup.Verify(new BracketAnalyzer(), "推进妇幼保健重点{|PS3002:（|}特色专科创建。\n\n" + Filler + "\n\n做好脱贫县市区{|PS3002:）|}婴幼儿营养包发放。\n");

    [Theory]
    [InlineData("全面抓好《妇女权益保障法》《未成年人保护法》（2020年修订）【重点】〔2024〕。")]
    [InlineData("推进乡镇（街道）建设，（一）要加强领导。")]
    [InlineData("根据《中华人民共和国\n著作权法》第五条。")]
    [InlineData("1) 第一项内容。")]
    public void BalancedBracketsAreNotReported(string text) => Markup.Verify(new BracketAnalyzer(), text);

    [Fact]
    public void HalfWidthMarksBetweenChineseAreReportedOneByOne()
    {
        var diagnostics = Markup.Verify(new HalfWidthPunctuationAnalyzer(),
            "同志们{|PS3003::|}\n\n今天{|PS3003:,|}我们召开会议{|PS3003:;|}占比达到45.3%{|PS3003:,|}是重要力量{|PS3003:!|}设立服务中心{|PS3003:(|}窗口{|PS3003:)|}{|PS3003:?|}\n");
        Assert.All(diagnostics, d => Assert.Single(d.Fix!.Changes));
        Assert.Equal("，", diagnostics[1].Fix!.Changes[0].NewText);
    }

    [Theory]
    [InlineData("投资1,000万元，时间为10:30。")]
    [InlineData("网址是 http://www.gov.cn/index.html?a=1 。")]
    [InlineData("英文 Hello, world! 的意思。")]
    [InlineData("全面抓好《妇女权益保障法》((未成年人保护法》。")]
    public void HalfWidthMarksOutsideChineseTextAreNotReported(string text) => Markup.Verify(new HalfWidthPunctuationAnalyzer(), text);
}
