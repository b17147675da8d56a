using System.Buffers;

namespace PolicySpeech.Analyzers;

/// <summary>Pairs brackets and book-title marks within a block: （ ） ( ) 《 》 〈 〉 【 】 〔 〕 (nesting allowed).</summary>
internal static class BracketScanner
{
    /// <summary>What the scanner found.</summary>
    internal enum EventKind
    {
        /// <summary>A well-formed pair.</summary>
        Pair,

        /// <summary>A pair of parentheses of mixed width: <c>(…）</c>.</summary>
        MixedPair,

        /// <summary>A book title whose 《 was written as one or two parentheses: <c>((…》</c>.</summary>
        GarbledBookTitle,

        /// <summary>An opener with no closer.</summary>
        Unclosed,

        /// <summary>A closer with no opener.</summary>
        Unopened,

        /// <summary>An opener closed by a mark of another kind: <c>（…】</c>.</summary>
        Mismatched,
    }

    /// <summary>One finding: the opener's span (a run for a garbled book title) and the closer's position (-1 if none).</summary>
    internal readonly record struct Event(EventKind Kind, TextSpan Opener, int Closer);

    /// <summary>The family of a mark: 1 parentheses, 2 book title, 3 angle title, 4 lenticular, 5 tortoise shell; 0 for others.</summary>
    public static int Family(char c) => c switch
    {
        '（' or '(' or '）' or ')' => 1,
        '《' or '》' => 2,
        '〈' or '〉' => 3,
        '【' or '】' => 4,
        '〔' or '〕' => 5,
        _ => 0,
    };

    /// <summary>Every opener and closer.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("（(《〈【〔）)》〉】〕");

    public static bool IsOpener(char c) => c is '（' or '(' or '《' or '〈' or '【' or '〔';

    public static bool IsCloser(char c) => c is '）' or ')' or '》' or '〉' or '】' or '〕';

    /// <summary>Scans one block.</summary>
    public static List<Event> Scan(string text, TextSpan block)
    {
        var events = new List<Event>();
        Scan(text, block, events, new List<int>());
        return events;
    }

    /// <summary>Scans one block into <paramref name="events"/> (cleared first), with <paramref name="stack"/> as scratch.</summary>
    public static void Scan(string text, TextSpan block, List<Event> events, List<int> stack)
    {
        events.Clear();
        stack.Clear();
        for (int i = NextMark(text, block.Start, block.End); i >= 0; i = NextMark(text, i + 1, block.End))
        {
            char c = text[i];
            if (IsOpener(c))
            {
                stack.Add(i);
                continue;
            }

            if (!IsCloser(c))
            {
                continue;
            }

            int family = Family(c);
            if (stack.Count > 0 && Family(text[stack[^1]]) == family)
            {
                int open = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                bool mixed = family == 1 && (text[open] == '(') != (c == ')');
                events.Add(new Event(mixed ? EventKind.MixedPair : EventKind.Pair, new TextSpan(open, 1), i));
                continue;
            }

            // 《A》((B》: the book title's opener was written as a run of one or two parentheses.
            if (c == '》' && stack.Count > 0 && text[stack[^1]] is '(' or '（' && IsShortTitle(text, stack[^1] + 1, i))
            {
                int runEnd = stack[^1];
                int runStart = runEnd;
                stack.RemoveAt(stack.Count - 1);
                if (stack.Count > 0 && stack[^1] == runEnd - 1 && text[stack[^1]] is '(' or '（')
                {
                    runStart = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                }

                events.Add(new Event(EventKind.GarbledBookTitle, TextSpan.FromBounds(runStart, runEnd + 1), i));
                continue;
            }

            int match = stack.Count - 1;
            while (match >= 0 && Family(text[stack[match]]) != family)
            {
                match--;
            }

            if (match >= 0)
            {
                for (int s = stack.Count - 1; s > match; s--)
                {
                    events.Add(new Event(EventKind.Unclosed, new TextSpan(stack[s], 1), -1));
                }

                int open = stack[match];
                stack.RemoveRange(match, stack.Count - match);
                bool mixed = family == 1 && (text[open] == '(') != (c == ')');
                events.Add(new Event(mixed ? EventKind.MixedPair : EventKind.Pair, new TextSpan(open, 1), i));
                continue;
            }

            if (stack.Count > 0 && i - stack[^1] <= 40)
            {
                int open = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                events.Add(new Event(EventKind.Mismatched, new TextSpan(open, 1), i));
                continue;
            }

            // A list marker such as "1)" or "a)" at the start of a block is not a stray closer.
            if (c == ')' && i - block.Start <= 3 && i > block.Start && char.IsAsciiLetterOrDigit(text[i - 1]))
            {
                continue;
            }

            events.Add(new Event(EventKind.Unopened, default, i));
        }

        foreach (var open in stack)
        {
            events.Add(new Event(EventKind.Unclosed, new TextSpan(open, 1), -1));
        }

        events.Sort((a, b) => Start(a).CompareTo(Start(b)));
    }

    /// <summary>The position of the first bracket or book-title mark in <c>text[start..end)</c>, or -1.</summary>
    private static int NextMark(string text, int start, int end)
    {
        int k = text.AsSpan(start, end - start).IndexOfAny(Marks);
        return k < 0 ? -1 : start + k;
    }

    private static int Start(Event e) => e.Kind == EventKind.Unopened ? e.Closer : e.Opener.Start;

    private static bool IsShortTitle(string text, int start, int end)
    {
        if (end - start is < 1 or > 40)
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
            if (text[i] is '。' or '！' or '？' or '；' or '，' or ',' or '《' or '）' or ')')
            {
                return false;
            }
        }

        return true;
    }
}
