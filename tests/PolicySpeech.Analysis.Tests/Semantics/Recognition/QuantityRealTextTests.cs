using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Recognition;

/// <summary>Quantity rules found by reading real government reports (the sentences are made up in the same style).</summary>
public sealed class QuantityRealTextTests
{
    [Theory]
    [InlineData("细颗粒物年均浓度控制在28微克/立方米以下", 28.0, "微克/立方米", "<=")]
    [InlineData("细颗粒物年均浓度降至每立方米28微克", 28.0, "微克/立方米", "=")]
    [InlineData("新增排水能力每秒85立方米", 85.0, "立方米/秒", "=")]
    [InlineData("全员劳动生产率达到25万元/人左右", 25.0, "万元/人", "~")]
    [InlineData("日处理能力12.5万吨/日", 12.5, "万吨/日", "=")]
    public void CompositeUnitsKeepBothParts(string text, double value, string unit, string comparator)
    {
        var q = Assert.Single(QuantityRecognizer.Recognize(text));
        Assert.Equal((value, unit, comparator), (q.Value!.Value, q.Unit, q.Comparator.ToContract()));
    }

    [Fact]
    public void ARecurrenceBeforeAMoneyAmountIsNoDenominator()
    {
        var q = Assert.Single(QuantityRecognizer.Recognize("补助标准由每人每年500元提高到560元"), m => m.Value == 500);
        Assert.Equal("元", q.Unit);
    }

    [Theory]
    [InlineData("严格落实中央八项规定精神")]
    [InlineData("增强四个意识、坚定四个自信、做到两个维护")]
    [InlineData("统筹国内国际两个大局")]
    [InlineData("举办全民健身铁人三项赛")]
    [InlineData("培育汽车零部件产业集群")]
    [InlineData("落实市委十二届六次、七次全会部署")]
    public void SlogansNamesAndSessionOrdinalsAreNoQuantities(string text)
    {
        Assert.Empty(QuantityRecognizer.Recognize(text).Where(q => q.Kind == QuantityKind.Value));
    }

    [Fact]
    public void ACountNextToASloganIsStillFound()
    {
        var q = Assert.Single(QuantityRecognizer.Recognize("开展八项规定精神专题培训12场"));
        Assert.Equal((12.0, "场"), (q.Value!.Value, q.Unit));
    }

    [Theory]
    [InlineData("个", true)]
    [InlineData("万个", true)]
    [InlineData("所", true)]
    [InlineData("万人", false)]
    [InlineData("人次", false)]
    [InlineData("次", false)]
    [InlineData("万亩", false)]
    public void ClassifiersAreToldFromPersonCountsAndMeasures(string unit, bool classifier)
    {
        Assert.Equal(classifier, QuantityRecognizer.IsClassifier(unit));
    }
}
