namespace PolicySpeech.Analyzers;

/// <summary>
/// PS3002: unbalanced brackets and book-title marks, paired per paragraph: （ ） ( ) 《 》 〈 〉 【 】 〔 〕. Reports a
/// book title whose 《 was garbled into <c>((</c> (<c>《妇女权益保障法》((未成年人保护法》</c>), parentheses of mixed width
/// <c>(…）</c>, an opener never closed (<c>（…</c>), a closer with no opener, and an opener closed by another kind of
/// mark. Where the intended pair is clear the fix rewrites both marks of the pair.
/// </summary>
[SpeechAnalyzer]
internal sealed class BracketAnalyzer() : BlockAnalyzer(BuiltInRules.Brackets)
{
    protected override void Analyze(DocumentAnalysisContext context, IReadOnlyList<TextSpan> blocks)
    {
        var tree = context.Tree;
        var text = tree.Text.ToString();
        var events = new List<(BracketScanner.Event Event, TextSpan Block)>();
        var unpaired = new List<CrossBlockPairs.Unpaired>();
        var scanned = new List<BracketScanner.Event>();
        var stack = new List<int>();
        for (int b = 0; b < blocks.Count; b++)
        {
            BracketScanner.Scan(text, blocks[b], scanned, stack);
            foreach (var e in scanned)
            {
                if (e.Kind == BracketScanner.EventKind.Pair)
                {
                    continue; // well-formed: nothing to report
                }

                events.Add((e, blocks[b]));
                if (e.Kind == BracketScanner.EventKind.Unclosed)
                {
                    unpaired.Add(new CrossBlockPairs.Unpaired(e.Opener.Start, b, BracketScanner.Family(text[e.Opener.Start]), true));
                }
                else if (e.Kind == BracketScanner.EventKind.Unopened)
                {
                    unpaired.Add(new CrossBlockPairs.Unpaired(e.Closer, b, BracketScanner.Family(text[e.Closer]), false));
                }
            }
        }

        unpaired.Sort((x, y) => x.Position.CompareTo(y.Position));
        var crossBlock = CrossBlockPairs.Find(unpaired);
        foreach (var (e, block) in events)
        {
            if ((e.Kind == BracketScanner.EventKind.Unclosed && crossBlock.Contains(e.Opener.Start))
                || (e.Kind == BracketScanner.EventKind.Unopened && crossBlock.Contains(e.Closer)))
            {
                continue;
            }

            var diagnostic = e.Kind switch
            {
                BracketScanner.EventKind.GarbledBookTitle => Rewrite(tree, text, e, "《", "》", "garbledBookTitle",
                    $"'{Excerpt(text, e)}': the book title's opening mark is written as '{text.Substring(e.Opener.Start, e.Opener.Length)}'; write '《'"),
                BracketScanner.EventKind.MixedPair => Rewrite(tree, text, e, "（", "）", "mixedWidth",
                    $"'{Excerpt(text, e)}' pairs a half-width and a full-width parenthesis; write '（…）'"),
                BracketScanner.EventKind.Mismatched => Single(tree, TextSpan.FromBounds(e.Opener.Start, e.Closer + 1), "mismatched",
                    $"'{text[e.Opener.Start]}' is closed by '{text[e.Closer]}' in '{Excerpt(text, e)}'"),
                BracketScanner.EventKind.Unclosed => Single(tree, e.Opener, "unclosed",
                    $"'{text[e.Opener.Start]}' is never closed (at '{RuleText.Excerpt(text.AsSpan(e.Opener.Start, Math.Min(12, block.End - e.Opener.Start)), 12)}')"),
                BracketScanner.EventKind.Unopened => Single(tree, new TextSpan(e.Closer, 1), "unopened",
                    $"'{text[e.Closer]}' closes nothing (after '{RuleText.Excerpt(text.AsSpan(Math.Max(block.Start, e.Closer - 11), Math.Min(12, e.Closer + 1 - block.Start)), 12)}')"),
                _ => null,
            };
            if (diagnostic is not null)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static string Excerpt(string text, BracketScanner.Event e) =>
        RuleText.Excerpt(text.AsSpan(e.Opener.Start, e.Closer + 1 - e.Opener.Start), 40);

    private static Diagnostic Rewrite(Syntax.SpeechSyntaxTree tree, string text, BracketScanner.Event e, string open, string close, string problem, string message)
    {
        var span = TextSpan.FromBounds(e.Opener.Start, e.Closer + 1);
        var written = text.Substring(span.Start, span.Length);
        var meant = open + text.Substring(e.Opener.End, e.Closer - e.Opener.End) + close;
        var fix = CodeFix.Create(
            $"Rewrite '{RuleText.Excerpt(written, 20)}' as '{RuleText.Excerpt(meant, 20)}'",
            [new TextChange(e.Opener, open), new TextChange(new TextSpan(e.Closer, 1), close)],
            isSafe: true); // both marks of the pair
        var properties = ImmutableDictionary<string, string?>.Empty.Add("problem", problem).Add("expected", meant);
        return Diagnostic.Create(BuiltInRules.Brackets, RuleText.Location(tree, span), null, properties, fix, message);
    }

    private static Diagnostic Single(Syntax.SpeechSyntaxTree tree, TextSpan span, string problem, string message) =>
        Diagnostic.Create(BuiltInRules.Brackets, RuleText.Location(tree, span), null, ImmutableDictionary<string, string?>.Empty.Add("problem", problem), null, message);
}
