using System.Buffers;

namespace PolicySpeech.Analyzers;

/// <summary>
/// PS3001: unbalanced or misdirected quotation marks, paired per paragraph: <c>“…“</c> (the second should close),
/// <c>”…“</c> (swapped), <c>"…“</c> (a half-width opener with a full-width closer written as an opener), an opener never
/// closed, a closer that closes nothing. Where the intended pair is clear, the fix rewrites both marks of the pair.
/// </summary>
[SpeechAnalyzer]
internal sealed class QuotationMarkAnalyzer() : BlockAnalyzer(BuiltInRules.QuotationMarks)
{
    /// <summary>The longest quotation (in characters between the marks) taken as the intended pair of a broken mark.</summary>
    internal const int MaxRepairReach = 40;

    private enum Role
    {
        Open,
        Close,
        Either,
    }

    private readonly record struct Mark(int Position, char Char, Role Role);

    private sealed record Family(char Open, char Close, char Either);

    private static readonly ImmutableArray<Family> Families =
    [
        new Family('“', '”', '"'),
        new Family('‘', '’', '\0'),
        new Family('「', '」', '\0'),
        new Family('『', '』', '\0'),
    ];

    /// <summary>The marks of each family, for skipping blocks without any.</summary>
    private static readonly SearchValues<char>[] FamilyMarks =
        [.. Families.Select(f => SearchValues.Create(f.Either == '\0' ? [f.Open, f.Close] : [f.Open, f.Close, f.Either]))];

    /// <summary>Every mark of every family.</summary>
    private static readonly SearchValues<char> AllMarks =
        SearchValues.Create([.. Families.SelectMany(f => f.Either == '\0' ? new[] { f.Open, f.Close } : [f.Open, f.Close, f.Either])]);

    protected override void Analyze(DocumentAnalysisContext context, IReadOnlyList<TextSpan> blocks)
    {
        var tree = context.Tree;
        var text = tree.Text.ToString();
        var found = new List<Diagnostic>();
        var unpaired = new List<CrossBlockPairs.Unpaired>();
        for (int b = 0; b < blocks.Count; b++)
        {
            var blockText = text.AsSpan(blocks[b].Start, blocks[b].Length);
            if (blockText.IndexOfAny(AllMarks) < 0)
            {
                continue; // most paragraphs quote nothing
            }

            for (int f = 0; f < Families.Length; f++)
            {
                if (blockText.IndexOfAny(FamilyMarks[f]) < 0)
                {
                    continue;
                }

                var block = blocks[b];
                AnalyzeFamily(tree, text, block, Families[f], FamilyMarks[f], found, (position, opens) => unpaired.Add(new CrossBlockPairs.Unpaired(
                    position, b, f, opens, IsAtEdge(text, block.Start, position), IsAtEdge(text, position + 1, block.End))));
            }
        }

        unpaired.Sort((x, y) => x.Position.CompareTo(y.Position));
        var crossBlock = CrossBlockPairs.Find(unpaired, (b, f) => b < blocks.Count && OpensWith(text, blocks[b], Families[f].Open));
        found.RemoveAll(d => d.Properties.TryGetValue("problem", out var problem) && problem is "unclosed" or "unopened"
            && crossBlock.Contains(d.Location.SourceSpan.Start));
        found.Sort((a, b) => a.Location.SourceSpan.CompareTo(b.Location.SourceSpan));
        foreach (var diagnostic in found)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>Whether the first character of <paramref name="block"/> after white space is <paramref name="opener"/>.</summary>
    private static bool OpensWith(string text, TextSpan block, char opener)
    {
        for (int i = block.Start; i < block.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i] == opener;
            }
        }

