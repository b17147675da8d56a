using System.Diagnostics;
using PolicySpeech.Semantics;
using Xunit.Abstractions;

namespace PolicySpeech.Tests.Semantics.Recognition;

/// <summary>Runs every recogniser over the seed and ../shared/corpus-real (skipped when absent).</summary>
public sealed class RecognizerCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void SeedTargetsAndActors()
    {
        if (!File.Exists(RepoPaths.Seed))
        {
            return;
        }

        string text = File.ReadAllText(RepoPaths.Seed);
        var quantities = QuantityRecognizer.Recognize(text);
        var redacted = quantities.Where(q => q.Redacted).Select(q => q.Text).ToArray();
        output.WriteLine("redacted: " + string.Join(" | ", redacted));
        Assert.Contains("**万人以上", redacted);
        Assert.Contains("**万人次", redacted);
        Assert.Contains("控制在*%", redacted);
        Assert.Contains("*%以下", redacted);
        Assert.Contains("达*个", redacted);
        Assert.DoesNotContain(quantities, q => q.Text.Contains("技工", StringComparison.Ordinal) || q.Text.Contains("家政", StringComparison.Ordinal));
        Assert.Contains(quantities, q => q.Text == "3岁以下" && q.Kind == QuantityKind.Qualifier);
        Assert.Contains(quantities, q => q.Text == "达到45.3%" && q.Value == 45.3);

        var times = TimeExpressionRecognizer.Recognize(text, 2024);
        Assert.Equal(Count(text, "到2025年"), times.Count(t => t.Text == "到2025年" && t.Kind == TimeKind.By && t.Year == 2025));
        Assert.Contains(times, t => t.Text == "每年" && t.Recurrence == "yearly");
        Assert.Contains(times, t => t.Text == "今年" && t.Year == 2024);
        Assert.DoesNotContain(times, t => t.Text.Contains("三年", StringComparison.Ordinal));

        var actors = ActorRecognizer.FindActors(text).Select(a => a.Text).ToHashSet();
        output.WriteLine("actors: " + string.Join(" | ", actors));
        Assert.Superset(new HashSet<string> { "各级各部门", "各级党委和政府", "省妇儿工委", "各级各有关部门" }, actors);
        Assert.Equal("我省", ActorRecognizer.InferJurisdiction(text));
    }

    [Fact]
    public void RealCorpusRunsWithSaneCounts()
    {
        var files = RepoPaths.CorpusRealFiles.ToArray();
        if (files.Length == 0)
        {
            output.WriteLine("../shared/corpus-real absent: skipped");
            return;
        }

        long chars = 0;
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            string text = File.ReadAllText(file);
            chars += text.Length;
            var quantities = QuantityRecognizer.Recognize(text);
            var times = TimeExpressionRecognizer.Recognize(text, 2024);
            var modals = ModalityRecognizer.Recognize(text);
            var actors = ActorRecognizer.FindActors(text);
            string? jurisdiction = ActorRecognizer.InferJurisdiction(text);
            output.WriteLine($"{Path.GetFileName(file)}: {text.Length} chars, {quantities.Length} quantities ({quantities.Count(q => q.Kind == QuantityKind.Qualifier)} qualifiers), {times.Length} times, {modals.Length} modals, {actors.Length} actors, jurisdiction {jurisdiction}");

            foreach (var q in quantities)
            {
                Assert.Equal(q.Text, text.Substring(q.Span.Start, q.Span.Length));
                Assert.True(q.Span.Contains(q.NumberSpan) || q.NumberSpan.IsEmpty);
            }

            foreach (var t in times)
            {
                Assert.Equal(t.Text, text.Substring(t.Span.Start, t.Span.Length));
            }

            // Policy texts are full of numbers and directives: a document with none of them means a broken recogniser.
            Assert.InRange(quantities.Length, text.Length / 2000, text.Length / 20);
            Assert.InRange(modals.Length, text.Length / 1000, text.Length / 10);
            Assert.NotNull(jurisdiction);
            if (Path.GetFileName(file).StartsWith("national-gwr", StringComparison.Ordinal))
            {
                Assert.Equal("我国", jurisdiction);
            }
            else if (Path.GetFileName(file).StartsWith("prov-gwr", StringComparison.Ordinal))
            {
                Assert.Contains(jurisdiction, new[] { "我省", "我市", "我区" });
            }

            foreach (var paragraph in text.Split('\n').Where(p => p.Contains("主要预期目标", StringComparison.Ordinal)))
            {
                var inParagraph = QuantityRecognizer.Recognize(paragraph).Where(q => q.Kind == QuantityKind.Value);
                output.WriteLine("  目标: " + string.Join(" | ", inParagraph.Select(q => $"{q.Text}[{q.Comparator.ToContract()} {q.Value}{(q.ValueHigh is { } h ? "-" + h : "")} {q.Unit}{(q.IsChange ? " Δ" : "")}]")));
            }
        }

        clock.Stop();
        output.WriteLine($"{files.Length} files, {chars} chars, all four recognisers in {clock.ElapsedMilliseconds} ms (first run includes lexicon loading; not a benchmark)");
    }

    private static int Count(string text, string word)
    {
        int n = 0;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
