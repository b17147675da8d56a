using PolicySpeech.Semantics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Semantics;

/// <summary>The extraction rules, one small speech each (the text is made up; 我省 names the jurisdiction).</summary>
public sealed class CommitmentExtractorTests
{
    private const string Head = "在全省工作会议上的讲话\n同志们：\n";

    private static List<Commitment> Extract(string body, int year = 2024) =>
        [.. SemanticModel.Create(SpeechSyntaxTree.Parse(SourceText.From(Head + body + "\n我省要抓好落实。\n")), null, year).Commitments
            .Where(c => c.Text != "我省要抓好落实")];

    [Fact]
    public void AHeadDeadlineAppliesToEveryClauseAfterIt()
    {
        var found = Extract("到2025年，适龄妇女宫颈癌筛查早诊率达**%，产前筛查率达**%以上。");
        Assert.Equal(2, found.Count);
        Assert.All(found, c => Assert.Equal(("到2025年", "by", (int?)2025), (c.Deadline!.Text, c.Deadline.Kind, c.Deadline.Year)));
        Assert.Equal(("适龄妇女宫颈癌筛查早诊率", "="), (found[0].Metric!.Indicator, found[0].Metric!.Comparator));
        Assert.Equal(("产前筛查率", ">=", "%", true), (found[1].Metric!.Indicator, found[1].Metric!.Comparator, found[1].Metric!.Unit, found[1].Metric!.Redacted));
        Assert.Equal("plan", found[0].Modality);
        Assert.Equal(("我省", false, (TextSpan?)null), (found[0].Actor.Text, found[0].Actor.Explicit, found[0].Actor.Span));
    }

    [Fact]
    public void DistributiveGivesOneCommitmentPerIndicatorWithASharedPrefixOrHead()
    {
        var found = Extract("到2025年，5岁以下儿童贫血率和生长迟缓率分别控制在*%和*%以下，城市社区、农村社区建站率分别达**%、**%。");
        Assert.Equal(["5岁以下儿童贫血率", "5岁以下儿童生长迟缓率", "城市社区建站率", "农村社区建站率"], found.Select(c => c.Metric!.Indicator));
        Assert.Equal(["<=", "<=", "=", "="], found.Select(c => c.Metric!.Comparator));
        Assert.NotEqual(found[0].Metric!.Span, found[1].Metric!.Span);
    }

    [Fact]
    public void DistributiveValuesKeepTheirOwnNumbersAndTheChangeWord()
    {
        var found = Extract("今年，城镇和农村居民人均可支配收入分别增长7%左右和8%左右。");
        Assert.Equal([7.0, 8.0], found.Select(c => c.Metric!.Value!.Value));
        Assert.All(found, c => Assert.Equal("~", c.Metric!.Comparator));
        Assert.Equal("城镇居民人均可支配收入增长", found[0].Metric!.Indicator);
        Assert.Equal("农村居民人均可支配收入增长", found[1].Metric!.Indicator);
    }

    [Fact]
    public void AFrameMakesEveryItemATargetWithTheFrameDeadline()
    {
        var found = Extract("今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业70万人以上，城镇调查失业率控制在5.5%以内；一般公共预算收入增长4.5%—5%；生态环境质量持续改善。");
        Assert.Equal(["地区生产总值增长", "城镇新增就业", "城镇调查失业率", "一般公共预算收入增长", null], found.Select(c => c.Metric?.Indicator));
        Assert.Equal(["~", ">=", "<=", "range"], found.Take(4).Select(c => c.Metric!.Comparator));
        Assert.Equal(5, found[3].Metric!.ValueHigh);
        Assert.All(found, c => Assert.Equal(2024, c.Deadline!.Year));
        Assert.All(found, c => Assert.Equal("plan", c.Modality));
    }

    [Fact]
    public void QualifiersStayInTheIndicatorAndCodesAreNoValues()
    {
        var found = Extract("到2025年每千人拥有3岁以下婴幼儿托位数达*个，新建5G基站1500个，省、市两级妇幼保健机构达到三级妇幼保健院标准。");
        Assert.Equal("每千人拥有3岁以下婴幼儿托位数", found[0].Metric!.Indicator);
        Assert.Equal(("新建5G基站", 1500.0, "个"), (found[1].Metric!.Indicator!, found[1].Metric!.Value!.Value, found[1].Metric!.Unit!));
        Assert.Null(found[2].Metric);
        Assert.Equal("省、市两级妇幼保健机构达到三级妇幼保健院标准", found[2].Action);
    }

    [Theory]
    [InlineData("我省高级专业技术人员中女性占比达到45.3%，是推动科技创新的重要力量。")]
    [InlineData("去年全省地区生产总值增长5.2%。")]
    [InlineData("过去五年，累计新增就业368万人。")]
    [InlineData("今年是三年行动收官之年。")]
    [InlineData("预计全年地区生产总值突破6200亿元，增长5.6%。")]
    [InlineData("养老床位总数达到21.4万张，比上年增长5.2%。")]
    [InlineData("我们也要清醒认识到，困难依然不少。")]
    public void StatementsOfFactAreNotCommitments(string body)
    {
        Assert.Empty(Extract(body));
    }

