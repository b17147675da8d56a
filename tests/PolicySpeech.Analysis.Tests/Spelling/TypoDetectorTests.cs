using PolicySpeech.Spelling;
using PolicySpeech.Analyzers;
using PolicySpeech.Text;
using Xunit.Abstractions;

namespace PolicySpeech.Tests.Spelling;

public sealed class TypoDetectorTests(ITestOutputHelper output)
{
    /// <summary>Each seed typo in its own sentence, with the replacement word it must propose.</summary>
    public static TheoryData<string, string> SeedTypos => new()
    {
        { "要深入实施“{|PS5001:巾棚|}就业促进行动”，切实把妇女就业指导落实好。", "巾帼" },
        { "要深入开展“{|PS5001:巾幅|}健康行动”，对女性发病率高的重大疾病早诊早治。", "巾帼" },
        { "不断扩大综合防治{|PS5001:稷盖面|}。", "覆盖面" },
        { "重视培养选拔女{|PS5001:千部|}，依法确保各级代表委员中的女性比例。", "干部" },
        { "持续提升女{|PS5001:于部|}素质能力。", "干部" },
        { "将妇女儿童权益保护纳入{|PS5001:法冶建设|}全过程。", "法治建设" },
        { "强化监测预防、强制报告、监护{|PS5001:于预|}等保护措施。", "干预" },
        { "要压实工作{|PS5001:贵任|}，切实履行好组织协调职能。", "责任" },
        { "省妇儿工委要切实履行好组织、协调、指导、督促{|PS5001:职贵|}。", "职责" },
        { "我们要更加紧密地团结在{|PS5001:党中夹|}周围。", "党中央" },
        { "着力办好“她{|PS5001:力最|}”创新创业等品牌活动。", "力量" },
    };

    /// <summary>The same confusions in sentences the seed does not have (the rule must generalise).</summary>
    public static TheoryData<string, string> OtherTypos => new()
    {
        { "各级{|PS5001:领导千部|}要带头转变作风。", "领导干部" },
        { "全面落实安全生产{|PS5001:主体贵任|}。", "主体责任" },
        { "加快推进{|PS5001:法冶|}政府建设。", "法治" },
        { "基本养老保险{|PS5001:稷盖面|}持续扩大。", "覆盖面" },
        { "坚决维护{|PS5001:党中夹|}权威和集中统一领导。", "党中央" },
        { "加强{|PS5001:早期于预|}和康复服务。", "早期干预" },
    };

    /// <summary>Clean text that contains the confusable characters in real words.</summary>
    public static TheoryData<string> CleanSentences => new()
    {
        "关于部署今年重点工作，会议作出安排。",
        "各级干部要带头落实。",
        "于是我们决定加快推进。",
        "千万不能掉以轻心。",
        "坚决维护党中央权威。",
        "中央财政安排资金。",
        "压实各方责任。",
        "实现全覆盖。",
        "建设更高水平的法治中国。",
        "冶金、建材等行业加快转型。",
        "夹层玻璃生产线建成投产。",
        "贵州、云南等地加快发展。",
        "这是十分宝贵的经验。",
        "江山社稷。",
        "巾帼不让须眉。",
        "加强心理干预。",
        "力量更加壮大。",
        "职责明确、分工合理。",
        "覆盖面进一步扩大。",
        "已经取得明显成效，自己的事情自己办。",
        "推进京津冀协同发展和粤港澳大湾区建设。",
        "深化浙川东西部协作。",
        "建设宜居宜业和美乡村。",
        "依法严惩涉黑涉恶犯罪。",
        "持续深化供给侧结构性改革。",
    };

    [Theory]
    [MemberData(nameof(SeedTypos))]
    [MemberData(nameof(OtherTypos))]
    public void FindsTypoWithFix(string markup, string replacement)
    {
        var (text, expected) = TypoMarkup.Parse(markup);
        var findings = TypoDetector.Default.Find(text, 0, text.Length).ToList();
        var (id, span) = Assert.Single(expected);
        Assert.Equal("PS5001", id);
        var finding = Assert.Single(findings);
        Assert.Equal(span, finding.Span);
        Assert.Equal(text.Substring(span.Start, span.Length), finding.Original);
        Assert.Equal(replacement, finding.Replacement);
        Assert.True(finding.Span.Contains(finding.CharSpan));
        Assert.Equal(1, finding.CharSpan.Length);
        var corrected = text[..finding.CharSpan.Start] + finding.Correction + text[finding.CharSpan.End..];
        Assert.Equal(replacement, corrected.Substring(span.Start, span.Length));
        Assert.InRange(finding.Confidence, 0.5, 1.0);
    }

    [Theory]
    [MemberData(nameof(CleanSentences))]
    public void StaysQuietOnCleanText(string text)
    {
        var findings = TypoDetector.Default.Find(text, 0, text.Length).ToList();
        Assert.True(findings.Count == 0, string.Join("; ", findings.Select(f => $"{f.Original}->{f.Replacement}")));
    }

