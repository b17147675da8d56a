using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Extraction;

/// <summary>The clause rules one at a time, on a sentence opened by <see cref="SentenceOpening"/>.</summary>
public sealed class ClauseRuleTests
{
    [Fact]
    public void TheOpeningReadsTheRecognisersOnceForTheSentence()
    {
        var s = new ExtractionFixture("到2025年，要新建5G基站1500个，力争覆盖全部乡镇。").Open();
        Assert.Equal(3, s.Clauses.Count);
        Assert.Equal(["到2025年"], s.Times.Select(t => t.Text));
        Assert.Equal([ModalityKind.Should, ModalityKind.Strive], s.Modals.Select(m => m.Modality));
        Assert.False(s.Past);
        Assert.True(s.Timed);
    }

    [Fact]
    public void TheOpeningOfAPastSentenceMarksTheParagraph()
    {
        var f = new ExtractionFixture("一年来，全省新建5G基站1500个。");
        var s = f.Open();
        Assert.True(s.Past);
        Assert.True(f.Paragraph.PastContext);
    }

    [Fact]
    public void AClauseThatIsOnlyADeadlineCarriesItAndIsDone()
    {
        var f = new ExtractionFixture("到2025年，新建5G基站1500个。");
        var s = f.Open();
        var c = ExtractionFixture.Clause(s, 0);
        c.Own = c.Times[0];
        Assert.True(new DeadlineOnlyRule(f.Heads).Read(s, c));
        Assert.Same(c.Own, s.Carried);
        Assert.True(s.Sticky);

        var next = ExtractionFixture.Clause(s, 1);
        Assert.False(new DeadlineOnlyRule(f.Heads).Read(s, next));
        Assert.False(new DeadlineCarryRule(f.Heads).Read(s, next));
        Assert.Same(s.Carried, next.Deadline);
    }

    [Fact]
    public void ACopulaClauseIsAStatement()
    {
        var f = new ExtractionFixture("今年是十四五规划收官之年，要全面完成目标任务。");
        var s = f.Open();
        Assert.True(new CopulaRule(f.Doc, f.Heads).Read(s, ExtractionFixture.Clause(s, 0)));
        Assert.False(new CopulaRule(f.Doc, f.Heads).Read(s, ExtractionFixture.Clause(s, 1)));
    }

    [Fact]
    public void AColonFrameMarksTheSentenceAndTheParagraph()
    {
        var f = new ExtractionFixture("今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。");
        var s = f.Open();
        var c = ExtractionFixture.Clause(s, 0);
        Assert.True(new ColonFrameRule(f.Doc, new BlockHistory(f.Doc.Text)).Read(s, c));
        Assert.True(s.Frame);
        Assert.True(f.Paragraph.Frame);
        Assert.False(new ColonFrameRule(f.Doc, new BlockHistory(f.Doc.Text)).Read(s, ExtractionFixture.Clause(s, 1)));
    }

    [Fact]
    public void TheModalVerbAtTheHeadIsThePrimaryOne()
    {
        var f = new ExtractionFixture("各级政府要完善支持企业发展的优惠措施。");
        var s = f.Open();
        var c = ExtractionFixture.Clause(s, 0);
        new DeadlineCarryRule(f.Heads).Read(s, c);
        Assert.Equal(("要", ModalityKind.Should), (c.Primary!.Word, c.Primary.Modality));
    }

    [Fact]
    public void APastOrStatementSentenceEndsEveryClauseWithoutAModalVerb()
    {
        var f = new ExtractionFixture("预计全年地区生产总值增长5%。");
        var s = f.Open();
        Assert.True(s.Statement);
        Assert.True(new PastStatementRule().Read(s, ExtractionFixture.Clause(s, 0)));
    }
}
