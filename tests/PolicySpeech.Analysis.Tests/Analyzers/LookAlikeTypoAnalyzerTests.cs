using System.Collections.Immutable;
using PolicySpeech.Analyzers;
using PolicySpeech.Diagnostics;

namespace PolicySpeech.Tests.Analyzers;

public sealed class LookAlikeTypoAnalyzerTests
{
    [Theory]
    [InlineData("要深入开展{|PS5001:巾幅|}健康行动。", "巾帼", "帼")]
    [InlineData("将权益保护纳入{|PS5001:法冶建设|}全过程。", "法治建设", "治")]
    [InlineData("紧密团结在{|PS5001:党中夹|}周围。", "党中央", "央")]
    [InlineData("要压实工作{|PS5001:贵任|}，抓好落实。", "责任", "责")]
    [InlineData("这个{|PS5001:时侯|}更要抓紧抓实。", "时候", "候")]
    [InlineData("依法发行{|PS5001:有价证卷|}，防范金融风险。", "有价证券", "券")]
    [InlineData("代表团今年将{|PS5001:前住|}北京学习考察。", "前往", "往")] // no complement after 住: the word-boundary check does not apply
    public void TypoIsReportedWithAOneCharacterFix(string marked, string replacement, string correction)
    {
        var d = Assert.Single(Markup.Verify(new LookAlikeTypoAnalyzer(), marked));
        Assert.Equal(replacement, d.Properties["replacement"]);
        Assert.Contains($"looks like a typo for '{replacement}'", d.Message, StringComparison.Ordinal);
        var change = Assert.Single(d.Fix!.Changes);
        Assert.Equal(1, change.Span.Length);
        Assert.Equal(correction, change.NewText);
    }

    [Theory]
    [InlineData("要深入开展巾幅健康行动。巾幅健康行动已在全省铺开。")] // written twice: the author's word
    [InlineData("要支持乡忖村发展特色产业。")] // part of a place name
    [InlineData("武隆荆竹村入选世界最佳旅游乡村。")] // 村 ends a village's name: no 竹材
    [InlineData("要规范发展公墓REITs市场。")] // next to Latin letters
    [InlineData("群众生活没有受到太大影响，也不能增加太多。")] // 太 + adjective
    [InlineData("抓创新强链条壮集群，主导产业攀升。")] // 强|链条|壮: 条壮 straddles a word boundary
    [InlineData("大型骨干工程投资量大，建设周期长。")] // 投资量|大: 量 is the suffix of 投资量
    [InlineData("确保受灾群众今年底前住进新房。")] // 前|住进: 住 and the complement 进 form a compound that 前往 would break (前往|进)
    [InlineData("安置户年底前搬进新居，明年前住上新房。")] // the same with another verb-complement compound, 住上
    [InlineData("全面推进乡村振兴，建设和美湘村。")] // 和美湘村 ends in 村 after the character the fix would change: a village brand
    [InlineData("积极发展公募REITs，盘活存量资产。")] // the 公募REITs → 公墓: next to Latin letters
    [InlineData("托举起“一老一小”稳稳的幸福。")] // 的 before a noun is right: no 稳稳地 without a verb after it
    [InlineData("让群众拥有“稳稳的幸福”。")]
    public void TheDocumentsOwnEvidenceSilencesASuspect(string text) => Markup.Verify(new LookAlikeTypoAnalyzer(), text);

    [Fact]
    public void ACopiedPassageOrAnotherWordsCharactersDoNotSilenceASuspect() =>
        Markup.Verify(new LookAlikeTypoAnalyzer(), "要深入开展{|PS5001:巾幅|}健康行动。\n\n要深入开展{|PS5001:巾幅|}健康行动。\n\n这属于预防措施，要建立监护{|PS5001:于预|}制度。");

    [Theory]
    [InlineData("实施科技“{|PS5001:尖锋|}”行动重大项目。", "it is the whole of a quoted phrase")]
    [InlineData("要{|PS5001:稳稳的|}推进改革。", "barely more likely")] // a verb follows: 稳稳地 is possible, but only weakly preferred
    [InlineData("坚持“{|PS5001:多予|}少取放活”方针。", "inside a quoted phrase")] // a slogan's wording; the correction is not clear-cut
    public void AWeaklySupportedSuspectIsInfoAndSaysWhy(string marked, string reason)
    {
        var d = Assert.Single(Markup.Verify(new LookAlikeTypoAnalyzer(), marked));
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Contains(reason, d.Message, StringComparison.Ordinal);
        Assert.Contains(reason, d.Properties["weakEvidence"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("要深入实施“{|PS5001:巾棚|}就业促进行动”。")] // inside a longer quoted name, but a clear-cut correction
    [InlineData("坚持{|PS5001:多予|}少取放活的方针。")] // the same suspect outside quotes
    [InlineData("要调动群众革命{|PS5001:积级性|}。")] // ends with the suffix 性, but the wrong character is 级
    public void AStronglySupportedSuspectStaysAWarning(string marked)
    {
        var d = Assert.Single(Markup.Verify(new LookAlikeTypoAnalyzer(), marked));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.False(d.Properties.ContainsKey("weakEvidence"));
    }

    [Theory]
    [InlineData("（三）要{|PS5001:活力|}提升儿童健康水平。")]
    [InlineData("要进一步{|PS5001:活力|}推进改革。")]
    public void ANounInAnAdverbsPositionIsReported(string marked)
    {
        var d = Assert.Single(Markup.Verify(new LookAlikeTypoAnalyzer(), marked));
        Assert.Equal("着力", d.Properties["replacement"]);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        var change = Assert.Single(d.Fix!.Changes);
        Assert.Equal("着", change.NewText);
    }

    [Theory]
    [InlineData("要激发市场活力，提升发展效率。")]
    [InlineData("要激发活力提升效率。")] // after a verb, 活力 is its object
    [InlineData("经济活力提升明显，要着力提升儿童健康水平。")]
    public void TheSameNounElsewhereIsNotReported(string text) => Markup.Verify(new LookAlikeTypoAnalyzer(), text);

    [Fact]
    public void CleanTextIsQuiet() =>
        Markup.Verify(new LookAlikeTypoAnalyzer(), "要深入开展巾帼健康行动，将权益保护纳入法治建设全过程，紧密团结在党中央周围，压实工作责任。");

    [Fact]
    public void AcceptedWordsAreHonoured() =>
        Markup.Verify(new LookAlikeTypoAnalyzer(), "要深入开展巾幅健康行动。", AnalyzerOptions.Default with { AcceptedWords = ImmutableHashSet.Create("巾幅") });

    [Fact]
    public void ExtraConfusionPairsAreHonoured()
    {
        var text = "大力推进乡村振兴，建设美丽乡忖。";
        var without = AnalyzerHarness.Run(text, [new LookAlikeTypoAnalyzer()]);
        var with = AnalyzerHarness.Run(text, [new LookAlikeTypoAnalyzer()], AnalyzerOptions.Default with { ConfusionPairs = [new ConfusionPair("忖", "村")] });
        Assert.True(with.Length > without.Length, $"without: {without.Length}, with: {with.Length}");
        Assert.Contains(with, d => d.Properties["replacement"] == "乡村");
    }
}