    [Fact]
    public void AReviewSectionGivesNoTargets()
    {
        var found = Extract("一、2023年工作回顾\n全年新增就业8.2万人，改造老旧小区156个。\n二、今年重点工作\n新增就业8万人以上。");
        var only = Assert.Single(found);
        Assert.Equal("新增就业", only.Metric!.Indicator);
        Assert.Equal("二、", only.Section);
    }

    [Fact]
    public void RecurringCommitmentsCarryTheirRecurrence()
    {
        var found = Extract("深入实施营养改善计划，每年对农村义务教育学生开展贫血状况监测，全面普及应用带量食谱。");
        Assert.Equal(3, found.Count);
        var only = Assert.Single(found, c => c.Deadline?.Source == DeadlineSource.Explicit);
        Assert.Equal(("每年", "recurring", "yearly"), (only.Deadline!.Text, only.Deadline.Kind, only.Deadline.Recurrence));
        Assert.Equal("对农村义务教育学生开展贫血状况监测", only.Action);
        Assert.Null(only.Metric);
    }

    [Fact]
    public void ModalClausesAndTheClausesTheyGovern()
    {
        var found = Extract("要把儿童教育摆在更加重要的位置，加快**所中小学、幼儿园改扩建项目建设，保证中小学生每天户外锻炼1小时以上。");
        Assert.Equal(3, found.Count);
        Assert.All(found, c => Assert.Equal("should", c.Modality));
        Assert.Equal(("中小学、幼儿园改扩建项目", "所", true), (found[1].Metric!.Indicator!, found[1].Metric!.Unit!, found[1].Metric!.Redacted));
        Assert.Equal("加快**所中小学、幼儿园改扩建项目建设", found[1].Action); // a target's action keeps its measure (annotation guide §3)
        Assert.Equal(("中小学生户外锻炼", ">=", 1.0), (found[2].Metric!.Indicator!, found[2].Metric!.Comparator!, found[2].Metric!.Value!.Value));
        Assert.Equal("daily", found[2].Deadline!.Recurrence);
    }

    [Fact]
    public void ExplicitActorsAreFoundAndCarriedInTheParagraph()
    {
        var found = Extract("各级党委和政府要定期听取工作汇报。要压实责任，力争每年办成几件实事。我们要团结奋斗。");
        Assert.Equal(("各级党委和政府", true), (found[0].Actor.Text, found[0].Actor.Explicit));
        Assert.NotNull(found[0].Actor.Span);
        Assert.Equal(("各级党委和政府", true), (found[1].Actor.Text, found[1].Actor.Explicit)); // carried, still written
        Assert.Equal(("各级党委和政府", true), (found[2].Actor.Text, found[2].Actor.Explicit));
        Assert.Equal(("我们", true), (found[3].Actor.Text, found[3].Actor.Explicit));
        Assert.Equal("regular", found[0].Deadline!.Recurrence);
        Assert.Equal("听取工作汇报", found[0].Action);
    }

    [Fact]
    public void RelativeDeadlinesResolveAgainstTheReferenceYear()
    {
        var found = Extract("今年确保新增妇女就业**万人以上。市国资委要在明年上半年完成功能界定。", year: 2024);
        Assert.Equal(("今年", 2024), (found[0].Deadline!.Text, found[0].Deadline!.Year!.Value));
        Assert.Equal(("新增妇女就业", ">=", "万人"), (found[0].Metric!.Indicator!, found[0].Metric!.Comparator!, found[0].Metric!.Unit!));
        Assert.Equal("ensure", found[0].Modality);
        Assert.Equal(("明年上半年", 2025), (found[1].Deadline!.Text, found[1].Deadline!.Year!.Value));
        Assert.Equal("完成功能界定", found[1].Action);
    }

    [Fact]
    public void NumbersInsideObjectsAreNotMetrics()
    {
        var found = Extract("市自然资源和规划局要对全市1280处地质灾害隐患点逐一落实群测群防员。");
        var only = Assert.Single(found);
        Assert.Null(only.Metric);
        Assert.Equal("市自然资源和规划局", only.Actor.Text);
    }

    [Fact]
    public void SectionPathUsesTheMarkersAsWritten()
    {
        var found = Extract("一、要加强服务指导\n（一）要拓宽就业渠道。今年确保新增就业**万人以上。");
        Assert.Equal(["一、", "一、（一）", "一、（一）"], found.Select(c => c.Section));
        Assert.Equal("要拓宽就业渠道", found[1].Text);
    }

    [Fact]
    public void SpansAndTextsAgree()
    {
        string text = Head + "到2025年，新生儿遗传代谢病筛查率和听力障碍筛查率分别达**%和**%以上。\n";
        var model = SemanticModel.Create(SpeechSyntaxTree.Parse(SourceText.From(text)));
        foreach (var c in model.Commitments)
        {
            Assert.Equal(c.Text, text.Substring(c.Location.SourceSpan.Start, c.Location.SourceSpan.Length));
            Assert.Equal(c.Metric!.Text, text.Substring(c.Metric.Span.Start, c.Metric.Span.Length));
            Assert.Equal(c.Deadline!.Text, text.Substring(c.Deadline.Span.Start, c.Deadline.Span.Length));
        }

        Assert.Equal(["新生儿遗传代谢病筛查率", "新生儿听力障碍筛查率"], model.Commitments.Select(c => c.Metric!.Indicator));
    }
}
