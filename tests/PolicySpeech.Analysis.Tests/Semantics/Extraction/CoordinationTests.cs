using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Extraction;

/// <summary><see cref="Coordination"/>: the indicators before 分别, completed from each other.</summary>
public sealed class CoordinationTests
{
    private static Coordination Make() => new(new ExtractionFixture("占位。").Doc);

    [Fact]
    public void ASharedHeadCompletesTheEarlierParts() =>
        Assert.Equal(["城市社区建站率", "农村社区建站率"], Make().Distribute("城市社区、农村社区建站率", 2)!);

    [Fact]
    public void ASharedPopulationPrefixCompletesTheLaterParts() =>
        Assert.Equal(["新生儿遗传代谢病筛查率", "新生儿听力障碍筛查率"], Make().Distribute("新生儿遗传代谢病筛查率和听力障碍筛查率", 2)!);

    [Fact]
    public void ACountThatDoesNotMatchThePartsGivesNothing() =>
        Assert.Null(Make().Distribute("城市社区、农村社区建站率", 3));

    [Fact]
    public void ACompoundPairSplitsInTwo()
    {
        var parts = Make().SplitPair("城乡居民人均可支配收入", 2);
        Assert.NotNull(parts);
        Assert.Equal(2, parts.Length);
        Assert.All(parts, p => Assert.EndsWith("居民人均可支配收入", p, StringComparison.Ordinal));
        Assert.NotEqual(parts[0], parts[1]);
    }

    [Fact]
    public void CoordinationIsSplitOutsideBracketsOnly() =>
        Assert.Equal(["原煤", "原油（含“凝析油和轻烃”）", "天然气产量"], Coordination.SplitCoordination("原煤、原油（含“凝析油和轻烃”）及天然气产量"));
}
