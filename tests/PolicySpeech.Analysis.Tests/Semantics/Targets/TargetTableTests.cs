using PolicySpeech.Semantics;
using Xunit;

namespace PolicySpeech.Analysis.Tests.Semantics.Targets;

public sealed class TargetTableTests
{
    private static TargetRow Single(string text)
    {
        var rows = TargetTable.FromText(text, "t.txt", 2026).Rows;
        return Assert.Single(rows);
    }

    [Theory]
    [InlineData("今年国内生产总值增长5%左右。", "gdp_growth")]
    [InlineData("今年地区生产总值增长5%左右。", "gdp_growth")]
    [InlineData("全省生产总值增长5%左右。", "gdp_growth")]
    [InlineData("GDP增长5%左右。", "gdp_growth")]
    [InlineData("城镇调查失业率5.5%左右。", "urban_surveyed_unemployment_rate")]
    [InlineData("规上工业增加值增长6.5%左右。", "industrial_value_added")]
    [InlineData("常住人口城镇化率提升1个百分点以上。", "urbanisation_rate")]
    public void SynonymsShareOneIndicatorId(string text, string id) => Assert.Equal(id, Single(text).IndicatorId);

    [Fact]
    public void UnitsKeepTheirMeasureWordAndNormalise()
    {
        var houses = Single("盘活闲置农房2万宗。");
        Assert.Equal("万宗", houses.Unit);
        Assert.Equal("items", houses.UnitBase);
        Assert.Equal(20000, houses.ValueNormalized);

        var grain = Single("粮食产量保持在1.3万亿斤以上。");
        Assert.Equal(">=", grain.Comparator);
        Assert.Equal("jin", grain.UnitBase);
        Assert.Equal(1.3e12, grain.ValueNormalized!.Value, 1);

        var tonnes = Single("粮食产量稳定在1300万吨以上。");
        Assert.Equal(1300 * 1e4 * 2000, tonnes.ValueNormalized!.Value, 1);

        var power = Single("新能源装机容量达到500万千瓦。");
        Assert.Equal("kW", power.UnitBase);
        Assert.Equal(5e6, power.ValueNormalized!.Value, 1);

        var points = Single("常住人口城镇化率提升1个百分点以上。");
        Assert.Equal("percentage points", points.UnitBase);
    }

    [Fact]
    public void KindAndBaseline()
    {
        Assert.Equal(MetricKind.Growth, Single("地区生产总值增长5%左右。").Kind);
        Assert.Equal(MetricKind.Increment, Single("城镇新增就业110万人以上。").Kind);
        Assert.Equal(MetricKind.Reduction, Single("单位国内生产总值能耗降低3%左右。").Kind);
        Assert.Equal(MetricKind.Level, Single("城镇调查失业率5.5%左右。").Kind);
        Assert.Equal(MetricKind.Share, Single("研发经费投入强度达到2.5%。").Kind);
        var pension = Single("城乡居民基础养老金最低标准再提高20元。");
        Assert.Equal(MetricKind.Increment, pension.Kind);
        Assert.Equal("yuan", pension.UnitBase);
        Assert.Equal("比上年", Single("一般公共预算收入比上年增长3%。").Baseline);
    }

    [Fact]
    public void RangesAndOldTypesetting()
    {
        var range = Single("国内生产总值增长6.5%－7%。");
        Assert.Equal(("range", 6.5, 7.0), (range.Comparator, range.Value!.Value, range.ValueHigh!.Value));
        var han = Single("今年经济增长速度的宏观调控目标，定为百分之八至九。");
        Assert.Equal(("range", 8.0, 9.0), (han.Comparator, han.Value!.Value, han.ValueHigh!.Value));
        Assert.Equal(3989, Single("粮食产量将要达到３，９８９亿斤。").Value);
        Assert.Equal(49250, Single("粮食总产量稳定在4 9 2 5 0 万吨。").Value);
    }

