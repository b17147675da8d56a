using System.Text.RegularExpressions;
using PolicySpeech.Loading;
using PolicySpeech.Semantics;
using Xunit.Abstractions;

namespace PolicySpeech.Tests.Semantics;

/// <summary>
/// Extraction over ../shared/corpus-real (skipped where absent): spans are consistent, the reference year is the one the
/// file name states, and every number in a 主要预期目标 list (from its colon to the end of the sentence) is a target whose
/// metric is exactly that number.
/// </summary>
public sealed partial class CorpusRealCommitmentTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"(?:gwr-|speech-)(\d{4})")]
    private static partial Regex FileYear();

    [Fact]
    public void CorpusRealExtractsConsistently()
    {
        foreach (var file in RepoPaths.CorpusRealFiles)
        {
            var document = SpeechDocument.Load(file);
            var model = document.GetSemanticModel();
            string text = document.Text.ToString();
            output.WriteLine($"{Path.GetFileName(file)}: year {model.ReferenceYear} ({model.ReferenceYearSource}), {model.Commitments.Length} commitments, {model.Commitments.Count(c => c.Metric is not null)} with a metric");
            if (FileYear().Match(Path.GetFileName(file)) is { Success: true } m)
            {
                Assert.Equal(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), model.ReferenceYear);
            }

            foreach (var c in model.Commitments)
            {
                Assert.Equal(c.Text, text.Substring(c.Location.SourceSpan.Start, c.Location.SourceSpan.Length));
                Assert.False(string.IsNullOrWhiteSpace(c.Action), $"{file}: empty action for {c.Text}");
                if (c.Metric is { } metric)
                {
                    Assert.Equal(metric.Text, text.Substring(metric.Span.Start, metric.Span.Length));
                    Assert.True(c.Location.SourceSpan.Contains(metric.Span), $"{file}: metric outside its commitment: {c.Text}");
                    Assert.False(string.IsNullOrEmpty(metric.Indicator), $"{file}: no indicator for {c.Text}");
                }
            }
        }
    }

    [Fact]
    public void EveryNumberOfAMainTargetsListIsATarget()
    {
        int checkedNumbers = 0;
        foreach (var file in RepoPaths.CorpusRealFiles)
        {
            var document = SpeechDocument.Load(file);
            var model = document.GetSemanticModel();
            string text = document.Text.ToString();
            var metrics = model.Commitments.Where(c => c.Metric is not null).ToLookup(c => c.Metric!.Span);
            foreach (var (start, end) in TargetLists(text))
            {
                foreach (var q in QuantityRecognizer.Recognize(text.AsSpan(start, end - start), start))
                {
                    if (q.Kind != QuantityKind.Value)
                    {
                        continue;
                    }

                    checkedNumbers++;
                    var found = metrics[q.Span].FirstOrDefault();
                    Assert.True(found is not null, $"{Path.GetFileName(file)}: {q.Text} in the main targets is not a target");
                    output.WriteLine($"{Path.GetFileName(file)}: {found!.Metric!.Indicator} {found.Metric.Comparator} {found.Metric.Value}{(found.Metric.ValueHigh is { } h ? "–" + h : "")} {found.Metric.Unit} ({found.Deadline?.Text ?? "no deadline"})");
                }
            }
        }

        output.WriteLine($"{checkedNumbers} numbers checked");
    }

    /// <summary>From the colon after 主要预期目标 (…是：, also when 是： opens the next line) to the end of the sentence.</summary>
    private static IEnumerable<(int Start, int End)> TargetLists(string text)
    {
        int from = 0;
        while ((from = text.IndexOf("主要预期目标", from, StringComparison.Ordinal)) >= 0)
        {
            int colon = text.IndexOfAny(['：', ':'], from);
            int stop = text.IndexOf('。', from);
            from += 6;
            if (colon < 0 || stop < 0 || colon > stop || colon - from > 12)
            {
                continue;
            }

            yield return (colon + 1, stop);
        }
    }
}
