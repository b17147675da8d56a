using System.Collections.Immutable;
using PolicySpeech.Diagnostics;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Diagnostics;

public sealed class CodeFixesTests
{
    private const string Speech = "同志们：\n\n要坚持法冶思维,推进法冶建设。我们要依法办事,守住底线。\n\n第二段也讲法冶。\n";

    [Fact]
    public void TheRuleThatMakesAFixSaysWhetherItIsSafe()
    {
        var diagnostics = AnalyzerDriver.CreateDefault().Analyze(SpeechSyntaxTreeOf(File.ReadAllText(RepoPaths.Seed))).Diagnostics.Where(d => d.Fix is not null).ToList();
        string[] safe = ["PS2005", "PS3001", "PS3002", "PS3003", "PS5001"];
        string[] unsafeIds = ["PS2002", "PS2003", "PS4002"];
        foreach (var id in safe.Concat(unsafeIds))
        {
            Assert.Contains(diagnostics, d => d.Id == id);
        }

        Assert.All(diagnostics.Where(d => unsafeIds.Contains(d.Id)), d => Assert.False(d.Fix!.IsSafe, $"{d.Id}: {d.Fix!.Title}"));
        Assert.All(diagnostics.Where(d => d.Id is "PS2005" or "PS3003"), d => Assert.True(d.Fix!.IsSafe, $"{d.Id}: {d.Fix!.Title}"));
        Assert.All(diagnostics.Where(d => d.Id is "PS3001" or "PS3002"), d => Assert.Equal(d.Fix!.Changes.Length >= 2, d.Fix.IsSafe));
        Assert.Contains(diagnostics, d => d.Id == "PS5001" && d.Fix!.IsSafe);
        Assert.False(CodeFix.Create("any", []).IsSafe);
    }

    /// <summary>A test diagnostic whose message is <paramref name="message"/>, carrying <paramref name="fix"/>.</summary>
    private static Diagnostic Fixed(Location location, CodeFix fix, string message) => Diagnostic.Create(TestRules.Word, location, null, null, fix, message);

    private static PolicySpeech.Syntax.SpeechSyntaxTree SpeechSyntaxTreeOf(string text) => PolicySpeech.Syntax.SpeechSyntaxTree.Parse(SourceText.From(text), "seed.txt");

