using PolicySpeech.Semantics;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Semantics.Recognition;

public sealed class QuantityRecognizerTests
{
    private static QuantityMatch Single(string text)
    {
        var all = QuantityRecognizer.Recognize(text);
        Assert.True(all.Length == 1, $"expected one quantity in '{text}', found {all.Length}: {string.Join(" | ", all.Select(m => m.Text))}");
        return all[0];
    }

    [Theory]
    [InlineData("新增养老床00000,00")]
    [InlineData("新增1,00")]
    [InlineData("1,0")]
    public void AThousandsCommaNearTheEndOfTheTextReadsNothingPastIt(string text)
    {
        // A fuzzer input (seed 7000): the comma's three digits were looked for one character past the end.
        var found = QuantityRecognizer.Recognize(text);
        Assert.All(found, m => Assert.True(m.Span.End <= text.Length));
    }

    [Theory]
    [InlineData("增长5%", "增长5%", 5.0, null, "%", "=", true)]
    [InlineData("增速为5.5％", "为5.5％", 5.5, null, "%", "=", false)]
    [InlineData("城镇新增就业1200万人左右", "1200万人左右", 1200.0, null, "万人", "~", false)]
    [InlineData("粮食产量保持在1.4万亿斤以上", "保持在1.4万亿斤以上", 1.4, null, "万亿斤", ">=", false)]
    [InlineData("安排3000亿元", "3000亿元", 3000.0, null, "亿元", "=", false)]
    [InlineData("覆盖率达到百分之九十五", "达到百分之九十五", 95.0, null, "%", "=", false)]
    [InlineData("提高三成", "提高三成", 30.0, null, "%", "=", true)]
    [InlineData("收入翻了一倍", "一倍", 1.0, null, "倍", "=", false)]
    [InlineData("提高两个百分点", "提高两个百分点", 2.0, null, "个百分点", "=", true)]
    [InlineData("城镇新增就业110万人以上", "110万人以上", 110.0, null, "万人", ">=", false)]
    [InlineData("粮食产量1300亿斤以上", "1300亿斤以上", 1300.0, null, "亿斤", ">=", false)]
    [InlineData("居民消费价格涨幅2%左右", "2%左右", 2.0, null, "%", "~", false)]
    [InlineData("地区生产总值增长4.5-5%", "增长4.5-5%", 4.5, 5.0, "%", "range", true)]
    [InlineData("增长5.5%—6%", "增长5.5%—6%", 5.5, 6.0, "%", "range", true)]
    [InlineData("增长4.5%～5%", "增长4.5%～5%", 4.5, 5.0, "%", "range", true)]
    [InlineData("新建3至5个", "3至5个", 3.0, 5.0, "个", "range", false)]
    [InlineData("增长4.5%到5%", "增长4.5%到5%", 4.5, 5.0, "%", "range", true)]
    [InlineData("国内生产总值增长6.5%－7%，", "增长6.5%－7%", 6.5, 7.0, "%", "range", true)]
    [InlineData("失业率不超过5.5%", "不超过5.5%", 5.5, null, "%", "<=", false)]
    [InlineData("不低于90%", "不低于90%", 90.0, null, "%", ">=", false)]
    [InlineData("不少于2万人", "不少于2万人", 2.0, null, "万人", ">=", false)]
    [InlineData("超过1100万户", "超过1100万户", 1100.0, null, "万户", ">", false)]
    [InlineData("高于全国平均水平5个百分点", "5个百分点", 5.0, null, "个百分点", "=", false)]
    [InlineData("低于3%", "低于3%", 3.0, null, "%", "<", false)]
    [InlineData("控制在3%以内", "控制在3%以内", 3.0, null, "%", "<=", false)]
    [InlineData("赤字率控制在3%", "控制在3%", 3.0, null, "%", "<=", false)]
    [InlineData("城镇调查失业率控制在5.5%左右", "控制在5.5%左右", 5.5, null, "%", "~", false)]
    [InlineData("提高到70%左右", "提高到70%左右", 70.0, null, "%", "~", false)]
    [InlineData("税率降至13%", "降至13%", 13.0, null, "%", "=", false)]
    [InlineData("降低至10%", "降低至10%", 10.0, null, "%", "=", false)]
    [InlineData("下降到2%", "下降到2%", 2.0, null, "%", "=", false)]
    [InlineData("突破1万亿元", "突破1万亿元", 1.0, null, "万亿元", ">", false)]
    [InlineData("约3000万人", "约3000万人", 3000.0, null, "万人", "~", false)]
    [InlineData("增长约5%", "增长约5%", 5.0, null, "%", "~", true)]
    [InlineData("单位国内生产总值能耗下降3.4%以上", "下降3.4%以上", 3.4, null, "%", ">=", true)]
    [InlineData("能耗降低3%左右", "降低3%左右", 3.0, null, "%", "~", true)]
    [InlineData("保证中小学生每天户外锻炼1小时以上", "1小时以上", 1.0, null, "小时", ">=", false)]
    [InlineData("培训1000多万人次", "1000多万人次", 1000.0, null, "万人次", ">", false)]
    [InlineData("新建20余个", "20余个", 20.0, null, "个", ">", false)]
    [InlineData("建设改造30所学校", "30所", 30.0, null, "所", "=", false)]
    [InlineData("新增5000张托位", "5000张", 5000.0, null, "张", "=", false)]
    [InlineData("新改建农村公路1.2万公里", "1.2万公里", 1.2, null, "万公里", "=", false)]
    [InlineData("建成高标准农田500万亩", "500万亩", 500.0, null, "万亩", "=", false)]
    [InlineData("人均预期寿命达到79岁。", "达到79岁", 79.0, null, "岁", "=", false)]
    [InlineData("新增城镇就业一千二百万人", "一千二百万人", 1200.0, null, "万人", "=", false)]
    [InlineData("用1,000元", "1,000元", 1000.0, null, "元", "=", false)]
    [InlineData("增长５％", "增长５％", 5.0, null, "%", "=", true)]
    [InlineData("达到百分之百", "达到百分之百", 100.0, null, "%", "=", false)]
    [InlineData("提高了一倍", "提高了一倍", 1.0, null, "倍", "=", true)]
    public void RecognisesValue(string text, string expectedText, double? value, double? high, string unit, string comparator, bool isChange)
    {
        var m = Single(text);
        Assert.Equal(expectedText, m.Text);
        Assert.Equal(value, m.Value);
        Assert.Equal(high, m.ValueHigh);
        Assert.Equal(unit, m.Unit);
        Assert.Equal(comparator, m.Comparator.ToContract());
        Assert.Equal(isChange, m.IsChange);
        Assert.False(m.Redacted);
        Assert.Equal(QuantityKind.Value, m.Kind);
        Assert.Equal(text.IndexOf(expectedText, StringComparison.Ordinal), m.Span.Start);
        Assert.Equal(expectedText.Length, m.Span.Length);
    }

