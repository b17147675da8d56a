using PolicySpeech.Semantics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Semantics;

/// <summary>
/// The rules that read the document rather than the sentence (annotation guide §1–§3): zones, coverage of bare action clauses,
/// deadline scope, the named government, carried actors, repeated passages. Each input is a small made-up document.
/// </summary>
public sealed class CommitmentDocumentRulesTests
{
    private const string Report = "2026年江澜省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n";

    /// <summary>A review section of about 300 characters, which gives no commitments.</summary>
    private static readonly string Review = "一、2025年工作回顾\n" + string.Concat(Enumerable.Repeat("全省经济运行稳中有进，新建5G基站1.2万个。", 12)) + "\n";

    private static SemanticModel Model(string text, int year = 2026) =>
        SemanticModel.Create(SpeechSyntaxTree.Parse(SourceText.From(text)), null, year);

    [Fact]
    public void APlanSectionOfAReportGivesEveryActionClauseWithTheSectionYearAndTheNamedGovernment()
    {
        var model = Model(Report + "一、2025年工作回顾\n全年新建5G基站1.2万个，完善现代文化产业体系。\n二、2026年重点工作\n培育壮大文化旅游产业。完善现代文化产业体系，建设西部创意产业集聚区。\n");
        var found = model.Commitments;
        Assert.Equal(["培育壮大文化旅游产业", "完善现代文化产业体系", "建设西部创意产业集聚区"], found.Select(c => c.Action));
        Assert.All(found, c =>
        {
            Assert.Equal(Zone.Plan, c.Zone);
            Assert.Equal(CommitmentKind.Task, c.Kind);
            Assert.Equal(("江澜省人民政府", false), (c.Actor.Text, c.Actor.Explicit));
            Assert.Equal((2026, DeadlineSource.Section), (c.Deadline!.Year, c.Deadline.Source));
        });
    }

    [Fact]
    public void AFiveYearOutlookHeadingGivesTheEndOfThePeriodAndItsStart()
    {
        var found = Model(Report + "一、“十五五”时期的主要目标任务\n加快建设现代化产业体系。\n").Commitments;
        var only = Assert.Single(found);
        Assert.Equal(Zone.Outlook, only.Zone);
        Assert.Equal((2030, 2026, DeadlineSource.Section), (only.Deadline!.Year, only.Deadline.StartYear, only.Deadline.Source));
    }

    [Fact]
    public void ATimeOpeningTheParagraphDatesItsLaterSentences()
    {
        var found = Model(Report + "二、重点工作\n今年是“十五五”开局之年。要加快建设现代化产业体系。\n").Commitments;
        var only = Assert.Single(found);
        Assert.Equal(DeadlineSource.Paragraph, only.Deadline!.Source);
        Assert.Equal(2026, only.Deadline.Year);
    }

    [Fact]
    public void ASpanOpeningTheParagraphDatesTheClausesAfterItInItsOwnSentence()
    {
        // 未来五年 in a 2022 Party congress report: 2023–2027; the goals listed after the colon share it.
        const string Text = "同志们：\n现在，我代表第十九届中央委员会向大会作报告。\n三、新时代新征程中国共产党的使命任务\n未来五年是全面建设社会主义现代化国家开局起步的关键时期，主要目标任务是：经济高质量发展取得新突破，科技自立自强能力显著提升。\n";
        var found = Model(Text, 2022).Commitments;
        Assert.Equal(["经济高质量发展取得新突破", "科技自立自强能力显著提升"], found.Select(c => c.Action));
        Assert.All(found, c => Assert.Equal((2027, DeadlineSource.Paragraph), (c.Deadline!.Year, c.Deadline.Source)));
    }

    [Fact]
    public void AReviewHeadingThatAlsoNamesThePlanAheadTurnsToItWhereAParagraphOpensWithIt()
    {
        const string Text = "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n二、“十三五”时期发展成就和“十四五”时期主要目标任务\n过去五年，我国经济取得新成就，建成世界上规模最大的社会保障体系。\n“十四五”时期是开启新征程的第一个五年。\n——着力提升发展质量效益，保持经济持续健康发展。\n";
        var found = Model(Text, 2021).Commitments;
        Assert.Equal(["——着力提升发展质量效益", "保持经济持续健康发展"], found.Select(c => c.Text));
        Assert.All(found, c => Assert.Equal((Zone.Outlook, 2025), (c.Zone, c.Deadline!.Year)));
    }

