using PolicySpeech.Diagnostics;
using Xunit.Abstractions;

namespace PolicySpeech.Tests.Analyzers;

/// <summary>
/// Issue #11's gate over both shared corpora (../shared/corpus-real and corpus-archive; skipped where absent): every
/// warning-severity finding is either one a reader judged true (listed below by document, rule and flagged text) or counts
/// against its rule's budget of false findings. The budgets are a ratchet at the judged state of the latest landing (see the
/// closing note's table): over both corpora (1.1 M characters) one warning is not judged true, PS2002's restatement of a thesis in
/// the 1964 report (0.09 per 100,000 characters, under the issue's goal of 0.5 for every rule). A new warning on these corpora
/// must either be read and listed as true or fail this test.
/// </summary>
public sealed class SharedCorporaWarningBudgetTests(ITestOutputHelper output)
{
    /// <summary>Findings judged true by reading them in context: (file name, rule, flagged text).</summary>
    private static readonly HashSet<(string File, string Rule, string Flagged)> JudgedTrue =
    [
        // PS2002: passages the source writes twice (a web page's copy of a report's ending or of a paragraph; a news story
        // quoting, sentence for sentence, the letter printed above it).
        ("national-gwr-1988-051.txt", "PS2002", "我们一定要在中国共产党的领导下，紧紧把握有利时机，励精图治，埋头苦干，齐心协力，团结奋斗，沿着有中国特色的社会主义道路奋勇前进。"),
        ("national-gwr-2010-029.txt", "PS2002", "探索建立宏观审慎管理制度，强化对跨境资本流动的有效监控，防范各类金融风险。继续完善人民币汇率形成机制，保持人民币汇率在合理、均衡水平上的基本稳定。"),
        ("national-gwr-2015-019.txt", "PS2002", "加大简政放权、放管结合改革力度。今年再取消和下放一批行政审批事项，全部取消非行政许可审批，建立规范行政审批的管理制度。深化商事制度改革，进一步简化注册资本登记，逐步实现“三证合一”，清理规范中介服务。制定市场准入负面清单，公布省级政府权力清单、责任清单，切实做到法无授权不可为、法定职责必须为。"),
        ("speech-0021.txt", "PS2002", "60年来，你们为了保护水库，关工厂、关矿山，为首都生态环境改善作出了重要贡献。得知你们发挥好山好水的优势，日子越过越红火，我感到很高兴。"),
        ("speech-0021.txt", "PS2002", "北京一万多平方公里的山区是首都重要的生态屏障和水源保护地，地位十分重要。我一直惦念着密云水库。当年修建密云水库是为了防洪防涝，现在它作为北京重要的地表饮用水源地、水资源战略储备基地，已成为无价之宝。希望你们再接再厉、善作善成，继续守护好密云水库，为建设美丽北京作出新的贡献。"),
        ("speech-0029.txt", "PS2002", "前进的道路从不会一帆风顺，实现中华民族伟大复兴的中国梦需要一代一代青年矢志奋斗。同学们生逢其时、肩负重任。希望全国广大高校毕业生志存高远、脚踏实地，不畏艰难险阻，勇担时代使命，把个人的理想追求融入党和国家事业之中，为党、为祖国、为人民多作贡献。"),

        // PS2003: the web page writes the report's title again above its text.
        ("prov-2026_四川省_政府工作报告.txt", "PS2003", "2026年四川省人民政府工作报告"),
        ("prov-gwr-2026-sichuan.txt", "PS2003", "2026年四川省人民政府工作报告"),

        // PS3001: ”…” for “…” and “六五’ (a double opener closed by a single mark), twice.
        ("national-gwr-1982-057.txt", "PS3001", "”五讲四美三热爱”"),
        ("national-gwr-1986-053.txt", "PS3001", "“"),
        ("national-gwr-1986-053.txt", "PS3001", "’"),

        // PS5001: typos of the sources.
        ("cpc-congress-9.txt", "PS5001", "积级性"),
        ("national-gwr-1984-055.txt", "PS5001", "裁入"),
        ("national-gwr-1984-055.txt", "PS5001", "亨受"),
        ("national-gwr-1986-053.txt", "PS5001", "期未"),
    ];

    /// <summary>Warnings not judged true allowed per rule over both corpora (1.1 M characters); a rule not listed is allowed none.</summary>
    private static readonly Dictionary<string, int> FalseBudget = new()
    {
        ["PS2002"] = 1, // national-gwr-1964-063.txt:139 restates, quoting 周总理, the thesis the paragraph on line 129 states
    };

    [Fact]
    public void WarningRulesStayWithinTheirFalseFindingBudget()
    {
        if (RepoPaths.SharedRoot is not { } shared)
        {
            return;
        }

        var files = new[] { "corpus-real", "corpus-archive" }
            .Select(d => Path.Combine(shared, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.txt"))
            .Where(f => !Path.GetFileName(f).Equals("README.txt", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var unjudged = new Dictionary<string, int>(StringComparer.Ordinal);
        long characters = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            characters += text.Length;
            var tree = AnalyzerHarness.Parse(text, Path.GetFileName(file));
            foreach (var d in AnalyzerHarness.Run(tree).Where(d => d.Severity == DiagnosticSeverity.Warning))
            {
                var flagged = AnalyzerHarness.Flagged(tree, d);
                if (JudgedTrue.Contains((Path.GetFileName(file), d.Id, flagged)))
                {
                    continue;
                }

                unjudged[d.Id] = unjudged.GetValueOrDefault(d.Id) + 1;
                output.WriteLine($"{d.Id} {Path.GetFileName(file)}:{d.Location.LineSpan.Start.Line + 1} '{flagged.ReplaceLineEndings("⏎")}' {d.Message}");
            }
        }

        output.WriteLine($"{files.Count} documents, {characters} characters");
        foreach (var (id, count) in unjudged.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            int budget = FalseBudget.GetValueOrDefault(id);
            output.WriteLine($"{id}: {count} not judged true ({count * 100_000.0 / characters:0.00}/100k), budget {budget}");
            Assert.True(count <= budget, $"{id}: {count} warnings not judged true on the shared corpora, budget {budget}");
        }
    }
}
