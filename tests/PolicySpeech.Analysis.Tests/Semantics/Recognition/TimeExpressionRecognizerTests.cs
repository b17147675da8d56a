using PolicySpeech.Semantics;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Semantics.Recognition;

public sealed class TimeExpressionRecognizerTests
{
    private static TimeMatch Single(string text, int? year = 2024)
    {
        var all = TimeExpressionRecognizer.Recognize(text, year);
        Assert.True(all.Length == 1, $"expected one time expression in '{text}', found {all.Length}: {string.Join(" | ", all.Select(m => m.Text))}");
        return all[0];
    }

    [Theory]
    [InlineData("到2025年，适龄妇女", "到2025年", "by", 2025)]
    [InlineData("力争到2030年基本实现", "到2030年", "by", 2030)]
    [InlineData("2025年底前完成", "2025年底前", "by", 2025)]
    [InlineData("2030年前实现碳达峰", "2030年前", "by", 2030)]
    [InlineData("到2025年底，", "到2025年底", "by", 2025)]
    [InlineData("到2025年6月底前", "到2025年6月底前", "by", 2025)]
    [InlineData("2027年实现全覆盖", "2027年", "by", 2027)]
    [InlineData("到本世纪中叶", "到本世纪中叶", "by", 2050)]
    [InlineData("到２０３５年", "到２０３５年", "by", 2035)]
    [InlineData("二〇二五年底前", "二〇二五年底前", "by", 2025)]
    [InlineData("年底前完成", "年底前", "relative", 2024)]
    [InlineData("今年确保新增", "今年", "relative", 2024)]
    [InlineData("明年启动", "明年", "relative", 2025)]
    [InlineData("当年完成", "当年", "relative", 2024)]
    [InlineData("年内建成", "年内", "relative", 2024)]
    [InlineData("全年粮食产量", "全年", "relative", 2024)]
    [InlineData("今年年底前", "今年年底前", "relative", 2024)]
    [InlineData("到年底", "到年底", "relative", 2024)]
    [InlineData("“十四五”期间", "“十四五”期间", "period", 2025)]
    [InlineData("\"十四五\"末", "\"十四五\"末", "period", 2025)]
    [InlineData("十四五时期", "十四五时期", "period", 2025)]
    [InlineData("“十五五”时期", "“十五五”时期", "period", 2030)]
    [InlineData("\"十五五\"时期", "\"十五五\"时期", "period", 2030)]
    [InlineData("到“十四五”末", "到“十四五”末", "period", 2025)]
    [InlineData("2024—2026年", "2024—2026年", "period", 2026)]
    [InlineData("2024-2026年", "2024-2026年", "period", 2026)]
    [InlineData("2024年至2026年", "2024年至2026年", "period", 2026)]
    [InlineData("未来五年", "未来五年", "within", 2028)] // the five years that open with 2024
    [InlineData("今后五年", "今后五年", "within", 2028)]
    [InlineData("今后3年，要先把", "今后3年", "within", 2026)]
    [InlineData("在今后五年内", "今后五年内", "within", 2028)]
    [InlineData("三年内", "三年内", "within", 2027)]
    [InlineData("两年内完成", "两年内", "within", 2026)]
    [InlineData("3年之内", "3年之内", "within", 2027)]
    [InlineData("用三年时间", "用三年时间", "within", 2027)]
    [InlineData("6月底前完成", "6月底前", "by", 2024)]
    public void RecognisesDeadline(string text, string expected, string kind, int year)
    {
        var m = Single(text);
        Assert.Equal(expected, m.Text);
        Assert.Equal(kind, m.Kind.ToContract());
        Assert.Equal(year, m.Year);
        Assert.True(m.IsDeadline);
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), m.Span.Start);
    }

    [Theory]
    [InlineData("每年对农村义务教育学生开展贫血状况监测", "每年", "yearly")]
    [InlineData("每月调度", "每月", "monthly")]
    [InlineData("每周通报", "每周", "weekly")]
    [InlineData("保证中小学生每天户外锻炼1小时以上", "每天", "daily")]
    [InlineData("每日监测", "每日", "daily")]
    [InlineData("定期举办专场招聘活动", "定期", "regular")]
    [InlineData("每季度分析", "每季度", "regular")]
    public void RecognisesRecurrence(string text, string expected, string recurrence)
    {
        var m = Single(text);
        Assert.Equal(expected, m.Text);
        Assert.Equal("recurring", m.Kind.ToContract());
        Assert.Equal(recurrence, m.Recurrence);
        Assert.Null(m.Year);
    }

    [Theory]
    [InlineData("去年增长5.2%", "去年", 2023)]
    [InlineData("过去五年累计减税", "过去五年", null)]
    [InlineData("五年来", "五年来", null)]
    [InlineData("近五年", "近五年", null)]
    [InlineData("2023年全省地区生产总值", "2023年", 2023)]
    [InlineData("到2020年底，现行标准下农村贫困人口全部脱贫", "到2020年底", 2020)]
    [InlineData("“十三五”时期", "“十三五”时期", 2020)]
    [InlineData("“十四五”以来", "“十四五”以来", 2025)]
    [InlineData("2020年以来", "2020年以来", 2020)]
    [InlineData("近年来", "近年来", null)]
    [InlineData("今年以来", "今年以来", 2024)]
    [InlineData("上年", "上年", 2023)]
    [InlineData("截至2023年底", "截至2023年底", 2023)]
    public void PastExpressionsAreMarkedPast(string text, string expected, int? year)
    {
        var m = Single(text);
        Assert.Equal(expected, m.Text);
        Assert.Equal("past", m.Kind.ToContract());
        Assert.Equal(year, m.Year);
        Assert.True(m.IsPast);
        Assert.False(m.IsDeadline);
    }

    [Theory]
    [InlineData("基础教育优质资源倍增三年行动")]
    [InlineData("三年行动计划")]
    [InlineData("五年规划")]
    [InlineData("三年攻坚")]
    [InlineData("“十四五”规划")]
    [InlineData("国家“十五五”考核目标")]
    [InlineData("3月5日")]
    [InlineData("三年级")]
    [InlineData("90年代")]
    [InlineData("增长5%")]
    [InlineData("1300万吨")]
    [InlineData("相当年轻")]
    [InlineData("不定期抽查")]
    [InlineData("人人参与、天天运动")]
    [InlineData("党的二十届三中全会")]
    public void NotATimeExpression(string text)
    {
        Assert.Empty(TimeExpressionRecognizer.Recognize(text, 2024));
    }

    [Fact]
    public void WithoutReferenceYearRelativeYearsAreUnknown()
    {
        Assert.Null(Single("今年", null).Year);
        Assert.Equal("relative", Single("今年", null).Kind.ToContract());
        Assert.Null(Single("三年内", null).Year);
        var bare = Single("2023年", null);
        Assert.Equal("year", bare.Kind.ToContract());
        Assert.False(bare.IsDeadline);
        Assert.Equal("by", Single("到2025年", null).Kind.ToContract());
    }

    [Fact]
    public void YearSuffixesGiveFromKind()
    {
        Assert.Equal("from", Single("2025年起").Kind.ToContract());
        Assert.Equal("from", Single("从2025年开始").Kind.ToContract());
    }

    [Fact]
    public void SeedSentenceWithHeadDeadline()
    {
        const string text = "到2025年，适龄妇女宫颈癌筛查早诊率达**%，产前筛查率达**%以上。";
        var m = Assert.Single(TimeExpressionRecognizer.Recognize(text.AsSpan(), 2024, 50));
        Assert.Equal(new TextSpan(50, 6), m.Span);
        var deadline = m.ToDeadline();
        Assert.Equal(("到2025年", "by", (int?)2025, (string?)null, new TextSpan(50, 6)), (deadline.Text, deadline.Kind, deadline.Year, deadline.Recurrence, deadline.Span));
    }

    [Fact]
    public void SeveralExpressionsInOneSentence()
    {
        var all = TimeExpressionRecognizer.Recognize("今年是“十四五”规划收官之年，去年增长5.2%，力争每年办成几件实事，到2027年", 2025);
        Assert.Equal(["今年", "去年", "每年", "到2027年"], all.Select(m => m.Text));
        Assert.Equal([TimeKind.Relative, TimeKind.Past, TimeKind.Recurring, TimeKind.By], all.Select(m => m.Kind));
    }

    [Fact]
    public void YearsAheadOpenAfterTheReferenceYearWhereTheDocumentSaysSo()
    {
        // A Party congress report is given in the autumn: its 今后五年 are the five years after it (2008–2012 from 2007).
        var m = Assert.Single(TimeExpressionRecognizer.Recognize("今后五年", 2007, periodsFromNextYear: true));
        Assert.Equal((2012, 2008), (m.Year, m.StartYear));
        var spring = Assert.Single(TimeExpressionRecognizer.Recognize("今后五年", 2016));
        Assert.Equal((2020, 2016), (spring.Year, spring.StartYear));
    }
}
