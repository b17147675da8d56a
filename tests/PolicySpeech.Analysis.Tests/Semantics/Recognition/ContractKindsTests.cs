using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Recognition;

/// <summary>The internal enums and the contract strings written at the output edge (DESIGN.md).</summary>
public sealed class ContractKindsTests
{
    [Theory]
    [InlineData("=")]
    [InlineData(">=")]
    [InlineData("<=")]
    [InlineData("~")]
    [InlineData(">")]
    [InlineData("<")]
    [InlineData("range")]
    public void ComparatorStringsRoundTrip(string name) => Assert.Equal(name, ComparatorKinds.Parse(name).ToContract());

    [Theory]
    [InlineData("by")]
    [InlineData("relative")]
    [InlineData("recurring")]
    [InlineData("period")]
    [InlineData("within")]
    [InlineData("past")]
    [InlineData("year")]
    [InlineData("from")]
    public void TimeKindStringsRoundTrip(string name) => Assert.Equal(name, TimeKinds.Parse(name).ToContract());

    [Fact]
    public void EveryEnumValueHasItsOwnString()
    {
        Assert.Equal(Enum.GetValues<ComparatorKind>().Length, Enum.GetValues<ComparatorKind>().Select(k => k.ToContract()).Distinct().Count());
        Assert.Equal(Enum.GetValues<TimeKind>().Length, Enum.GetValues<TimeKind>().Select(k => k.ToContract()).Distinct().Count());
        Assert.Equal(Enum.GetValues<ModalityKind>().Length, Enum.GetValues<ModalityKind>().Select(k => k.ToContract()).Distinct().Count());
    }

    [Fact]
    public void UnknownStringsAreRejected()
    {
        Assert.Throws<FormatException>(() => ComparatorKinds.Parse("=>"));
        Assert.Throws<FormatException>(() => TimeKinds.Parse("soon"));
    }

    [Fact]
    public void AFloorBeforeTheNumberMakesAnExactMetricAtLeast()
    {
        var q = Assert.Single(QuantityRecognizer.Recognize("建成10家"), m => m.Kind == QuantityKind.Value);
        Assert.Equal("=", q.ToMetric("示范点").Comparator);
        Assert.Equal(">=", q.ToMetric("示范点", ComparatorKind.AtLeast).Comparator);
    }
}
