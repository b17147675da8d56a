using PolicySpeech.Analyzers;
using PolicySpeech.Diagnostics;

namespace PolicySpeech.Tests.Analyzers;

public sealed class RepetitionAnalyzerTests
{
    private const string P1 = "要深入实施妇女就业促进行动，切实把妇女就业指导、岗位技能培训等措施落实好。";
    private const string P2 = "要持续提升妇女健康水平，对女性发病率高的重大疾病早诊早治，不断扩大综合防治覆盖面。";

    [Theory]
    [InlineData("女士们、先生们、朋友们！")]
    [InlineData("各位代表、各位委员、亲爱的同志们！")]
    public void AddressLinesRecurringThroughASpeechAreNotDuplicates(string address) =>
        Markup.Verify(new DuplicateSentenceAnalyzer(), $"{address}\n\n{P1}\n\n{address}\n\n{P2}\n\n{address}\n");

    [Fact]
    public void AVocativeInsideALongerRepeatedSentenceStillCounts() =>
        Markup.Verify(new DuplicateSentenceAnalyzer(), $"同志们：\n\n同志们要把这项工作抓紧抓实抓好。{P1}\n\n{{|PS2002:同志们要把这项工作抓紧抓实抓好。|}}\n");

    [Fact]
    public void DuplicateParagraphIsReportedWithItsFirstOccurrence()
    {
        var text = $"同志们：\n\n{P1}\n\n{P2}\n\n{{|PS2001:{P1.Replace("，", ",")}|}}\n";
        var d = Assert.Single(Markup.Verify(new DuplicateParagraphAnalyzer(), text));
        Assert.Equal(2, d.AdditionalLocations.Single().LineSpan.Start.Line);
        Assert.NotNull(d.Fix);
    }

    [Fact]
    public void ShortOrDifferentParagraphsAreNotDuplicates() =>
        Markup.Verify(new DuplicateParagraphAnalyzer(), $"同志们：\n\n要加强领导。\n\n要加强领导。\n\n{P1}\n\n{P2}\n");

    [Fact]
    public void RepeatedRunOfSentencesIsOneFinding()
    {
        var s1 = "要广泛开展文明家庭创建活动，发挥好典型引领作用，营造家庭文明新风尚。";
        var s2 = "要在全社会倡导积极健康的家庭观、婚恋观，培育文明向上的新型婚育文化。";
        var text = $"深化家庭教育指导服务。{s1}{s2}积极推进协同育人。{{|PS2002:{s1}{s2}|}}";
        var d = Assert.Single(Markup.Verify(new DuplicateSentenceAnalyzer(), text));
        Assert.Equal("2", d.Properties["sentences"]);
        Assert.Equal(11, d.AdditionalLocations.Single().SourceSpan.Start);
    }

    [Fact]
    public void RepeatedSentenceAcrossParagraphs() =>
        Markup.Verify(new DuplicateSentenceAnalyzer(), $"同志们：\n\n{P1}要抓好落实。\n\n要强化宣传引导。{{|PS2002:{P1}|}}\n");

    [Fact]
    public void ShortSentencesAndListItemsAreNotReported() =>
        Markup.Verify(new DuplicateSentenceAnalyzer(),
            "同志们：\n\n要加强组织领导。要加强组织领导。\n\n主要目标是：居民人均可支配收入增长与经济增长同步；粮食产量稳定。\n\n今年目标是：居民人均可支配收入增长与经济增长同步；就业稳定。\n");

    [Fact]
    public void TitleWrittenThreeTimesGivesTwoFindings()
    {
        var title = "在全省妇女儿童工作推进会上的讲话";
        var diagnostics = Markup.Verify(new RepeatedLineAnalyzer(), $"{title}\n\n{{|PS2003:{title}|}}\n\n{{|PS2003:{title}|}}\n\n同志们：\n\n{P1}\n");
        Assert.All(diagnostics, d => Assert.Equal(0, d.AdditionalLocations.Single().LineSpan.Start.Line));
    }

    [Fact]
    public void RepeatedHeadingIsReported() =>
        Markup.Verify(new RepeatedLineAnalyzer(), $"同志们：\n\n一、加强组织领导\n\n{P1}\n\n{{|PS2003:一、加强组织领导|}}\n\n{P2}\n");

    [Fact]
    public void QuotationLeadInsAndSplitTitlesAreCitedAgainOnPurpose()
    {
        var text = $"毛主席教导我们：“\n{P1}\n”\n\n在《\n关于正确处理人民内部矛盾的问题\n》这部著作中。\n\n毛主席教导我们：“\n{P2}\n”\n\n继《\n关于正确处理人民内部矛盾的问题\n》之后。\n";
        Markup.Verify(new RepeatedLineAnalyzer(), text);
        Markup.Verify(new DuplicateParagraphAnalyzer(), text);
    }

    [Fact]
    public void ALineThatOnlyLooksLikeALeadInIsStillReported() =>
        Markup.Verify(new RepeatedLineAnalyzer(), $"毛主席教导我们“要团结”\n\n{P1}\n\n{{|PS2003:毛主席教导我们“要团结”|}}\n");

    [Fact]
    public void ARepeatedQuotationLeadInSentenceIsNotADuplicate() =>
        Markup.Verify(new DuplicateSentenceAnalyzer(), $"同志们：\n\n{P1}正如毛主席指出的：“\n一切反动派都是纸老虎。\n”\n\n{P2}正如毛主席指出的：“\n人民，只有人民，才是创造世界历史的动力。\n”\n");