    [Fact]
    public void InAPlanAVerbOfGeneralChineseOpensATaskButNotAStatementOfWhatSomethingIs()
    {
        // 发行 and 摈弃 are not in the genre's verb list (action-verbs.txt), but jieba tags them verbs (general-verbs.txt).
        var found = Model(Report + "二、2026年重点工作\n适当发行专项债券。摈弃过时观念。发行专项债券是稳增长的重要举措。\n").Commitments;
        Assert.Equal(["适当发行专项债券", "摈弃过时观念"], found.Select(c => c.Text));

        // A speech's directives keep to the genre's verbs.
        Assert.Empty(Model("同志们：\n摈弃过时观念。\n").Commitments);
    }

    [Fact]
    public void AVerbOfTheGenreOpensAnActionButNotBefore的()
    {
        // 尊重, 奉行, 致力于 are verbs of the genre (action-verbs.txt); 奉行的… is a noun phrase (the policy we pursue), not an action.
        var found = Model("同志们：\n我们应该坚持和平共处，尊重各国发展权利，致力于落实《巴黎协定》。我国奉行的和平外交政策的基本原则包括以下几点。\n", 2020).Commitments;
        Assert.Equal(["坚持和平共处", "尊重各国发展权利", "致力于落实《巴黎协定》"], found.Select(c => c.Action));
    }

    [Fact]
    public void AVerbPhraseBeforeTheCopulaIsASubjectNotAnAction()
    {
        // 扩大消费是…着力点 says what expanding consumption is; 坚持…是… takes the statement as its object; 实事求是 and 特别是 are words.
        var found = Model("同志们：\n扩大消费是对冲疫情影响的重要着力点。推动高质量发展是根本出路。要坚持发展是第一要务、人才是第一资源。要坚持实事求是。要加强基础设施建设，特别是农村公路建设。\n", 2020).Commitments;
        Assert.Equal(["坚持发展是第一要务、人才是第一资源", "坚持实事求是", "加强基础设施建设"], found.Select(c => c.Action));
    }

    [Fact]
    public void APrepositionalFrameIsNoActionOfItsOwn()
    {
        // 以…为切入点, 在…的前提下, 按照…的要求 frame the action of the clause after them; 把…建立在…的基础上 has its own verb.
        var found = Model("同志们：\n要以疫情防治为切入点，加强公共卫生体系建设。要在做好防控工作的前提下，全力支持复工复产。按照高质量发展的要求，完善重大疫情防控体制机制。必须把计划工作建立在价值规律的基础上。\n", 2020).Commitments;
        Assert.Equal(["加强公共卫生体系建设", "支持复工复产", "完善重大疫情防控体制机制", "把计划工作建立在价值规律的基础上"], found.Select(c => c.Action));
    }

    [Fact]
    public void InAPlanAPlaceOpenedBy在BeforeTheVerbKeepsTheClauseAnAction()
    {
        // 在 is a filler before a verb (要在…前完成) but here it opens a place (在重点区域) with the verb after it; 在…方面 alone frames.
        var found = Model(Report + "二、2026年重点工作\n在重点区域实行大气污染联防联控。在基本建设方面，严格控制投资规模。\n").Commitments;
        Assert.Equal(["在重点区域实行大气污染联防联控", "严格控制投资规模"], found.Select(c => c.Text));
    }

    [Fact]
    public void AWrittenSubjectBeforeAnActionInADirectiveIsItsActor()
    {
        // No modal verb, but a subject that can act and an action: the speaker's commitment; a narrative (解决了) is none.
        var found = Model("同志们：\n中国奉行独立自主的和平外交政策。我们呼吁各国维护国际法。我们解决了许多突出问题。\n", 2020).Commitments;
        Assert.Equal([("奉行独立自主的和平外交政策", "中国", true), ("呼吁各国维护国际法", "我们", true)], found.Select(c => (c.Action, c.Actor.Text, c.Actor.Explicit)));
    }