    [Theory]
    [InlineData("充分利用两个市场两种资源。")]
    [InlineData("三百六十行，行行出状元。")]
    [InlineData("召开第十四届全国人民代表大会。")]
    public void SetPhrasesAreNotTargets(string text) => Assert.Empty(TargetTable.FromText(text, "t.txt", 2026).Rows);

    [Fact]
    public void UnknownIndicatorIsNull() => Assert.Empty(TargetTable.FromText("建成口袋公园300个。", "t.txt", 2026).Rows);

    [Theory]
    [InlineData("政府工作报告\n——2026年1月在浙江省第十四届人民代表大会第五次会议上\n浙江省省长\n各位代表：\n现在，我代表省人民政府，向大会报告政府工作。", "浙江省", JurisdictionLevel.Province)]
    [InlineData("政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作。", "国家", JurisdictionLevel.National)]
    [InlineData("同志们：\n在全党开展主题教育，是党的十九大作出的重大决策。全党要以此为契机，推动我国各项事业发展。", "国家", JurisdictionLevel.National)] // a central leader's speech
    public void Jurisdiction(string text, string name, JurisdictionLevel level)
    {
        var j = TargetTable.JurisdictionOf(text);
        Assert.Equal((name, level), (j.Name, j.Level));
    }

    [Fact]
    public void WideTableHasOneColumnPerIndicator()
    {
        var table = TargetTable.Combine([
            TargetTable.FromText("国内生产总值增长5%左右，城镇调查失业率5.5%左右。", "a.txt", 2026),
            TargetTable.FromText("地区生产总值增长6%左右。", "b.txt", 2026),
        ]);
        Assert.Equal(["gdp_growth", "urban_surveyed_unemployment_rate"], table.IndicatorIds.ToArray());
        Assert.Equal(2, table.Wide.Length);
        Assert.Equal(6, table.Wide[1].Values["gdp_growth"]);
    }

    [Theory]
    [InlineData("力争海洋生产总值增长6%左右。")]
    [InlineData("数字经济增长10%以上。")]
    [InlineData("服务业对经济增长贡献率超60%。")]
    [InlineData("工业对全省经济增长的贡献率达到36.1%。")]
    public void SectorOutputAndSharesOfGrowthAreNotGdpGrowth(string text) =>
        Assert.DoesNotContain(TargetTable.FromText(text, "t.txt", 2026).Rows, r => r.IndicatorId == "gdp_growth");

    [Fact]
    public void SetPhrasesAndNamesWithNumeralsAreNotTargets()
    {
        var rows = TargetTable.FromText("今年要充分利用两个市场两种资源，三百六十行行行出状元，召开第十四届全国人民代表大会，编制“十五五”规划，新建5G基站1.2万个。", "t.txt", 2026).Rows;
        var row = Assert.Single(rows);
        Assert.Equal("base_stations_5g", row.IndicatorId);
        Assert.Equal(12000, row.ValueNormalized);
    }

