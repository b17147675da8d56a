using PolicySpeech.Analyzers;

namespace PolicySpeech.Tests.Analyzers;

public sealed class StructureAnalyzerTests
{
    private const string Body = "要深入实施妇女就业促进行动，切实把各项措施落实好。";

    [Fact]
    public void SkippedTopLevelNumberIsReportedWithTheExpectedNumber()
    {
        var d = Assert.Single(Markup.Verify(new HeadingNumberingAnalyzer(),
            $"同志们：\n\n一、加强领导\n\n{Body}\n\n二、强化保障\n\n{Body}\n\n{{|PS4001:四、|}}狠抓落实\n\n{Body}\n"));
        Assert.Contains("'三、'", d.Message, StringComparison.Ordinal);
        Assert.Equal("3", d.Properties["expected"]);
        Assert.Null(d.Fix);
    }

    [Fact]
    public void SubsectionNumberingRestartsUnderEachSection() =>
        Markup.Verify(new HeadingNumberingAnalyzer(),
            $"同志们：\n\n一、加强领导\n\n（一）要统筹。{Body}\n\n（二）要协调。{Body}\n\n二、强化保障\n\n（一）要投入。{Body}\n\n{{|PS4001:（三）|}}要监督。{Body}\n");

    [Fact]
    public void APartsOwnNumberingGoesOnAfterAListOfTheSameStyleInsideIt() =>
        Markup.Verify(new HeadingNumberingAnalyzer(),
            $"同志们：\n\n一、加强领导\n\n{Body}\n\n二、强化保障\n\n{Body}\n\n一、要投入\n\n{Body}\n\n二、要监督\n\n{Body}\n\n三、要考核\n\n{Body}\n\n三、狠抓落实\n\n{Body}\n\n四、营造氛围\n\n{Body}\n");

    [Fact]
    public void ANumberThatContinuesNoOpenListIsStillReported() =>
        Markup.Verify(new HeadingNumberingAnalyzer(),
            $"同志们：\n\n一、加强领导\n\n{Body}\n\n二、强化保障\n\n{Body}\n\n一、要投入\n\n{Body}\n\n二、要监督\n\n{Body}\n\n{{|PS4001:五、|}}狠抓落实\n\n{Body}\n");

    [Theory]
    [InlineData("继续实施积极的财政政策。一是保持适度规模。", "二是")]
    [InlineData("继续实施积极的财政政策。", "{|PS4001:二是|}")]
    public void AnEnumerationMayRestartInsideThePreviousParagraph(string before, string second) =>
        Markup.Verify(new HeadingNumberingAnalyzer(),
            $"同志们：\n\n一是加强领导。{Body}\n\n二是强化保障。{Body}\n\n三是狠抓落实。{Body}\n\n{before}{Body}\n\n{second}优化信贷结构。{Body}\n\n三是扩大直接融资。{Body}\n");

    [Fact]
    public void RepeatedNumberConfirmedByTheNextGetsARenumberingFix()
    {
        var d = Assert.Single(Markup.Verify(new HeadingNumberingAnalyzer(),
            $"同志们：\n\n一、加强领导\n\n{Body}\n\n二、强化保障\n\n{Body}\n\n{{|PS4001:二、|}}狠抓落实\n\n{Body}\n\n四、营造氛围\n\n{Body}\n"));
        Assert.Equal("三、", Assert.Single(d.Fix!.Changes).NewText);
    }

    [Fact]
    public void InOrderNumberingAndAppendixListsAreNotReported() =>
        Markup.Verify(new HeadingNumberingAnalyzer(),
            $"同志们：\n\n一、加强领导\n\n{Body}\n\n二、强化保障\n\n{Body}\n\n三、狠抓落实\n\n{Body}\n\n附件\n\n一、提高低保标准。\n\n二、建设养老床位。\n");

    [Fact]
    public void MinorityHeadingPunctuationIsReportedWithAFix()
    {
        var text = $"同志们：\n\n{{|PS4002:一、加强领导|}}\n\n{Body}\n\n二、强化保障。\n\n{Body}\n\n三、狠抓落实。\n\n{Body}\n";
        var d = Assert.Single(Markup.Verify(new HeadingPunctuationAnalyzer(), text));
        Assert.Equal("。", Assert.Single(d.Fix!.Changes).NewText);
    }

    [Fact]
    public void EachPartsSubheadingsArePunctuatedAmongThemselves()
    {
        // Part 一 writes its subheadings as sentences, part 二 as titles: each list is consistent.
        Markup.Verify(new HeadingPunctuationAnalyzer(),
            $"同志们：\n\n一、过去一年的工作\n\n（一）经济平稳较快发展。\n\n{Body}\n\n（二）结构调整取得进展。\n\n{Body}\n\n二、今年的主要任务\n\n（一）加强宏观调控\n\n{Body}\n\n（二）调整经济结构\n\n{Body}\n\n（三）深化改革开放\n\n{Body}\n");
        Markup.Verify(new HeadingPunctuationAnalyzer(),
            $"同志们：\n\n一、今年的主要任务\n\n（一）加强宏观调控\n\n{Body}\n\n{{|PS4002:（二）调整经济结构。|}}\n\n{Body}\n\n（三）深化改革开放\n\n{Body}\n");
    }

    [Fact]
    public void AHeadingLineCutAfterACommaIsNotCompared() =>
        Markup.Verify(new HeadingPunctuationAnalyzer(),
            $"同志们：\n\n一、加强领导。\n\n{Body}\n\n二、强化保障。\n\n{Body}\n\n三、所有建设项目，一律实行“五定”，\n即定建设规模，定投资总额。\n\n{Body}\n");

    [Fact]
    public void MinorityFullStopIsRemoved()
    {
        var text = $"同志们：\n\n一、加强领导\n\n{Body}\n\n{{|PS4002:二、强化保障。|}}\n\n{Body}\n\n三、狠抓落实\n\n{Body}\n";
        var d = Assert.Single(Markup.Verify(new HeadingPunctuationAnalyzer(), text));
        Assert.Equal(string.Empty, Assert.Single(d.Fix!.Changes).NewText);
    }

    [Fact]
    public void ConsistentOrTiedOrRunInHeadingsAreNotReported()
    {
        Markup.Verify(new HeadingPunctuationAnalyzer(), $"同志们：\n\n一、加强领导\n\n{Body}\n\n二、强化保障\n\n{Body}\n");
        Markup.Verify(new HeadingPunctuationAnalyzer(), $"同志们：\n\n一、加强领导\n\n{Body}\n\n二、强化保障。\n\n{Body}\n");
        Markup.Verify(new HeadingPunctuationAnalyzer(), $"同志们：\n\n一、加强领导\n\n（一）要统筹。{Body}\n\n（二）要协调。{Body}\n\n二、强化保障\n\n{Body}\n");
    }
}
