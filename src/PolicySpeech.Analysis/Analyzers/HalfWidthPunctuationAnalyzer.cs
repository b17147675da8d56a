using System.Buffers;

namespace PolicySpeech.Analyzers;

/// <summary>
/// PS3003: half-width <c>,</c> <c>:</c> <c>;</c> <c>!</c> <c>?</c> <c>(</c> <c>)</c> in Chinese text — next to a Chinese
/// character or Chinese punctuation and not between ASCII letters or digits (1,000, 10:30 and URLs are left alone).
/// One finding per mark; the fix writes the full-width mark. Parentheses are reported only when they pair with each
/// other; unpaired or mixed-width ones are PS3002's.
/// </summary>
[SpeechAnalyzer]
internal sealed class HalfWidthPunctuationAnalyzer() : BlockAnalyzer(BuiltInRules.HalfWidthPunctuation)
{
    /// <summary>The half-width marks the rule looks at.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create(",:;!?()");

    protected override void Analyze(DocumentAnalysisContext context, IReadOnlyList<TextSpan> blocks)
    {
        var tree = context.Tree;
        var text = tree.Text.ToString();
        foreach (var block in blocks)
        {
            HashSet<int>? pairedParens = null;
            for (int i = NextMark(text, block.Start, block.End); i >= 0; i = NextMark(text, i + 1, block.End))
            {
                char c = text[i];
                char full = c switch
                {
                    ',' => '，',
                    ':' => '：',
                    ';' => '；',
                    '!' => '！',
                    '?' => '？',
                    '(' => '（',
                    ')' => '）',
                    _ => '\0',
                };
                if (full == '\0' || !IsInChineseText(text, i))
                {
                    continue;
                }

                if (c is '(' or ')')
                {
                    pairedParens ??= PairedAsciiParens(text, block);
                    if (!pairedParens.Contains(i))
                    {
                        continue;
                    }
                }

                var fix = CodeFix.Create($"Use '{full}'", [new TextChange(new TextSpan(i, 1), full.ToString())], isSafe: true);
                context.ReportDiagnostic(Diagnostic.Create(BuiltInRules.HalfWidthPunctuation, RuleText.Location(tree, new TextSpan(i, 1)), null, null, fix, c, full));
            }
        }
    }

    /// <summary>The position of the first half-width mark in <c>text[start..end)</c>, or -1.</summary>
    private static int NextMark(string text, int start, int end)
    {
        int k = text.AsSpan(start, end - start).IndexOfAny(Marks);
        return k < 0 ? -1 : start + k;
    }

    private static HashSet<int> PairedAsciiParens(string text, TextSpan block)
    {
        var set = new HashSet<int>();
        foreach (var e in BracketScanner.Scan(text, block))
        {
            if (e.Kind == BracketScanner.EventKind.Pair && text[e.Opener.Start] == '(')
            {
                set.Add(e.Opener.Start);
                set.Add(e.Closer);
            }
        }

        return set;
    }

    /// <summary>
    /// Whether the mark at <paramref name="i"/> stands in Chinese text: its nearest neighbours on the line (spaces and
    /// other half-width marks skipped) include a Chinese character or Chinese punctuation, they are not both ASCII
    /// letters or digits, and the mark is not attached to ASCII text while set off from the Chinese by a space.
    /// </summary>
    internal static bool IsInChineseText(string text, int i)
    {
        char before = Neighbour(text, i, -1);
        char after = Neighbour(text, i, +1);
        if (char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after))
        {
            return false; // 1,000  10:30  a,b
        }

        if (text[i] == ':' && i + 2 < text.Length && text[i + 1] == '/' && text[i + 2] == '/')
        {
            return false; // http://
        }

        char left = i > 0 ? text[i - 1] : '\n';
        char right = i + 1 < text.Length ? text[i + 1] : '\n';
        if ((char.IsAsciiLetterOrDigit(left) && SyntaxFacts.IsTriviaSpace(right)) || (SyntaxFacts.IsTriviaSpace(left) && char.IsAsciiLetterOrDigit(right)))
        {
            return false; // "Hello, world! 的意思": English punctuation, set off from the Chinese by a space
        }

        return SyntaxFacts.IsChinese(before) || SyntaxFacts.IsChinese(after);
    }

    private static bool IsHalfWidthMark(char c) => c is ',' or ':' or ';' or '!' or '?' or '(' or ')';

    private static char Neighbour(string text, int i, int step)
    {
        for (int k = i + step; k >= 0 && k < text.Length && !SyntaxFacts.IsLineBreak(text[k]); k += step)
        {
            if (!SyntaxFacts.IsTriviaSpace(text[k]) && !IsHalfWidthMark(text[k]))
            {
                return text[k];
            }
        }

        return '\n';
    }
}