    [Theory]
    [InlineData("早诊率达**%，", "达**%", "%", "=")]
    [InlineData("完成创建省级特色专科**个。", "**个", "个", "=")]
    [InlineData("托位数达*个。", "达*个", "个", "=")]
    [InlineData("力争到2025年累计培训**万人次。", "**万人次", "万人次", "=")]
    [InlineData("今年确保新增妇女就业**万人以上。", "**万人以上", "万人", ">=")]
    [InlineData("合格率达**%以上", "达**%以上", "%", ">=")]
    [InlineData("加快**所中小学改扩建", "**所", "所", "=")]
    [InlineData("增长＊＊％", "增长＊＊％", "%", "=")]
    [InlineData("投入××万元", "××万元", "万元", "=")]
    [InlineData("完成XX亿元", "XX亿元", "亿元", "=")]
    [InlineData("达到**.*%", "达到**.*%", "%", "=")]
    public void RecognisesRedactedValue(string text, string expectedText, string unit, string comparator)
    {
        var m = Single(text);
        Assert.Equal(expectedText, m.Text);
        Assert.True(m.Redacted);
        Assert.Null(m.Value);
        Assert.Equal(unit, m.Unit);
        Assert.Equal(comparator, m.Comparator.ToContract());
    }

    [Fact]
    public void DistributivePairSharesAfterWord()
    {
        var all = QuantityRecognizer.Recognize("5岁以下儿童贫血率和生长迟缓率分别控制在*%和*%以下。");
        var values = all.Where(m => m.Kind == QuantityKind.Value).ToArray();
        Assert.Equal(2, values.Length);
        Assert.Equal("控制在*%", values[0].Text);
        Assert.Equal("*%以下", values[1].Text);
        Assert.All(values, v => Assert.Equal(ComparatorKind.AtMost, v.Comparator));
        Assert.All(values, v => Assert.True(v.Redacted));
        var qualifier = Assert.Single(all, m => m.Kind == QuantityKind.Qualifier);
        Assert.Equal("5岁以下", qualifier.Text);
    }

