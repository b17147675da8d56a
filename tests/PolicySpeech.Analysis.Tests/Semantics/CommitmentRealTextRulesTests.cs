using PolicySpeech.Semantics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Semantics;

/// <summary>
/// Extraction rules for errors found by running the extractor over real government work reports and speeches (the
/// sentences are written for the tests in the same style; none is copied from a real document).
/// </summary>
public sealed class CommitmentRealTextRulesTests
{
    private const string Head = "在全省工作会议上的讲话\n同志们：\n";

    private static List<Commitment> Extract(string body, int year = 2024) =>
        [.. SemanticModel.Create(SpeechSyntaxTree.Parse(SourceText.From(Head + body + "\n我省要抓好落实。\n")), null, year).Commitments
            .Where(c => c.Text != "我省要抓好落实")];

    private static List<Metric> Metrics(string body, int year = 2024) => [.. Extract(body, year).Where(c => c.Metric is not null).Select(c => c.Metric!)];

    [Theory]
    [InlineData("今年要推进48个油料产能提升示范县建设。", "油料产能提升示范县", 48.0, "个")]
    [InlineData("今年要高标准打造12个区域商贸中心。", "区域商贸中心", 12.0, "个")]
    [InlineData("今年要建设6万亩高标准茶园。", "高标准茶园", 6.0, "万亩")]
    [InlineData("今年要新培育300家专精特新中小企业。", "新培育专精特新中小企业", 300.0, "家")]
    [InlineData("今年要新建智慧农业基地80个。", "新建智慧农业基地", 80.0, "个")]
    [InlineData("今年要整合提升600个邻里服务中心。", "邻里服务中心", 600.0, "个")]
    [InlineData("今年要改造1.2万套（间）老旧公房。", "老旧公房", 1.2, "万套")]
    public void ACountBeforeANounMeasuresTheNounNotTheVerb(string body, string indicator, double value, string unit)
    {
        var m = Assert.Single(Metrics(body));
        Assert.Equal((indicator, value, unit), (m.Indicator, m.Value!.Value, m.Unit));
    }

    [Fact]
    public void CoordinatedCountedNounsEachGetTheirOwnNoun()
    {
        var found = Metrics("今年要建成25个产业强镇、400个宜居乡村。");
        Assert.Equal(["产业强镇", "宜居乡村"], found.Select(m => m.Indicator));
        Assert.Equal([25.0, 400.0], found.Select(m => m.Value!.Value));

        found = Metrics("今年要新获批2所中外合作大学、新设立3个联合实验室。");
        Assert.Equal(["新获批中外合作大学", "新设立联合实验室"], found.Select(m => m.Indicator));
    }

    [Theory]
    [InlineData("今年要严格落实中央八项规定精神。")]
    [InlineData("各级干部要增强四个意识、做到两个维护。")]
    [InlineData("要充分发挥东城、西城、南城三个片区的带动作用。")]
    [InlineData("要落实省委十二届六次、七次全会部署。")]
    public void SlogansSessionOrdinalsAndCountsOfListedNamesAreNoMetrics(string body)
    {
        Assert.Empty(Metrics(body));
    }

    [Fact]
    public void ACountAfterAnOpenListWithDengIsATarget()
    {
        var m = Assert.Single(Metrics("今年要加快建设东港、西港等8个国家级物流枢纽。"));
        Assert.Equal(("国家级物流枢纽", 8.0), (m.Indicator, m.Value!.Value));
    }

    [Theory]
    [InlineData("今年要确保细颗粒物平均浓度控制在每立方米30微克以下。", "细颗粒物平均浓度", "微克/立方米")]
    [InlineData("今年要确保细颗粒物平均浓度控制在30微克/立方米以下。", "细颗粒物平均浓度", "微克/立方米")]
    [InlineData("年底前要新增排涝能力每秒90立方米。", "新增排涝能力", "立方米/秒")]
    public void CompositeUnitsAreWholeAndLeaveTheIndicator(string body, string indicator, string unit)
    {
        var m = Assert.Single(Metrics(body));
        Assert.Equal((indicator, unit), (m.Indicator, m.Unit));
    }