    [Fact]
    public void CommitmentMetricsCarryTheSameSemantics()
    {
        var document = PolicySpeech.Loading.SpeechDocument.FromText("浙江省政府工作报告\n\n今年要确保地区生产总值增长5%左右，粮食产量稳定在1300万吨以上，单位地区生产总值能耗下降3%。\n", "zj.txt");
        var result = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with { ReferenceYear = 2026, Diagnostics = false }).Analyze(document);
        Assert.Equal(("浙江省", JurisdictionLevel.Province), (result.Jurisdiction.Name, result.Jurisdiction.Level));
        var metrics = result.Commitments.Select(c => c.Metric).OfType<Metric>().ToList();
        var gdp = Assert.Single(metrics, m => m.IndicatorId == "gdp_growth");
        Assert.Equal(MetricKind.Growth, gdp.Kind);
        Assert.Equal(5, gdp.ValueNormalized);
        var grain = Assert.Single(metrics, m => m.IndicatorId == "grain_output");
        Assert.Equal((MetricKind.Level, "jin"), (grain.Kind, grain.UnitBase));
        Assert.Equal(1300 * 1e4 * 2000, grain.ValueNormalized!.Value, 1);
        var energy = Assert.Single(metrics, m => m.IndicatorId == "energy_intensity");
        Assert.Equal(MetricKind.Reduction, energy.Kind);
    }

    [Theory]
    [InlineData("城镇调查失业率控制在百分之五点五左右。", "urban_surveyed_unemployment_rate", 5.5, "%")]
    [InlineData("粮食产量稳定在一点三万亿斤以上。", "grain_output", 1.3, "万亿斤")]
    [InlineData("国内生产总值增长百分之六点五左右。", "gdp_growth", 6.5, "%")]
    public void ChineseDecimalsKeepTheirFraction(string text, string id, double value, string unit)
    {
        var row = Single(text);
        Assert.Equal((id, value, unit), (row.IndicatorId!, row.Value!.Value, row.Unit!));
    }

    [Fact]
    public void AShareOfTheWorldEconomyIsNotTheGdpLevel() =>
        Assert.Empty(TargetTable.FromText("我国经济总量占世界经济的比重达百分之十八点五。", "t.txt", 2026).Rows);

    [Fact]
    public void NormalisedValuesHaveNoBinaryRoundingNoise()
    {
        Assert.Equal(28_090_000_000d, Single("粮食产量稳定在280.9亿斤以上。").ValueNormalized);
        Assert.Equal(1_062_000_000_000d, Single("粮食产量达到10620亿斤。").ValueNormalized);
    }

    [Fact]
    public void AMagnitudeInsideAChineseNumeralStaysInTheNumber()
    {
        var row = Single("全国粮食产量计划达到三亿六千万吨。");
        Assert.Equal((360_000_000d, "吨"), (row.Value!.Value, row.Unit!));
        Assert.Equal(7.2e11, row.ValueNormalized);
    }

    [Theory]
    [InlineData("猪牛羊肉总产量增长百分之六点八。")]
    [InlineData("生物降解制品总产量增长19%。")]
    public void OtherProductsOutputIsNotGrainOutput(string text) =>
        Assert.DoesNotContain(TargetTable.FromText(text, "t.txt", 2026).Rows, r => r.IndicatorId == "grain_output");

    [Theory]
    [InlineData("各位代表：\n\n我受国务院的委托，现在向大会提出关于1980、1981年国民经济计划安排的报告，请予审议。\n")]
    [InlineData("同志们：\n\n现在，我代表第十六届中央委员会向大会作报告。\n")]
    [InlineData("同志们！\n\n中国共产党第九次全国代表大会，将是一次在我党历史上有深远影响的代表大会。\n")]
    public void NationalBylinesGiveTheCountry(string text)
    {
        var jurisdiction = TargetTable.JurisdictionOf(text);
        Assert.Equal(("国家", JurisdictionLevel.National), (jurisdiction.Name, jurisdiction.Level));
    }

    [Theory]
    [InlineData("粮食总产量连续9年稳定在1300亿斤以上。", "grain_output", 1300, "亿斤", MetricKind.Level)]
    [InlineData("经济增速连续16个季度高于全国，今年地区生产总值增长5.5%。", "gdp_growth", 5.5, "%", MetricKind.Growth)]
    [InlineData("居民人均可支配收入五年增长30.8%。", "disposable_income", 30.8, "%", MetricKind.Growth)]
    [InlineData("劳动年龄人口平均受教育年限从10.23年提高到10.8年。", "schooling_years", 10.8, "年", MetricKind.Level)]
    [InlineData("居民人均可支配收入从27136元增长到36439元。", "disposable_income", 36439, "元", MetricKind.Level)]
    [InlineData("常住人口城镇化率从72%提升至76%左右。", "urbanisation_rate", 76, "%", MetricKind.Level)]
    public void SpansOfTimeAndStartingPointsAreNotTheValue(string text, string id, double value, string unit, MetricKind kind)
    {
        var row = Single(text);
        Assert.Equal((id, value, unit, kind), (row.IndicatorId!, row.Value!.Value, row.Unit!, row.Kind));
    }
}