    [Fact]
    public void AChangeRightAfterALevelOfTheSameUnitRestatesIt()
    {
        // One target each: the deficit, not its change against last year; a change with an indicator of its own stays a target.
        var found = Model(Report + "二、2026年重点工作\n今年拟安排财政赤字1.62万亿元，比去年增加2700亿元。中央财政赤字1.12万亿元，增加1700亿元。粮食产量1.3万亿斤，城镇新增就业增加100万人。\n").Commitments;
        Assert.Equal(["今年拟安排财政赤字1.62万亿元", "中央财政赤字1.12万亿元", "粮食产量1.3万亿斤", "城镇新增就业增加100万人"], found.Select(c => c.Text));
    }

    [Fact]
    public void InAPlanATargetStatesItsChangeAgainstTheYearBeforeWhichInAReviewIsAFact()
    {
        var plan = Model(Report + "二、2026年重点工作\n全省居民人均可支配收入比上年增长6%左右。赤字率从去年的2.1%提高到2.3%。\n").Commitments;
        Assert.Equal(2, plan.Length);
        Assert.All(plan, c => Assert.Equal((CommitmentKind.Target, 2026), (c.Kind, c.Deadline!.Year)));
        Assert.Equal(6, plan[0].Metric!.Value);

        Assert.Empty(Model(Report + "一、2025年工作回顾\n全省居民人均可支配收入比上年增长5.2%。\n").Commitments);
    }

    [Fact]
    public void ATitleSetOnALineOfItsOwnBreaksNoSectionOpen()
    {
        // An export broke the sentence at the quoted title: “十四五”规划和二〇三五年远景目标 is no heading of an outlook dated 2035.
        const string Text = "同志们：\n现在，我代表第十九届中央委员会向大会作报告。\n一、过去五年的工作\n五年来，我们召开全会，制定\n“十四五”规划和二〇三五年远景目标\n，全面总结党的经验。\n二、今后五年的任务\n要加快建设现代化经济体系。\n";
        var found = Model(Text, 2022).Commitments;
        var only = Assert.Single(found);
        Assert.Equal(("加快建设现代化经济体系", 2027), (only.Action, only.Deadline!.Year));
    }

    [Theory]
    [InlineData("名词解释\n1.“四好农村路”：\n指建好、管好、护好、运营好农村公路。\n2.“暖心驿站”：\n面向新就业群体，提供饮水、休息等普惠性服务。\n")]
    [InlineData("注释\n［1］五个必须：\n必须维护党中央权威，必须维护党的团结。\n")]
    [InlineData("责任编辑：\n李莎莎\n相关链接>>\n解读省政府工作报告：在服务大局中担难担重前行\n打印本页\n关闭窗口\n")]
    public void TheBackMatterAfterTheDocumentCommitsToNothing(string backMatter)
    {
        // A glossary defines the report's terms and a web page's furniture lists links: neither is a task of the report.
        const string Plan = "二、2026年重点工作\n完善现代文化产业体系，建设西部创意产业集聚区。加快建设现代化经济体系。推进乡村全面振兴。\n";
        var found = Model(Report + Review + Plan + backMatter).Commitments;
        Assert.Equal(["完善现代文化产业体系", "建设西部创意产业集聚区", "加快建设现代化经济体系", "推进乡村全面振兴"], found.Select(c => c.Action));
    }

    [Fact]
    public void AListOfActionsAfterASituationIsWhatTheSpeakerProposes()
    {
        // 当前，… opens a situation (zone other); the items that follow it, each an action, are the speaker's proposals.
        const string Text = "在和平论坛的致辞\n女士们，先生们：\n当前，世界格局加速演变，国际形势不稳定性明显上升。在此，我提两点倡议。第一，团结互助，共抗疫情。第二，开放合作，共促复苏。\n";
        var found = Model(Text, 2020).Commitments;
        Assert.Equal(["团结互助", "开放合作"], found.Select(c => c.Action));
        Assert.All(found, c => Assert.Equal(Zone.Directive, c.Zone));
    }

