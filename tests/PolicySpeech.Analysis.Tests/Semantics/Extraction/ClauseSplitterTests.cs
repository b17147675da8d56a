using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Extraction;

/// <summary><see cref="ClauseSplitter"/>: the parser's clauses joined at 、 unless the items are actions of their own.</summary>
public sealed class ClauseSplitterTests
{
    [Fact]
    public void AListOfObjectsStaysOneClause()
    {
        var f = new ExtractionFixture("要加强孕产期保健、更年期保健服务，提高服务水平。");
        Assert.Equal(["要加强孕产期保健、更年期保健服务", "提高服务水平"], f.ClauseTexts(Zone.Plan));
    }

    [Fact]
    public void AListOfActionsIsSplitWhereEveryActionCountsButNotInAReview()
    {
        var f = new ExtractionFixture("培育增量、增强能量、提高质量。");
        Assert.Equal(["培育增量", "增强能量", "提高质量"], f.ClauseTexts(Zone.Plan));
        Assert.Equal(["培育增量、增强能量、提高质量"], f.ClauseTexts(Zone.Review));
    }

    [Fact]
    public void AModalVerbAfterACommaOfEnumerationOpensAClause()
    {
        var f = new ExtractionFixture("粮食产量1300亿斤以上、力争比去年有所增加。");
        Assert.Equal(["粮食产量1300亿斤以上", "力争比去年有所增加"], f.ClauseTexts(Zone.Other));
    }
}