    [Fact]
    public void APhotoCaptionRepeatedForEachPhotoIsNotADuplicate()
    {
        var caption = "2020年2月10日，中共中央总书记习近平在北京调研指导新冠肺炎疫情防控工作。";
        Markup.Verify(new DuplicateSentenceAnalyzer(), $"{P1}{caption}这是习近平在朝阳区疾病预防控制中心调研。 新华社记者 刘彬/摄{P2}{caption}这是习近平在安华里社区了解情况。 新华社记者 鞠鹏/摄要抓好落实。");
        Markup.Verify(new DuplicateSentenceAnalyzer(), $"{P1}{caption}{P2}{{|PS2002:{caption}|}}要抓好落实。"); // no credit: a duplicate
    }

    [Fact]
    public void DistinctLinesAreNotReported() =>
        Markup.Verify(new RepeatedLineAnalyzer(), $"在全省工作会议上的讲话\n\n同志们：\n\n一、加强组织领导\n\n{P1}\n\n二、强化宣传引导\n\n{P2}\n");

    [Fact]
    public void NearDuplicateParagraphIsReported()
    {
        var a = "要深入实施妇女就业促进行动，切实把妇女就业指导、岗位技能培训等措施落实好，更好推进女大学生、农村妇女等重点群体就业，确保新增就业目标完成。";
        var b = a.Replace("确保新增就业目标完成", "确保新增就业任务完成");
        var d = Assert.Single(Markup.Verify(new NearDuplicateParagraphAnalyzer(), $"同志们：\n\n{a}\n\n{P2}\n\n{{|PS2004:{b}|}}\n"));
        Assert.True(double.Parse(d.Properties["similarity"]!, System.Globalization.CultureInfo.InvariantCulture) >= 0.8);
        Assert.Equal(2, d.AdditionalLocations.Single().LineSpan.Start.Line);
    }

    [Fact]
    public void NearDuplicateThresholdComesFromOptions()
    {
        var a = "要深入实施妇女就业促进行动，切实把妇女就业指导、岗位技能培训等措施落实好，更好推进女大学生、农村妇女等重点群体就业，确保新增就业目标完成。";
        var b = a.Replace("确保新增就业目标完成", "确保新增就业任务完成");
        Markup.Verify(new NearDuplicateParagraphAnalyzer(), $"同志们：\n\n{a}\n\n{b}\n", AnalyzerOptions.Default.WithRuleOption("PS2004.threshold", "0.99"));
    }

    [Fact]
    public void ExactDuplicatesAndUnrelatedParagraphsAreNotNearDuplicates()
    {
        var a = "要深入实施妇女就业促进行动，切实把妇女就业指导、岗位技能培训等措施落实好，更好推进女大学生、农村妇女等重点群体就业，确保新增就业目标完成。";
        Markup.Verify(new NearDuplicateParagraphAnalyzer(), $"同志们：\n\n{a}\n\n{P2}\n\n{a}\n");
    }

    [Theory]
    [InlineData("（一）{|PS2005:要要|}进一步筑牢法治屏障。", "要")]
    [InlineData("这是我们{|PS2005:的的|}重要任务。", "的")]
    [InlineData("要{|PS2005:推进推进|}改革。", "推进")]
    [InlineData("要加快{|PS2005:推进推进|}改革。", "推进")] // only the first copy belongs to a longer word
    public void DoubledWordIsReportedWithADeletionFix(string marked, string word)
    {
        var d = Assert.Single(Markup.Verify(new DoubledWordAnalyzer(), marked));
        Assert.Equal(word, d.Properties["word"]);
        var change = Assert.Single(d.Fix!.Changes);
        Assert.Equal(string.Empty, change.NewText);
        Assert.Equal(word.Length, change.Span.Length);
    }

    [Theory]
    [InlineData("倡导人人参与、天天运动，常常看看。")]
    [InlineData("扎扎实实、方方面面、实实在在、明明白白地做好工作。")]
    [InlineData("结合五五普法，一一对应落实。")]
    [InlineData("改进工作作风，国家安全全面加强。")]
    [InlineData("屠呦呦获奖，吉尔吉斯斯坦合作，广汕汕高铁贯通。")]
    [InlineData("发扬钉钉子精神，实现周周有活动、月月有主题。")]
    [InlineData("家家户户一个个都来了。")]
    [InlineData("实现市市通高铁、县县通高速、村村通硬化路。")]
    [InlineData("发展铁水、水水联运，三百六十行行行出状元。")]
    [InlineData("是无产阶级和资产阶级阶级斗争的继续。")] // 资产阶级|阶级斗争: each copy belongs to a longer word
    [InlineData("三百六十行行行人才辈出。")]
    [InlineData("他强调：“开放要逐步逐步扩大，不能一哄而上。”")] // emphatic repetition (反复) of a listed word in quoted speech
    [InlineData("会上指出：“一定一定要守住底线。”")]
    public void LegitimateReduplicationIsNotReported(string text) => Markup.Verify(new DoubledWordAnalyzer(), text);

    [Theory]
    [InlineData("开放要{|PS2005:逐步逐步|}扩大。")] // the same words written outside quotation marks are a slip
    [InlineData("他说：“开放要逐步扩大。”开放要{|PS2005:逐步逐步|}扩大。")] // the quotation closed before the doubling
    public void EmphaticWordsOutsideQuotedSpeechStayWarnings(string marked)
    {
        var d = Assert.Single(Markup.Verify(new DoubledWordAnalyzer(), marked));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void AnUnlistedDoubledWordInQuotedSpeechIsInfoAndSaysWhy()
    {
        var d = Assert.Single(Markup.Verify(new DoubledWordAnalyzer(), "他说：“要{|PS2005:推进推进|}改革。”"));
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Contains("inside quoted speech", d.Message, StringComparison.Ordinal);
        Assert.Contains("inside quoted speech", d.Properties["weakEvidence"], StringComparison.Ordinal);
    }
}