    [Fact]
    public void RespectsStartAndLength()
    {
        const string text = "压实工作贵任。压实工作贵任。";
        var all = TypoDetector.Default.Find(text, 0, text.Length).ToList();
        Assert.Equal(2, all.Count);
        var second = Assert.Single(TypoDetector.Default.Find(text, 7, 7));
        Assert.Equal(new TextSpan(11, 2), second.Span);
        Assert.Empty(TypoDetector.Default.Find(text, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TypoDetector.Default.Find(text, 5, text.Length).ToList());
    }

    [Fact]
    public void AcceptedWordsAreNotReported()
    {
        const string text = "要深入开展巾幅健康行动。";
        Assert.Single(TypoDetector.Default.Find(text, 0, text.Length));
        var detector = new TypoDetector(new TypoDetectorOptions { AcceptedWords = ["巾幅"] });
        Assert.Empty(detector.Find(text, 0, text.Length));
    }

    [Fact]
    public void ExtraConfusionPairsAreUsed()
    {
        // 夹 → 侠 is in no built-in list: "武夹小说" stays quiet until the caller adds the pair.
        const string text = "他喜欢读武夹小说。";
        Assert.Empty(TypoDetector.Default.Find(text, 0, text.Length));
        var detector = new TypoDetector(new TypoDetectorOptions { ExtraConfusions = [('夹', '侠')] });
        var finding = Assert.Single(detector.Find(text, 0, text.Length));
        Assert.Contains("武侠", finding.Replacement, StringComparison.Ordinal);
        Assert.Equal("侠", finding.Correction);
    }

    [Fact]
    public void ExtraWordsCountAsCommon()
    {
        // With 女干部 unknown the 于 of 女于部 corrects to 干部; an extra word does not break that, and an
        // extra word equal to the original silences it.
        const string text = "持续提升女于部素质能力。";
        var quiet = new TypoDetector(new TypoDetectorOptions { ExtraWords = ["于部"] });
        Assert.Empty(quiet.Find(text, 0, text.Length));
        var loud = new TypoDetector(new TypoDetectorOptions { ExtraWords = ["女干部"] });
        Assert.Equal("女干部", Assert.Single(loud.Find(text, 0, text.Length)).Replacement);
    }

    [Fact]
    public void DefaultIsOneInstanceAndThreadSafe()
    {
        Assert.Same(TypoDetector.Default, TypoDetector.Default);
        var text = File.ReadAllText(RepoPaths.Seed);
        var expected = TypoDetector.Default.Find(text, 0, text.Length).ToList();
        var results = new List<TypoFinding>[8];
        Parallel.For(0, results.Length, i => results[i] = TypoDetector.Default.Find(text, 0, text.Length).ToList());
        foreach (var r in results)
        {
            Assert.Equal(expected, r);
        }
    }

    [Theory]
    [InlineData("一", false)]
    [InlineData("一、二、三", false)]
    [InlineData("a党b中c", false)]
    [InlineData("党中夹", true)]
    [InlineData("1.法冶", true)]
    public void HasRunMeansTwoCjkCharactersInARow(string text, bool expected)
    {
        Assert.Equal(expected, TypoDetector.HasRun(text, 0, text.Length));
        if (!expected)
        {
            Assert.Empty(TypoDetector.Default.Find(text, 0, text.Length));
        }
    }

    [Fact]
    public void HasRunLooksOnlyInsideTheSpan()
    {
        const string text = "党中夹，于部";
        Assert.False(TypoDetector.HasRun(text, 0, 1)); // 党
        Assert.False(TypoDetector.HasRun(text, 2, 3)); // 夹，于: the pairs 党中 and 于部 lie outside
        Assert.True(TypoDetector.HasRun(text, 2, 4)); // 夹，于部
        Assert.True(TypoDetector.HasRun(text, 0, 2)); // 党中
    }

    [Fact]
    public void FindsEveryLookAlikeTypoOfTheSeed()
    {
        var text = File.ReadAllText(RepoPaths.Seed);
        var findings = TypoDetector.Default.Find(text, 0, text.Length).ToList();
        foreach (var f in findings)
        {
            output.WriteLine($"{f.Span} {f.Original} -> {f.Replacement} ({f.Kind}, {f.Confidence})");
        }

        (string Original, string Replacement)[] expected =
        [
            ("巾棚", "巾帼"), ("力最", "力量"), ("巾幅", "巾帼"), ("稷盖面", "覆盖面"), ("千部", "干部"), ("于部", "干部"),
            ("法冶", "法治"), ("于预", "干预"), ("贵任", "责任"), ("职贵", "职责"), ("党中夹", "党中央"),
        ];
        Assert.Equal(expected, findings.Select(f => (f.Original, f.Replacement)).ToArray());
    }

    [Fact]
    public void StaysQuietOnRealOfficialText()
    {
        var files = RepoPaths.CorpusRealFiles.ToList();
        if (files.Count == 0)
        {
            output.WriteLine("../shared/corpus-real is absent: nothing to check.");
            return;
        }

        long characters = 0;
        var total = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            characters += text.Length;
            foreach (var f in TypoDetector.Default.Find(text, 0, text.Length))
            {
                total++;
                var context = text.Substring(Math.Max(0, f.Span.Start - 8), Math.Min(text.Length, f.Span.End + 8) - Math.Max(0, f.Span.Start - 8));
                output.WriteLine($"{Path.GetFileName(file)} {f.Span}: {f.Original} -> {f.Replacement} ({f.Kind}, {f.Confidence}) …{context}…");
            }
        }

        var per100k = total * 100_000.0 / characters;
        output.WriteLine($"{total} findings in {characters} characters = {per100k:F2} per 100,000");
        Assert.True(per100k <= 1.0, $"{total} findings in {characters} characters ({per100k:F2} per 100,000)");
    }
}