    [Fact]
    public void ALongParagraphAfterTheLineIsADocumentGoingOnNotBackMatter()
    {
        // Two documents in one file: a web page's 相关报道： and then a speech of one long paragraph, which is read.
        string longReview = "一、2025年工作回顾\n" + string.Concat(Enumerable.Repeat("全省经济运行稳中有进，新建5G基站1.2万个。", 120)) + "\n";
        string speech = "同志们：" + string.Concat(Enumerable.Repeat("要加快建设现代化经济体系，推进乡村全面振兴。", 20)) + "\n";
        string text = Report + longReview + "二、2026年重点工作\n完善现代文化产业体系。\n相关报道：\n" + speech;
        Assert.True(text.IndexOf("相关报道", StringComparison.Ordinal) > text.Length * 4 / 5, "the line stands in the last fifth");
        var found = Model(text).Commitments;
        Assert.Contains(found, c => c.Action == "加快建设现代化经济体系");
    }

    [Fact]
    public void ANoteBeforeTheLastFifthOfTheDocumentIsNoBackMatter()
    {
        // 注 under a table early in a report explains it; the plan that follows is still read. Back matter is at most the last fifth.
        var found = Model(Report + "注\n二、2026年重点工作\n完善现代文化产业体系，建设西部创意产业集聚区。加快建设现代化经济体系。推进乡村全面振兴。\n").Commitments;
        Assert.Equal(["完善现代文化产业体系", "建设西部创意产业集聚区", "加快建设现代化经济体系", "推进乡村全面振兴"], found.Select(c => c.Action));
    }

    [Fact]
    public void AYearPointInTheReferenceYearInsideAnObjectLeavesTheSectionDeadlineInPlace()
    {
        var found = Model(Report + "二、2026年重点工作\n推进村镇基础设施一体化建设管护，办好2026年全国“村BA”等文体活动。\n").Commitments;
        Assert.Equal(2, found.Length);
        Assert.All(found, c => Assert.Equal((2026, DeadlineSource.Section), (c.Deadline!.Year, c.Deadline.Source)));
    }

    [Theory]
    [InlineData("同志们：\n现在，我代表第十六届中央委员会向大会作报告。\n", 2012)]
    [InlineData("为全面建设社会主义现代化国家而团结奋斗\n——在中国共产党第二十次全国代表大会上的报告\n", 2012)]
    [InlineData("2007年政府工作报告\n——2007年3月5日在第十届全国人民代表大会第五次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n", 2007)]
    public void APartyCongressReportDatesItsPlanToTheEndOfTheFiveYearTerm(string opening, int year)
    {
        var found = Model(opening + "一、今后的主要任务\n坚持走中国特色自主创新道路，加快建设国家创新体系。\n", 2007).Commitments;
        Assert.NotEmpty(found);
        Assert.All(found, c => Assert.Equal((year, DeadlineSource.Document), (c.Deadline!.Year, c.Deadline.Source)));
    }

    [Theory]
    [InlineData("商业银行要全面实行贷款质量五级分类制度。", "商业银行")]
    [InlineData("金融机构要切实防范和化解金融风险。", "金融机构")]
    [InlineData("全党同志必须始终保持崇高的革命理想。", "全党同志")]
    [InlineData("企业家要做创新发展的探索者。", "企业家")]
    public void FinancialInstitutionsEnterprisesAndPartyMembersAreWrittenActors(string sentence, string actor)
    {
        var found = Model(Report + "二、2026年重点工作\n" + sentence + "\n").Commitments;
        Assert.Equal((actor, true), (found[0].Actor.Text, found[0].Actor.Explicit));
    }

    [Fact]
    public void ASentenceWithoutAModalWhoseVerbTakesThePerfectiveLeStatesAResult()
    {
        var found = Model("在全省经济工作部署会议上的讲话\n同志们：\n一是各级党组织深入学习，提高了知信行合一能力，较好解决了学习不深入的问题。\n" +
            "要推广游客环保行为积分激励机制，让游客来了就不想离开。\n为了巩固成果，加强基层组织建设。\n", 2024).Commitments;
        Assert.Equal(["推广游客环保行为积分激励机制", "加强基层组织建设"], found.Select(c => c.Action));
    }