        return false;
    }

    /// <summary>Whether <c>text[start..end)</c> holds nothing but white space and punctuation.</summary>
    private static bool IsAtEdge(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !char.IsPunctuation(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The position of the first of <paramref name="marks"/> in <c>text[start..end)</c>, or -1.</summary>
    private static int NextMark(string text, int start, int end, SearchValues<char> marks)
    {
        int k = text.AsSpan(start, end - start).IndexOfAny(marks);
        return k < 0 ? -1 : start + k;
    }

    private static void AnalyzeFamily(SpeechSyntaxTree tree, string text, TextSpan block, Family family, SearchValues<char> familyMarks, List<Diagnostic> found, Action<int, bool> onUnpaired)
    {
        void Unpaired(SpeechSyntaxTree tree, string text, Mark mark, string what, List<Diagnostic> found)
        {
            if (mark.Role != Role.Either)
            {
                onUnpaired(mark.Position, mark.Role == Role.Open);
            }

            ReportUnpaired(tree, text, mark, what, found);
        }

        var marks = new List<Mark>();
        for (int i = NextMark(text, block.Start, block.End, familyMarks); i >= 0; i = NextMark(text, i + 1, block.End, familyMarks))
        {
            char c = text[i];
            if (c == family.Open)
            {
                marks.Add(new Mark(i, c, Role.Open));
            }
            else if (c == family.Close)
            {
                // ’ between ASCII letters is an apostrophe (China’s), and so is ’ before the two digits of a year (’99昆明世博会).
                if (c == '’' && i > 0 && i + 1 < text.Length && char.IsAsciiLetter(text[i - 1]) && char.IsAsciiLetter(text[i + 1]))
                {
                    continue;
                }

                if (c == '’' && i + 2 < text.Length && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
                    && (i + 3 >= text.Length || !char.IsAsciiDigit(text[i + 3])))
                {
                    continue;
                }

                marks.Add(new Mark(i, c, Role.Close));
            }
            else if (c == family.Either && c != '\0')
            {
                marks.Add(new Mark(i, c, Role.Either));
            }
        }

        if (marks.Count == 0)
        {
            return;
        }

        int pending = -1;
        int k = 0;
        while (k < marks.Count)
        {
            var mark = marks[k];
            bool opens = mark.Role == Role.Open || (mark.Role == Role.Either && pending < 0);
            if (opens)
            {
                if (pending < 0)
                {
                    pending = k;
                }
                else
                {
                    // Two openers in a row: “…“. The pair is clear when the quotation is short and nothing closes the second.
                    bool nextCloses = k + 1 < marks.Count && marks[k + 1].Role == Role.Close;
                    if (IsShortQuotation(text, marks[pending].Position, mark.Position) && !nextCloses)
                    {
                        found.Add(Pair(tree, text, family, marks[pending], mark));
                        pending = -1;
                    }
                    else
                    {
                        Unpaired(tree, text, marks[pending], "opens a quotation that is never closed", found);
                        pending = k;
                    }
                }

                k++;
                continue;
            }

            if (pending >= 0)
            {
                var opener = marks[pending];
                if ((opener.Char != family.Open || mark.Char != family.Close) && !(opener.Role == Role.Either && mark.Role == Role.Either))
                {
                    found.Add(Pair(tree, text, family, opener, mark));
                }

                pending = -1;
                k++;
                continue;
            }

            // ” opening the paragraph and “ ending it (”，文化部“): the quotations of the paragraphs before and after run across
            // it, as where each quoted phrase is a paragraph of its own. Left to the cross-paragraph pairing, not swapped.
            if (k == 0 && marks.Count == 2 && mark.Char == family.Close && marks[1].Char == family.Open
                && IsAtEdge(text, block.Start, mark.Position) && IsAtEdge(text, marks[1].Position + 1, block.End))
            {
                Unpaired(tree, text, mark, "closes a quotation that was never opened", found);
                Unpaired(tree, text, marks[1], "opens a quotation that is never closed", found);
                return;
            }

            // A closer with nothing open: ”…“ (swapped) or ”…” (the first should open).
            if (k + 1 < marks.Count && IsShortQuotation(text, mark.Position, marks[k + 1].Position))
            {
                var next = marks[k + 1];
                bool nextOpens = next.Role != Role.Close;
                bool thirdCloses = k + 2 < marks.Count && marks[k + 2].Role == Role.Close;
                if ((nextOpens && !thirdCloses) || next.Role == Role.Close)
                {
                    found.Add(Pair(tree, text, family, mark, next));
                    k += 2;
                    continue;
                }
            }

            Unpaired(tree, text, mark, "closes a quotation that was never opened", found);
            k++;
        }

        if (pending >= 0)
        {
            Unpaired(tree, text, marks[pending], "opens a quotation that is never closed", found);
        }
    }

    private static bool IsShortQuotation(string text, int open, int close)
    {
        if (close - open - 1 > MaxRepairReach || close - open < 2)
        {
            return false;
        }

        for (int i = open + 1; i < close; i++)
        {
            if (text[i] is '。' or '！' or '？' or '；' || SyntaxFacts.IsLineBreak(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static Diagnostic Pair(SpeechSyntaxTree tree, string text, Family family, Mark opener, Mark closer)
    {
        var span = TextSpan.FromBounds(opener.Position, closer.Position + 1);
        var written = text.Substring(span.Start, span.Length);
        var meant = family.Open + written[1..^1] + family.Close;
        var message = $"The quotation marks of '{written}' are misdirected: write '{meant}'";
        var fix = CodeFix.Create(
            $"Rewrite the pair as {family.Open}…{family.Close}",
            [
                new TextChange(new TextSpan(opener.Position, 1), family.Open.ToString()),
                new TextChange(new TextSpan(closer.Position, 1), family.Close.ToString()),
            ],
            isSafe: true); // both marks of the pair, not a guess at one
        var properties = ImmutableDictionary<string, string?>.Empty.Add("problem", "misdirected").Add("expected", meant);
        return Diagnostic.Create(BuiltInRules.QuotationMarks, RuleText.Location(tree, span), null, properties, fix, message);
    }

    private static void ReportUnpaired(SpeechSyntaxTree tree, string text, Mark mark, string what, List<Diagnostic> found)
    {
        if (mark.Role == Role.Either)
        {
            return; // a lone half-width " may be an inch mark or a ditto; only report it inside a broken pair
        }

        var span = new TextSpan(mark.Position, 1);
        var context = RuleText.Excerpt(text.AsSpan(mark.Position, Math.Min(12, text.Length - mark.Position)), 12);
        var message = $"'{mark.Char}' {what} (at '{context}')";
        var properties = ImmutableDictionary<string, string?>.Empty.Add("problem", mark.Role == Role.Open ? "unclosed" : "unopened");
        found.Add(Diagnostic.Create(BuiltInRules.QuotationMarks, RuleText.Location(tree, span), null, properties, null, message));
    }
}