    [Fact]
    public void FixAllThenReanalyseLeavesNoneOfTheFixedFindings()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer(), new CommaAnalyzer()]);
        var result = driver.Analyze(TestRules.Parse(Speech));
        Assert.Equal(5, result.Diagnostics.Count(d => d.Id.StartsWith("TST", StringComparison.Ordinal)));
        var fixedAll = result.FixAll();
        Assert.Empty(fixedAll.Skipped);
        Assert.Equal("同志们：\n\n要坚持法治思维，推进法治建设。我们要依法办事，守住底线。\n\n第二段也讲法治。\n", fixedAll.Text.ToString());
        var again = driver.Analyze(TestRules.Parse(fixedAll.Text.ToString()));
        Assert.DoesNotContain(again.Diagnostics, d => d.Id.StartsWith("TST", StringComparison.Ordinal));
    }

    [Fact]
    public void FixAllOfChosenIdsLeavesOthers()
    {
        var driver = new AnalyzerDriver([new WordAnalyzer(), new CommaAnalyzer()]);
        var result = driver.Analyze(TestRules.Parse(Speech));
        var onlyCommas = CodeFixes.FixAll(result.Tree.Text, result.Diagnostics, ["TST002"]);
        Assert.Equal(2, onlyCommas.Applied.Length);
        var again = driver.Analyze(TestRules.Parse(onlyCommas.Text.ToString()));
        Assert.DoesNotContain(again.Diagnostics, d => d.Id == "TST002");
        Assert.Equal(3, again.Diagnostics.Count(d => d.Id == "TST001"));
    }

    [Fact]
    public void OverlappingFixesAreSkippedFirstByPositionWins()
    {
        var text = SourceText.From("abcdef");
        Diagnostic Make(int start, int length, string replacement, params TextChange[] extra) =>
            Fixed(Location.Create("t", text, new TextSpan(start, length)), CodeFix.Create("f", [new TextChange(new TextSpan(start, length), replacement), .. extra]), "m");
        var first = Make(1, 2, "X");              // bc
        var overlapping = Make(2, 2, "Y");        // cd overlaps bc
        var pair = Make(4, 1, "E", new TextChange(new TextSpan(0, 1), "A")); // e and a: a overlaps nothing, e nothing → applies
        var samePlaceInsert = Make(5, 0, "!");     // inserts at 5
        var insertAgain = Make(5, 0, "?");         // inserts at the same place: skipped
        var result = CodeFixes.FixAll(text, [overlapping, samePlaceInsert, pair, first, insertAgain]);
        Assert.Equal("AXdE!f", result.Text.ToString());
        Assert.Contains(overlapping, result.Skipped);
        Assert.Contains(insertAgain, result.Skipped);
        Assert.Equal(3, result.Applied.Length);
    }

    [Fact]
    public void APairFixIsAppliedWholeOrNotAtAll()
    {
        var text = SourceText.From("“巾帼行动“和”其他“");
        var pairFix = Fixed(Location.Create("t", text, new TextSpan(5, 1)), CodeFix.Create("pair", [new TextChange(new TextSpan(0, 1), "“"), new TextChange(new TextSpan(5, 1), "”")]), "quote");
        var blocking = Fixed(Location.Create("t", text, new TextSpan(0, 1)), CodeFix.Create("other", [new TextChange(new TextSpan(0, 1), "「")]), "other");
        var result = CodeFixes.FixAll(text, [blocking, pairFix]);
        Assert.Same(pairFix, Assert.Single(result.Skipped));
        Assert.Equal("「巾帼行动“和”其他“", result.Text.ToString());
    }

    [Fact]
    public void SuppressedFindingsAreNotFixed()
    {
        var text = SourceText.From("法冶");
        var d = Fixed(Location.Create("t", text, new TextSpan(0, 2)), CodeFix.Create("f", ImmutableArray.Create(new TextChange(new TextSpan(0, 2), "法治"))), "m").WithFingerprint("accepted", isSuppressed: true);
        Assert.Equal("法冶", CodeFixes.FixAll(text, [d]).Text.ToString());
    }

    [Fact]
    public void FixAllIsLinearInTheNumberOfFixes()
    {
        // Issue #12: 165k fixes took 124 s (every fix was checked against every fix taken before it).
        const int count = 165_000;
        var text = SourceText.From(string.Concat(Enumerable.Repeat("中,", count)));
        var diagnostics = new List<Diagnostic>(count + 1);
        for (int i = 0; i < count; i++)
        {
            var span = new TextSpan((2 * i) + 1, 1);
            diagnostics.Add(Fixed(Location.Create("t", text, span), CodeFix.Create("f", [new TextChange(span, "，")]), "m"));
        }

        // A pair taken first (it starts the text) whose second change overlaps the last comma fix: that one is skipped.
        diagnostics.Add(Fixed(Location.Create("t", text, new TextSpan(0, 1)), CodeFix.Create("pair", [new TextChange(new TextSpan(0, 1), "甲"), new TextChange(new TextSpan(text.Length - 1, 1), "乙")]), "m"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = CodeFixes.FixAll(text, diagnostics);
        watch.Stop();
        Assert.Equal(count, result.Applied.Length);
        Assert.Same(diagnostics[count - 1], Assert.Single(result.Skipped));
        Assert.Equal("甲" + string.Concat(Enumerable.Repeat("，中", count - 1)) + "乙", result.Text.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"FixAll of {count} fixes took {watch.Elapsed}");
    }

    [Fact]
    public void FixAllTakesTheSameFixesAsPairwiseChecking()
    {
        // The fast conflict check against the rule it replaces (every change against every change taken), on random fixes.
        var random = new Random(12);
        var text = SourceText.From(new string('x', 300));
        for (int round = 0; round < 50; round++)
        {
            var diagnostics = new List<Diagnostic>();
            for (int i = 0; i < 60; i++)
            {
                var changes = Enumerable.Range(0, random.Next(1, 4)).Select(_ =>
                {
                    int start = random.Next(0, text.Length + 1);
                    return new TextChange(new TextSpan(start, random.Next(0, Math.Min(6, text.Length - start + 1))), "y");
                }).ToImmutableArray();
                diagnostics.Add(Fixed(Location.Create("t", text, changes[0].Span), CodeFix.Create("f", changes), "m"));
            }

            var result = CodeFixes.FixAll(text, diagnostics);
            var taken = new List<TextSpan>();
            var expected = new List<Diagnostic>();
            foreach (var d in diagnostics.OrderBy(d => d.Fix!.Changes.Min(c => c.Span.Start)).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start))
            {
                var spans = d.Fix!.Changes.Select(c => c.Span).ToList();
                bool self = spans.SelectMany((a, i) => spans.Skip(i + 1).Select(b => (a, b))).Any(p => CodeFixes.Conflicts(p.a, p.b));
                if (!self && !spans.Any(c => taken.Any(t => CodeFixes.Conflicts(c, t))))
                {
                    taken.AddRange(spans);
                    expected.Add(d);
                }
            }

            Assert.Equal(expected, result.Applied);
        }
    }
}
