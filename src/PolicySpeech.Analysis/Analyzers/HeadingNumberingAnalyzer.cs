using System.Globalization;

namespace PolicySpeech.Analyzers;

/// <summary>
/// PS4001: headings numbered out of order, skipped or repeated among the headings of one style under one parent
/// (一、二、四; （一）（三）; 1. 1.). Numbering restarts under each parent: （一） under every 一、 is normal, and a heading
/// numbered 1 after others starts a new list (an appendix, or a list of the same style inside a part of a long report, after which
/// the part's own numbering goes on: 一、二、 一、二、三、 三、), and 二是 may follow a 一是 written inside the paragraph before. The message names
/// the expected number; where the next heading confirms it (一、二、二、四), the fix renumbers the heading.
/// </summary>
[SpeechAnalyzer]
internal sealed class HeadingNumberingAnalyzer() : BuiltInAnalyzer(BuiltInRules.HeadingNumbering)
{
    /// <inheritdoc/>
    protected override void Register(AnalysisContext context) => context.RegisterSyntaxNodeAction(AnalyzeContainer, SyntaxKind.Document, SyntaxKind.Section, SyntaxKind.Subsection, SyntaxKind.Item);

    private static void AnalyzeContainer(SyntaxNodeAnalysisContext context)
    {
        var container = context.Node;
        var children = container.Children.OfType<SectionSyntax>().ToList();
        foreach (var group in children.GroupBy(s => s.Heading.Style))
        {
            var headings = group.Select(s => s.Heading).ToList();
            var text = context.Tree.Text;

            // The lists open at this point, outermost first: a list numbered in the same style inside another (一、二、 inside
            // part 二、 of a long report) opens a new one, and a number that continues an outer list closes the inner ones.
            var open = new List<int> { 0 };
            for (int k = 0; k < headings.Count; k++)
            {
                var heading = headings[k];
                int last = open[^1];
                int expected = last + 1;
                int number = heading.Number;

                // A heading numbered 1 after others starts a new list (an appendix, an annex, a list inside a part): 一、二、三、附件 一、二、.
                if (number == 1 && last > 1)
                {
                    open.Add(1);
                    continue;
                }

                if (number != expected && ContinuesOuterList(open, number))
                {
                    continue; // 一、二、（一、二、三、）三、: the part's own numbering goes on after a list inside it
                }

                // 一是 written inside the paragraph before, 二是 opening the next: the list restarted in running text.
                if (number != expected && number > 1 && IsInlineStyle(heading.Style) && k > 0
                    && PreviousParagraph(text, headings[k - 1].Span.End, heading.Span.Start).Contains(Renumber(heading.Marker.Text, number - 1), StringComparison.Ordinal))
                {
                    open[^1] = number;
                    continue;
                }

                if (number != expected && !(k == 0 && IsInlineStyle(heading.Style)))
                {
                    string what = number == last ? "repeated" : number > expected ? "skipping" : "out of order";
                    var marker = heading.Marker;
                    var markerText = marker.Text;
                    var expectedMarker = Renumber(markerText, expected);
                    var properties = ImmutableDictionary<string, string?>.Empty
                        .Add("expected", expected.ToString(CultureInfo.InvariantCulture))
                        .Add("actual", number.ToString(CultureInfo.InvariantCulture));

                    // The next heading confirms the expected number: this one is a slip, renumber it.
                    bool confirmed = k + 1 < headings.Count && headings[k + 1].Number == expected + 1 && expectedMarker != markerText;
                    CodeFix? fix = null;
                    if (confirmed)
                    {
                        fix = CodeFix.Create($"Renumber as '{expectedMarker}'", [new TextChange(marker.Span, expectedMarker)]);
                        number = expected;
                    }

                    context.ReportDiagnostic(Diagnostic.Create(BuiltInRules.HeadingNumbering, marker.GetLocation(), null, properties, fix, markerText, what, expectedMarker));
                }

                open[^1] = number;
            }
        }
    }

    /// <summary>Whether <paramref name="number"/> continues one of the outer open lists; if so, the lists inside it are closed.</summary>
    private static bool ContinuesOuterList(List<int> open, int number)
    {
        for (int j = open.Count - 2; j >= 0; j--)
        {
            if (open[j] + 1 == number)
            {
                open.RemoveRange(j + 1, open.Count - j - 1);
                open[j] = number;
                return true;
            }
        }

        return false;
    }

    /// <summary>The last non-blank line of <c>text[start..end)</c>: the paragraph just before a heading.</summary>
    private static string PreviousParagraph(SourceText text, int start, int end)
    {
        if (end <= start)
        {
            return string.Empty;
        }

        var between = text.ToString(TextSpan.FromBounds(start, end)).TrimEnd();
        int lineStart = between.LastIndexOfAny(['\n', '\r']) + 1;
        return between[lineStart..];
    }

    /// <summary>一是 and 第一， are often written inside running text; a group of them may start anywhere.</summary>
    private static bool IsInlineStyle(HeadingStyle style) => style is HeadingStyle.Enumerator or HeadingStyle.Ordinal;

    /// <summary>The marker with its number replaced by <paramref name="n"/>, written the way the marker writes numbers.</summary>
    internal static string Renumber(string marker, int n)
    {
        int start = 0;
        while (start < marker.Length && !IsNumberChar(marker[start]))
        {
            start++;
        }

        int end = start;
        while (end < marker.Length && IsNumberChar(marker[end]))
        {
            end++;
        }

        if (start >= marker.Length)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        char first = marker[start];
        string number = first is >= '①' and <= '⑳' ? ((char)('①' + n - 1)).ToString()
            : char.IsAsciiDigit(first) ? n.ToString(CultureInfo.InvariantCulture)
            : Han(n);
        return string.Concat(marker.AsSpan(0, start), number, marker.AsSpan(end));
    }

    private static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c is >= '①' and <= '⑳'
        || c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '〇' or '零' or '两';

    /// <summary>Writes 1–99 in Chinese numerals.</summary>
    internal static string Han(int n)
    {
        const string digits = "零一二三四五六七八九";
        if (n is <= 0 or >= 100)
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        if (n < 10)
        {
            return digits[n].ToString();
        }

        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? string.Empty : digits[tens].ToString()) + "十" + (ones == 0 ? string.Empty : digits[ones].ToString());
    }
}