    [Fact]
    public void AWrittenPronounSubjectCarriesToTheBareClausesAfterItAndStaysExplicit()
    {
        var found = Model("在博览会开幕式上的主旨演讲\n女士们，先生们：\n我们将进一步降低关税，培育一批进口贸易促进创新示范区。\n", 2020).Commitments;
        Assert.Equal(2, found.Length);
        Assert.All(found, c => Assert.Equal(("我们", true), (c.Actor.Text, c.Actor.Explicit)));
    }

    [Fact]
    public void OnlyASpeechThatDeploysTheWorkAtHandDatesItsDirectivesToTheReferenceYear()
    {
        var deployment = Model("在全省经济工作部署会议上的讲话\n同志们：\n要加快建设现代化产业体系。\n", 2024).Commitments;
        Assert.Equal((2024, DeadlineSource.Document), (Assert.Single(deployment).Deadline!.Year, deployment[0].Deadline!.Source));

        var commemoration = Model("在庆祝经济特区建立40周年大会上的讲话\n同志们：\n要加快建设现代化产业体系。当年的开山炮声犹然在耳。要坚持改革开放。\n", 2020).Commitments;
        Assert.Equal(2, commemoration.Length);
        Assert.All(commemoration, c => Assert.Null(c.Deadline));
    }

    [Fact]
    public void ASpeechServingANamedGoalAheadDatesItsDirectivesToThatGoalEvenWhereItCitesAReportOrDeploys()
    {
        // 报告 in the opening cites a report (no work report: the title says 讲话); 研究部署 recalls earlier meetings; the goal
        // 全面建成小康社会 (named-goals.txt: 2020) lies ahead of 2018, so the directives are due by 2020.
        const string Opening = "在打好精准扶贫攻坚战座谈会上的讲话\n同志们：\n我先后召开座谈会，研究部署扶贫工作。这是我在大会报告中提出的任务，对如期全面建成小康社会具有重要意义。\n";
        var goal = Model(Opening + "要加大投入力度。\n", 2018).Commitments;
        var only = Assert.Single(goal, c => c.Action == "加大投入力度");
        Assert.Equal((Zone.Directive, 2020, DeadlineSource.Document), (only.Zone, only.Deadline!.Year, only.Deadline.Source));

        // Said in 2020 the goal is the year at hand: the speech deploys the year's work (研究部署), due in the reference year.
        var atHand = Model(Opening + "要加大投入力度。\n", 2020).Commitments;
        Assert.Equal((2020, DeadlineSource.Document), (Assert.Single(atHand, c => c.Action == "加大投入力度").Deadline!.Year, atHand[0].Deadline!.Source));
    }

    [Fact]
    public void AWrittenSubjectCarriesAsExplicitUntilTheNextItemAndAThingIsNoActor()
    {
        var found = Model("在全省工作会议上的讲话\n同志们：\n我省要抓好落实。一是各级党委要加强领导。要压实责任。二是要完善制度。各级培训方式要有所区别。\n", 2024).Commitments.Skip(1).ToList();
        Assert.Equal(("各级党委", true), (found[0].Actor.Text, found[0].Actor.Explicit));
        Assert.Equal(("各级党委", true), (found[1].Actor.Text, found[1].Actor.Explicit));
        Assert.All(found.Skip(2), c => Assert.NotEqual("各级党委", c.Actor.Text));
        Assert.DoesNotContain(found, c => c.Actor.Text == "各级培训方式");
    }

    [Fact]
    public void AListOfActionsSplitsAndAPrepositionalOpeningKeepsItsVerb()
    {
        var found = Model(Report + "二、2026年重点工作\n培育增量、增强能量、提高质量。加强生态环境保护，从规划实施起，对排污企业全面实行在线监测。\n").Commitments;
        Assert.Equal(["培育增量", "增强能量", "提高质量", "加强生态环境保护", "对排污企业全面实行在线监测"], found.Select(c => c.Action));
    }

