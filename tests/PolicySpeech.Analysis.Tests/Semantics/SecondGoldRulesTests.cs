using PolicySpeech.Semantics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Semantics;

/// <summary>
/// Extraction rules for the causes the second real-text gold (corpus/real-gold-2) showed: what dates a paragraph, how far a
/// written subject carries, subjects with 特别是 and copula openings, the modality 必须 gives the clauses after it. The
/// sentences are written for the tests in the style of the genre; none is copied from a real document.
/// </summary>
public sealed class SecondGoldRulesTests
{
    private const string SpeechHead = "在全省开放工作会议上的讲话\n同志们：\n";

    private const string AddressHead = "在国际工商界对话会上的主旨演讲\n各位朋友：\n";

    private const string ReportHead = "政府工作报告\n各位代表：\n一、2024年重点工作\n";

    private static List<Commitment> Extract(string head, string body, int year = 2024) =>
        [.. SemanticModel.Create(SpeechSyntaxTree.Parse(SourceText.From(head + body + "\n")), null, year).Commitments];

    private static Commitment Find(List<Commitment> all, string text) => Assert.Single(all, c => c.Text.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void ASentenceThatStatesWhatWasDoneThisYearDatesNothingAfterIt()
    {
        var all = Extract(AddressHead, "今年5月，在省会举办了全省投资贸易洽谈会，吸引了300家企业参会。我们将进一步降低制度性成本，培育一批进口贸易示范区。");
        Assert.Null(Find(all, "降低制度性成本").Deadline);
        Assert.Null(Find(all, "培育一批进口贸易示范区").Deadline);
    }

    [Fact]
    public void AnOpeningThisYearStillDatesTheParagraph()
    {
        var all = Extract(AddressHead, "今年，我们要继续深化改革。扩大高水平对外开放。");
        Assert.Equal(2024, Find(all, "扩大高水平对外开放").Deadline?.Year);
    }

    [Fact]
    public void ABareTaskInAPlanIsTheGovernmentsNotTheLastSubjects()
    {
        var all = Extract(ReportHead, "金融机构要加大对小微企业的信贷投放。深化金融企业改革，健全内部控制机制。");
        Assert.Equal("金融机构", Find(all, "加大对小微企业的信贷投放").Actor.Text);
        Assert.NotEqual("金融机构", Find(all, "深化金融企业改革").Actor.Text);
        Assert.False(Find(all, "健全内部控制机制").Actor.Explicit);
    }

    [Fact]
    public void InADirectiveTheWrittenSubjectCarriesToTheBareSentencesAfterIt()
    {
        var all = Extract(SpeechHead, "我们将继续推动贸易和投资便利化。完善外商投资管理制度，依法保护外资企业合法权益。");
        var next = Find(all, "完善外商投资管理制度");
        Assert.Equal(("我们", true), (next.Actor.Text, next.Actor.Explicit));
    }

    [Fact]
    public void ASubjectNarrowedWithTeBieShiIsTheWholeSubject()
    {
        var all = Extract(SpeechHead, "国有企业特别是中央企业要发挥龙头带动作用，带动上下游企业共渡难关。");
        Assert.Equal("国有企业特别是中央企业", Find(all, "发挥龙头带动作用").Actor.Text);
        Assert.Equal("国有企业特别是中央企业", Find(all, "带动上下游企业共渡难关").Actor.Text);
        Assert.Equal(ActorKind.Institution, ActorRecognizer.Classify("国有企业尤其是中央企业"));
        Assert.Null(ActorRecognizer.Classify("产品特别是高端产品"));
    }

    [Fact]
    public void TheActorACopulaSentenceOpensWithIsTheSubjectOfItsDirectives()
    {
        var all = Extract(SpeechHead, "各级领导干部要主动为企业排忧解难。政府是市场秩序的维护者，要更多提供优质公共服务。");
        var c = Find(all, "更多提供优质公共服务");
        Assert.Equal(("政府", true), (c.Actor.Text, c.Actor.Explicit));
    }

    [Fact]
    public void MustGovernsTheClausesAfterItAndJianJueKeepsTheGoverningModality()
    {
        var all = Extract(SpeechHead, "全党必须强化纪律意识，严格执行制度，坚决维护制度权威。各级党委要坚决反对形式主义。");
        Assert.Equal("must", Find(all, "严格执行制度").Modality);
        var firm = Find(all, "坚决维护制度权威");
        Assert.Equal("must", firm.Modality);
        Assert.Equal("坚决维护制度权威", firm.Action);
        Assert.Equal("should", Find(all, "坚决反对形式主义").Modality);
    }

    [Fact]
    public void ACognitionWithItsOwnObjectIsARequirementAndGovernsTheClausesAfterIt()
    {
        var all = Extract(SpeechHead, "领导干部要深刻认识肩负的责任，时刻保持清醒头脑。我们要清醒认识到，发展面临的困难不少。");
        Assert.Equal("should", Find(all, "深刻认识肩负的责任").Modality);
        var next = Find(all, "时刻保持清醒头脑");
        Assert.Equal(("领导干部", "should"), (next.Actor.Text, next.Modality));
        Assert.DoesNotContain(all, c => c.Text.Contains("认识到", StringComparison.Ordinal) || c.Text.Contains("困难不少", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("持之以恒抓好农业农村工作", "持之以恒抓好农业农村工作")]
    [InlineData("严守耕地保护红线", "严守耕地保护红线")]
    [InlineData("密切关注国际市场变化", "密切关注国际市场变化")]
    [InlineData("充分利用国际创新资源", "充分利用国际创新资源")]
    public void BareVerbPhrasesOfTheGenreArePlanTasks(string body, string action)
    {
        var c = Assert.Single(Extract(ReportHead, "推进乡村全面振兴。" + body + "。"), c => c.Text == body);
        Assert.Equal(action, c.Action);
    }

    [Fact]
    public void AGoalStatedAsAStateIsATaskOfAnOutlookButNotAFactOfAReview()
    {
        const string Report = "政府工作报告\n各位代表：\n一、过去五年工作回顾\n农村人居环境明显改善。乡村治理取得重大进展。\n二、“十五五”时期主要目标\n";
        var all = Extract(Report, "城乡居民收入稳步提高，基本公共服务体系更加完善，生态文明建设取得新的重大进展。", 2026);
        Assert.Equal(2030, Find(all, "城乡居民收入稳步提高").Deadline?.Year);
        Assert.Single(all, c => c.Text == "基本公共服务体系更加完善");
        Assert.Single(all, c => c.Text == "生态文明建设取得新的重大进展");
        Assert.DoesNotContain(all, c => c.Text.Contains("农村人居环境", StringComparison.Ordinal) || c.Text.Contains("乡村治理", StringComparison.Ordinal));
        Assert.False(CommitmentCues.Instance.IsResultState("显著提高"));
        Assert.False(CommitmentCues.Instance.IsResultState("取得这些成绩来之不易"));
    }

    [Fact]
    public void AHeadingThatNamesANationalGoalGivesItsYearToItsSectionOnly()
    {
        const string Report = "向大会的报告\n同志们：\n四、实现全面建设小康社会奋斗目标的新要求\n";
        var all = Extract(Report, "增强发展协调性，努力实现经济又好又快发展。\n五、促进国民经济又好又快发展\n提高自主创新能力，建设创新型国家。", 2007);
        var goal = Find(all, "增强发展协调性").Deadline;
        Assert.Equal((2020, DeadlineSource.Section), (goal?.Year, goal?.Source));
        Assert.NotEqual(2020, Find(all, "提高自主创新能力").Deadline?.Year);
    }

    [Fact]
    public void ActionsListedWithDunAfterASubjectAndModalAreOneEach()
    {
        var all = Extract(SpeechHead, "各级领导干部要带头增强责任意识、坚定发展信心、做到令行禁止。");
        Assert.Contains(all, c => c.Text == "坚定发展信心");
        Assert.Contains(all, c => c.Text == "做到令行禁止");
        Assert.Equal("各级领导干部", Find(all, "坚定发展信心").Actor.Text);
        Assert.Single(Extract(SpeechHead, "各级领导干部要加强理论学习、业务培训和实践锻炼。"));
    }
}