    [Fact]
    public void NextYearGovernsTheYearlessDeadlinesAfterIt()
    {
        var found = Extract("明年要举办各类文旅活动80场以上，力争全年接待游客突破5000万人次。", year: 2024);
        Assert.Equal(2, found.Count);
        Assert.All(found, c => Assert.Equal(2025, c.Deadline!.Year));

        var month = Assert.Single(Extract("市发展改革委要对明年重点任务进行分解，在2月底前形成责任清单。", year: 2024), c => c.Deadline?.Text == "2月底前");
        Assert.Equal(2025, month.Deadline!.Year);

        var thisYear = Assert.Single(Extract("今年要在9月底前完成全部改造任务。", year: 2024));
        Assert.Equal(2024, thisYear.Deadline!.Year);
    }

    [Fact]
    public void UrbanAndRuralSplitOnlyWhenTwoValuesPairWithThem()
    {
        var found = Metrics("今年经济社会发展的主要预期目标是：城乡居民人均可支配收入分别增长5.5%、7%左右。");
        Assert.Equal(["城镇居民人均可支配收入增长", "农村居民人均可支配收入增长"], found.Select(m => m.Indicator));
        Assert.Equal([5.5, 7.0], found.Select(m => m.Value!.Value));

        var single = Assert.Single(Metrics("今年城乡居民人均可支配收入增长6%。"));
        Assert.Equal("城乡居民人均可支配收入增长", single.Indicator);
    }

    [Fact]
    public void TheFirstItemOfATargetListKeepsTheListModality()
    {
        var found = Extract("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右、在实际工作中努力争取更好结果，城镇调查失业率5.5%以内。");
        var growth = Assert.Single(found, c => c.Metric?.Indicator == "地区生产总值增长");
        Assert.Equal("plan", growth.Modality);
        var strive = Assert.Single(found, c => c.Modality == "strive");
        Assert.Null(strive.Metric);
    }

    [Fact]
    public void TheStartingLevelOfAChangeIsNoTarget()
    {
        var m = Assert.Single(Metrics("到2027年，全省人均财政教育支出从人均3200元提高到4000元以上。"));
        Assert.Equal(("人均财政教育支出", 4000.0, ">="), (m.Indicator, m.Value!.Value, m.Comparator));

        m = Assert.Single(Metrics("今年要将企业职工医保缴费比例从8%降至7.5%。"));
        Assert.Equal(("企业职工医保缴费比例", 7.5), (m.Indicator, m.Value!.Value));
    }

    [Fact]
    public void ATrailingAnBeforeTheNumberIsNoPartOfTheIndicator()
    {
        var m = Assert.Single(Metrics("今年财政赤字率拟按3.2%安排。"));
        Assert.Equal("财政赤字率", m.Indicator);
    }

    [Fact]
    public void ASizeClassWithJiYixiaIsPartOfTheObject()
    {
        Assert.Empty(Metrics("今年要关停整合5万千瓦及以下燃煤锅炉。"));
    }

    [Fact]
    public void ANumberAfterAListItemWithoutOneMeasuresWhatFollows()
    {
        var m = Assert.Single(Metrics("今年要实现农村学前教育基本普及、85%适龄幼儿进入公办园。"));
        Assert.Equal(("适龄幼儿进入公办园", 85.0), (m.Indicator, m.Value!.Value));
    }

    [Fact]
    public void ALeadingDurationLeavesTheIndicator()
    {
        var c = Assert.Single(Extract("全市3年要完成棚户区改造2万户。"), x => x.Metric is not null);
        Assert.Equal("棚户区改造", c.Metric!.Indicator);
    }

    [Fact]
    public void ASpanCountedFromAStartNamedInTheSentenceTakesTheSentenceEndYearNotTheReferenceYear()
    {
        var c = Assert.Single(Extract("从本届政府成立到2035年，我省要用12年时间全面建成现代化经济体系。", year: 2024));
        Assert.Equal(2035, c.Deadline!.Year);

        c = Assert.Single(Extract("从规划实施起，我省要用12年时间全面建成现代化经济体系。", year: 2024));
        Assert.Null(c.Deadline);

        c = Assert.Single(Extract("我省要用5年时间全面建成现代化经济体系。", year: 2024));
        Assert.Equal("within", c.Deadline!.Kind);
    }

    [Fact]
    public void ARateOfThePreviousYearsIsAStatement()
    {
        Assert.Empty(Metrics("按照前几年每年森林覆盖率提高1至2个百分点的速度，目标可以如期实现。"));
    }
}