    [Fact]
    public void DistributivePairWithOwnAfterWordsAndSharedChange()
    {
        var values = QuantityRecognizer.Recognize("城乡居民人均可支配收入分别增长7%左右和8%左右");
        Assert.Equal(2, values.Length);
        Assert.Equal((7.0, "~", true), (values[0].Value!.Value, values[0].Comparator.ToContract(), values[0].IsChange));
        Assert.Equal((8.0, "~", true), (values[1].Value!.Value, values[1].Comparator.ToContract(), values[1].IsChange));
    }

    [Fact]
    public void DistributiveSeedTargets()
    {
        var values = QuantityRecognizer.Recognize("新生儿遗传代谢病筛查率和听力障碍筛查率分别达**%和**%以上。");
        Assert.Equal(2, values.Length);
        Assert.All(values, v => Assert.Equal(ComparatorKind.AtLeast, v.Comparator));
        Assert.Equal("达**%", values[0].Text);

        var noAfter = QuantityRecognizer.Recognize("城市社区、农村社区建站率分别达**%、**%。");
        Assert.Equal(2, noAfter.Length);
        Assert.All(noAfter, v => Assert.Equal(ComparatorKind.Equal, v.Comparator));
    }

    [Fact]
    public void FromAndToValuesAreTwoQuantities()
    {
        var values = QuantityRecognizer.Recognize("税率从17%降至13%");
        Assert.Equal(["17%", "降至13%"], values.Select(v => v.Text));
    }

    [Fact]
    public void RedactedPairInSeedForm()
    {
        var values = QuantityRecognizer.Recognize("分别控制在*%和*%以下");
        Assert.Equal(["控制在*%", "*%以下"], values.Select(v => v.Text));
    }

    [Theory]
    [InlineData("到2025年")]
    [InlineData("2024—2026年")]
    [InlineData("2024-2026年")]
    [InlineData("二〇二五年")]
    [InlineData("3月5日")]
    [InlineData("第一")]
    [InlineData("第七次全国妇女儿童工作会议")]
    [InlineData("推进5G网络建设")]
    [InlineData("发挥好12315热线作用")]
    [InlineData("达到三级妇幼保健院标准")]
    [InlineData("一类疫苗")]
    [InlineData("第一批")]
    [InlineData("二线城市")]
    [InlineData("“十四五”期间")]
    [InlineData("党的二十届三中全会")]
    [InlineData("基础教育优质资源倍增三年行动")]
    [InlineData("未来五年")]
    [InlineData("过去五年")]
    [InlineData("三年内")]
    [InlineData("五年规划")]
    [InlineData("培育一批劳务品牌企业")]
    [InlineData("是一项系统工程")]
    [InlineData("千万不能松懈")]
    [InlineData("百姓的事")]
    [InlineData("统一大市场")]
    [InlineData("一国两制")]
    [InlineData("PM2.5浓度")]
    [InlineData("4A级景区")]
    [InlineData("COVID-19疫情")]
    [InlineData("建党100周年")]
    [InlineData("三年级学生")]
    [InlineData("90年代")]
    [InlineData("一成不变")]
    [InlineData("十四五规划")]
    [InlineData("“**技工”“**家政”")]
    [InlineData("法治**建设")]
    [InlineData("打造一流湾区")]
    [InlineData("增长5.2")]
    [InlineData("第一时间响应")]
    [InlineData("一年来")]
    [InlineData("3岁以下婴幼儿")]
    [InlineData("发展家政服务")]
    [InlineData("培养一批**人才")]
    public void NotAValue(string text)
    {
        var values = QuantityRecognizer.Recognize(text).Where(m => m.Kind == QuantityKind.Value);
        Assert.Empty(values);
    }