    [Fact]
    public void AVerbThatIsAlsoAModalStaysInTheActionAndMustIsItsOwnModality()
    {
        var found = Model(Report + "二、2026年重点工作\n确保粮食能源安全。必须严格执行环境保护法。\n").Commitments;
        Assert.Equal(("确保粮食能源安全", "ensure", CommitmentKind.Requirement), (found[0].Action, found[0].Modality, found[0].Kind));
        Assert.Equal(("严格执行环境保护法", "must"), (found[1].Action, found[1].Modality));
    }

    [Fact]
    public void ABeneficiaryOpenedBy为BeforeItsVerbIsPartOfTheAction()
    {
        // 为…提供/作出: the action is done for someone; 为实现…目标 before a comma is a purpose, no action.
        var found = Model(Report + "二、2026年重点工作\n为受疫情影响较大的行业提供专项信贷额度。为实现全年目标，加强统筹协调。为建设美丽中国贡献力量。\n").Commitments;
        Assert.Equal(["为受疫情影响较大的行业提供专项信贷额度", "加强统筹协调", "为建设美丽中国贡献力量"], found.Select(c => c.Text));
    }

    [Fact]
    public void AVerbBefore型IsAnAdjectiveNotANewActionInAList()
    {
        // 多推动创造型、引领型改革 is one action (多 is an adverb; 引领型 an adjective), 建设知识型、技能型、创新型劳动者大军 another.
        var found = Model(Report + "二、2026年重点工作\n多推动创造型、引领型改革。建设知识型、技能型、创新型劳动者大军。\n").Commitments;
        Assert.Equal(["多推动创造型、引领型改革", "建设知识型、技能型、创新型劳动者大军"], found.Select(c => c.Text));
    }

    [Fact]
    public void TheSpeakersHopeForTheAudienceEncouragesIt()
    {
        // 希望大家… exhorts the audience (encourage); 充满希望 is a noun phrase.
        var found = Model("在企业家座谈会上的讲话\n同志们：\n希望大家增强爱国情怀。我们的事业充满希望。\n", 2020).Commitments;
        var only = Assert.Single(found);
        Assert.Equal(("希望大家增强爱国情怀", "encourage"), (only.Text, only.Modality));
    }

    [Fact]
    public void TheSpeakerSayingWhatHeWillSayIsNoCommitment()
    {
        var found = Model("在全省工作会议上的讲话\n同志们：\n我还要说一点，要加强领导。这里特别要强调产业扶贫和易地扶贫搬迁。\n", 2024).Commitments;
        Assert.Equal("加强领导", Assert.Single(found).Action);

        // A modal verb before a speaking verb alone frames what follows; 是要…的 foretells.
        var framed = Model("在全省工作会议上的讲话\n同志们：\n必须强调，要把主要精力用在发展上。我们应当指出，这是一个重要问题。改革是要付出代价的。\n", 2024).Commitments;
        Assert.Equal("把主要精力用在发展上", Assert.Single(framed).Action);
    }

    [Fact]
    public void ARepeatedPassagePointsToItsFirstCommitments()
    {
        const string Passage = "要深入实施妇女就业促进行动，加快建设托育服务体系。\n";
        var found = Model("在全省工作会议上的讲话\n同志们：\n" + Passage + "要抓好落实。\n" + Passage, 2024).Commitments;
        Assert.Equal(5, found.Length);
        Assert.Equal([null, null, null, 0, 1], found.Select(c => c.DuplicateOf));
    }

    [Theory]
    [InlineData("政府工作报告\n——2026年1月20日在江澜省第十四届人民代表大会第五次会议上\n各位代表：\n现在，我代表省人民政府，向大会报告工作。", "我省", "江澜省人民政府")]
    [InlineData("2026年甘肃省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。", "我省", "甘肃省人民政府")]
    [InlineData("政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作。", "我国", "国务院")]
    [InlineData("在座谈会上的讲话（2018年2月12日）习近平\n同志们：", "我国", "党中央")]
    [InlineData("在全省妇女儿童工作推进会上的讲话\n同志们：\n贯彻总书记重要指示精神。", "我省", "我省")]
    public void TheImplicitActorIsTheGovernmentTheDocumentSpeaksFor(string text, string jurisdiction, string government) =>
        Assert.Equal(government, GovernmentInference.Infer(text, jurisdiction));
}
