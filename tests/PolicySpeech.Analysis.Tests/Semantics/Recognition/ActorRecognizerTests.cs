using PolicySpeech.Semantics;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Semantics.Recognition;

public sealed class ActorRecognizerTests
{
    private static ActorMatch? SubjectOf(string text, string modal = "要")
    {
        int at = text.LastIndexOf(modal, StringComparison.Ordinal);
        Assert.True(at >= 0);
        return ActorRecognizer.FindSubject(text, at);
    }

    [Theory]
    [InlineData("各级各部门要提高政治站位", "各级各部门", "Institution")]
    [InlineData("要坚持和加强党的全面领导，各级党委和政府要定期听取汇报", "各级党委和政府", "Institution")]
    [InlineData("要压实工作责任，省妇儿工委要切实履行好职责", "省妇儿工委", "Institution")]
    [InlineData("各级各有关部门要将妇女儿童工作放在全局工作中谋划推动", "各级各有关部门", "Institution")]
    [InlineData("县级以上人民政府应当加强领导", "县级以上人民政府", "Institution", "应当")]
    [InlineData("各地各部门要抓好落实", "各地各部门", "Institution")]
    [InlineData("各地区各部门要认真贯彻", "各地区各部门", "Institution")]
    [InlineData("各级党委政府要高度重视", "各级党委政府", "Institution")]
    [InlineData("省委、省政府要统筹推进", "省委、省政府", "Institution")]
    [InlineData("国务院要带头", "国务院", "Institution")]
    [InlineData("各市（州）要制定方案", "各市（州）", "Institution")]
    [InlineData("各市县要落实", "各市县", "Institution")]
    [InlineData("省教育厅要牵头", "省教育厅", "Institution")]
    [InlineData("市卫生健康委要加强指导", "市卫生健康委", "Institution")]
    [InlineData("省妇联要发挥作用", "省妇联", "Institution")]
    [InlineData("省人力资源社会保障厅要完善政策", "省人力资源社会保障厅", "Institution")]
    [InlineData("省教育厅、省卫生健康委要联合开展", "省教育厅、省卫生健康委", "Institution")]
    [InlineData("县人民法院要依法审理", "县人民法院", "Institution")]
    [InlineData("各级干部要带头", "各级干部", "Collective")]
    [InlineData("广大党员干部要勇于担当", "广大党员干部", "Collective")]
    [InlineData("全省上下要凝心聚力", "全省上下", "Collective")]
    [InlineData("各级各类学校要开足开齐体育课", "各级各类学校", "Collective")]
    [InlineData("我们要认真学习领会", "我们", "Pronoun")]
    [InlineData("我省要加快建设", "我省", "Jurisdiction")]
    [InlineData("同时，各级各部门都要加强协作", "各级各部门", "Institution")]
    [InlineData("今年各级各部门要狠抓落实", "各级各部门", "Institution")]
    [InlineData("此外，省财政厅也要加大投入", "省财政厅", "Institution")]
    public void FindsSubjectBeforeModal(string text, string? expected, string? kind, string modal = "要")
    {
        var m = SubjectOf(text, modal);
        Assert.Equal(expected, m?.Text);
        Assert.Equal(kind, m?.Kind.ToString());
        if (m is not null)
        {
            Assert.Equal(text.IndexOf(expected!, StringComparison.Ordinal), m.Span.Start);
        }
    }

    [Theory]
    [InlineData("（一）要拓宽妇女就业创业渠道")]
    [InlineData("一、要加强服务指导")]
    [InlineData("要深入实施就业促进行动")]
    [InlineData("推动经济全部要素")]
    [InlineData("发挥好主力军和火车头作用，要")]
    [InlineData("各级党委和政府对妇女儿童工作高度重视的原则要坚持")]
    [InlineData("以人民为中心要")]
    [InlineData("广大干部群众的积极性要")]
    [InlineData("统筹推进大局要")]
    [InlineData("发挥政府要")]
    public void NoExplicitSubject(string text)
    {
        int at = text.LastIndexOf('要');
        var m = ActorRecognizer.FindSubject(text, at);
        Assert.Null(m);
    }

    [Fact]
    public void SecondModalOfAClauseHasNoSubjectOfItsOwn()
    {
        const string text = "各级政府要大力支持";
        Assert.Equal("各级政府", ActorRecognizer.FindSubject(text, text.IndexOf('要'))?.Text);
        Assert.Null(ActorRecognizer.FindSubject(text, text.IndexOf("支持", StringComparison.Ordinal)));
    }

    [Fact]
    public void SubjectSpanUsesBaseOffset()
    {
        const string doc = "前文。省妇儿工委要切实履行好职责";
        int clause = doc.IndexOf('省');
        var m = ActorRecognizer.FindSubject(doc.AsSpan(clause), doc.IndexOf('要') - clause, clause);
        Assert.NotNull(m);
        Assert.Equal("省妇儿工委", doc.Substring(m.Span.Start, m.Span.Length));
        var actor = m.ToActor();
        Assert.Equal(("省妇儿工委", true, (TextSpan?)m.Span), (actor.Text, actor.Explicit, actor.Span));
    }

    [Fact]
    public void FindsActorsOfEveryModal()
    {
        var all = ActorRecognizer.FindActors("各级各部门要提高政治站位，强化责任担当。各级党委和政府要定期听取汇报，省妇儿工委要切实履行职责。");
        Assert.Equal(["各级各部门", "各级党委和政府", "省妇儿工委"], all.Select(a => a.Text));
    }

    [Theory]
    [InlineData("我省妇女儿童工作取得成效，全省上下，位居全国前列，全国妇女儿童工作会议，我省", "我省")]
    [InlineData("全市经济运行稳中有进，我市将继续推进，全国文明城市", "我市")]
    [InlineData("我国经济总量突破百万亿元，全国各族人民，全国人大", "我国")]
    [InlineData("我区坚持新发展理念，全区上下", "我区")]
    [InlineData("全省经济稳中向好，全省上下，全省人民，位居全国前列，全国统一大市场，全国第一，全国人大，我国经济", "我省")]
    [InlineData("全面从严治党，全党同志", "我国")]
    [InlineData("全区只提到一次，我国经济", "我国")]
    [InlineData("没有任何地名", null)]
    public void InfersJurisdiction(string text, string? expected)
    {
        Assert.Equal(expected, ActorRecognizer.InferJurisdiction(text));
    }

    [Fact]
    public void ClassifyWholePhrase()
    {
        Assert.Equal(ActorKind.Institution, ActorRecognizer.Classify("省教育厅"));
        Assert.Equal(ActorKind.Collective, ActorRecognizer.Classify("广大党员干部"));
        Assert.Null(ActorRecognizer.Classify("各级干部的"));
        Assert.Null(ActorRecognizer.Classify("全部"));
        Assert.Null(ActorRecognizer.Classify("干部"));
    }
}