    [Theory]
    [InlineData("到2025年每千人拥有3岁以下婴幼儿托位数达*个", new[] { "每千人", "3岁以下" }, "达*个")]
    [InlineData("60岁及以上老年人", new[] { "60岁及以上" }, null)]
    [InlineData("规模以上工业增加值增长6%左右", new[] { "规模以上" }, "增长6%左右")]
    [InlineData("规上工业增加值增长6.5%左右", new[] { "规上" }, "增长6.5%左右")]
    [InlineData("每万人口拥有全科医生4名", new[] { "每万人口" }, "4名")]
    [InlineData("0—3岁婴幼儿", new[] { "0—3岁" }, null)]
    [InlineData("每10万人", new[] { "每10万人" }, null)]
    public void QualifiersAreFlagged(string text, string[] qualifiers, string? value)
    {
        var all = QuantityRecognizer.Recognize(text);
        Assert.Equal(qualifiers, all.Where(m => m.Kind == QuantityKind.Qualifier).Select(m => m.Text));
        Assert.Equal(value is null ? [] : [value], all.Where(m => m.Kind == QuantityKind.Value).Select(m => m.Text));
    }

    [Fact]
    public void BaseOffsetShiftsEverySpan()
    {
        const string text = "达到**%以上";
        var m = Assert.Single(QuantityRecognizer.Recognize(text, 100));
        Assert.Equal(new TextSpan(100, text.Length), m.Span);
        Assert.Equal(new TextSpan(102, 2), m.NumberSpan);
        Assert.Equal(new TextSpan(104, 1), m.UnitSpan);
    }

    [Fact]
    public void SliceOfALargerTextGivesDocumentOffsets()
    {
        const string doc = "前言。今年确保新增妇女就业**万人以上。";
        int clauseStart = doc.IndexOf('今');
        var m = Assert.Single(QuantityRecognizer.Recognize(doc.AsSpan(clauseStart), clauseStart));
        Assert.Equal("**万人以上", doc.Substring(m.Span.Start, m.Span.Length));
        Assert.Equal(ComparatorKind.AtLeast, m.Comparator);
        Assert.Equal("**万人以上", m.ToMetric("新增妇女就业").Text);
    }

    [Fact]
    public void NationalTargetsParagraph()
    {
        const string text = "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右；粮食产量保持在1.3万亿斤以上；单位国内生产总值能耗降低3%左右。";
        var values = QuantityRecognizer.Recognize(text);
        Assert.Equal(["增长5%左右", "1200万人左右", "5.5%左右", "3%左右", "保持在1.3万亿斤以上", "降低3%左右"], values.Select(v => v.Text));
        Assert.Equal([5, 1200, 5.5, 3, 1.3, 3], values.Select(v => v.Value!.Value));
    }

    [Fact]
    public void EmptyAndTriggerOnlyText()
    {
        Assert.Empty(QuantityRecognizer.Recognize(string.Empty));
        Assert.Empty(QuantityRecognizer.Recognize("*"));
        Assert.Empty(QuantityRecognizer.Recognize("5"));
        Assert.Empty(QuantityRecognizer.Recognize("百分之"));
        Assert.Empty(QuantityRecognizer.Recognize("1."));
        Assert.Single(QuantityRecognizer.Recognize("5%"));
    }
}
