using System.Text;
using System.Text.RegularExpressions;
using PolicySpeech.Diagnostics;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Analyzers;

/// <summary>
/// Roslyn-style marked-up test input: <c>要深入开展{|PS5001:巾幅|}健康行动</c> marks the span a rule must report.
/// Markup does not nest.
/// </summary>
internal static partial class Markup
{
    [GeneratedRegex(@"\{\|(?<id>[A-Z]+[0-9]+):(?<text>.*?)\|\}", RegexOptions.Singleline)]
    private static partial Regex Marker();

    /// <summary>Strips the markup; returns the plain text and the expected (ID, span) set.</summary>
    public static (string Text, List<(string Id, TextSpan Span)> Expected) Parse(string marked)
    {
        var sb = new StringBuilder();
        var expected = new List<(string, TextSpan)>();
        int last = 0;
        foreach (Match m in Marker().Matches(marked))
        {
            sb.Append(marked, last, m.Index - last);
            var inner = m.Groups["text"].Value;
            expected.Add((m.Groups["id"].Value, new TextSpan(sb.Length, inner.Length)));
            sb.Append(inner);
            last = m.Index + m.Length;
        }

        sb.Append(marked, last, marked.Length - last);
        return (sb.ToString(), expected);
    }

    /// <summary>Runs <paramref name="analyzer"/> on the marked-up text and asserts the reported (ID, span) set equals the marked one.</summary>
    public static IReadOnlyList<Diagnostic> Verify(SpeechAnalyzer analyzer, string marked, AnalyzerOptions? options = null)
    {
        var (text, expected) = Parse(marked);
        var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet();
        var actual = AnalyzerHarness.Run(text, [analyzer], options).Where(d => ids.Contains(d.Id)).ToList();
        var actualSet = actual.Select(d => (d.Id, d.Location.SourceSpan)).OrderBy(x => x.SourceSpan).ToList();
        var expectedSet = expected.OrderBy(x => x.Span).ToList();
        if (!actualSet.SequenceEqual(expectedSet))
        {
            string Show(IEnumerable<(string Id, TextSpan Span)> set) =>
                string.Join(", ", set.Select(x => $"{x.Id}:'{text.Substring(x.Span.Start, x.Span.Length)}'@{x.Span.Start}"));
            Assert.Fail($"Expected [{Show(expectedSet)}]\n  but got [{Show(actualSet)}]\n  messages: {string.Join(" | ", actual.Select(d => d.Message))}");
        }

        return actual;
    }
}
