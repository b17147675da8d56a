using System.Collections.Immutable;
using System.Text;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Analyzers;

/// <summary>Character classes, structural nodes, normalisation and hashing shared by the built-in rules.</summary>
internal static class RuleText
{
    /// <summary>A Han character (<see cref="SyntaxFacts.IsHan(char)"/>).</summary>
    public static bool IsHan(char c) => SyntaxFacts.IsHan(c);

    /// <summary>Chinese (full-width) punctuation: CJK symbols, full-width forms, curly quotes, ellipsis, dashes.</summary>
    public static bool IsChinesePunctuation(char c) =>
        c is >= '\u3001' and <= '\u303F' && c != '〇'
        || c is >= '\uFF01' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20' or >= '\uFF3B' and <= '\uFF40' or >= '\uFF5B' and <= '\uFF65'
        || c is '“' or '”' or '‘' or '’' or '…' or '—' or '·' or '─';

    /// <summary>A Han character or Chinese punctuation.</summary>
    public static bool IsChinese(char c) => IsHan(c) || IsChinesePunctuation(c);

    /// <summary>A space (not a line break).</summary>
    public static bool IsSpace(char c) => SyntaxFacts.IsTriviaSpace(c);

    /// <summary>A line break.</summary>
    public static bool IsLineBreak(char c) => SyntaxFacts.IsLineBreak(c);

    /// <summary>Counts the Han characters in a span.</summary>
    public static int HanCount(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (var c in s)
        {
            if (IsHan(c))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// The document's structural nodes in text order — lines, sections, headings, paragraphs and the closing — without
    /// descending into sentences, clauses and tokens (much cheaper than <see cref="SyntaxNode.DescendantNodes"/>).
    /// </summary>
    public static IReadOnlyList<SyntaxNode> StructuralNodes(SpeechSyntaxTree tree) =>
        tree.GetOrCreateAnalysisData(static t =>
        {
            var result = new List<SyntaxNode>();
            Collect(t.Root, result);
            return new StructuralNodeList(result);
        }).Nodes;

    private sealed class StructuralNodeList(List<SyntaxNode> nodes)
    {
        public IReadOnlyList<SyntaxNode> Nodes { get; } = nodes.AsReadOnly();
    }

    private static void Collect(SyntaxNode node, List<SyntaxNode> result)
    {
        foreach (var child in node.Children)
        {
            switch (child.Kind)
            {
                case SyntaxKind.Section:
                case SyntaxKind.Subsection:
                case SyntaxKind.Item:
                    result.Add(child);
                    Collect(child, result);
                    break;
                case SyntaxKind.TitleLine:
                case SyntaxKind.SubtitleLine:
                case SyntaxKind.FrontMatterLine:
                case SyntaxKind.Salutation:
                case SyntaxKind.Heading:
                case SyntaxKind.Paragraph:
                case SyntaxKind.Closing:
                    result.Add(child);
                    break;
            }
        }
    }

    /// <summary>
    /// The comparison form of a character for duplicate detection, or '\0' to drop it: white space is dropped,
    /// ASCII punctuation becomes its full-width form, every double quote becomes “ and every single quote ‘.
    /// </summary>
    public static char NormalizeChar(char c)
    {
        if (c is >= '\u4E00' and <= '\u9FFF')
        {
            return c;
        }

        if (IsSpace(c) || IsLineBreak(c))
        {
            return '\0';
        }

        switch (c)
        {
            case '“' or '”' or '"' or '＂' or '「' or '」':
                return '“';
            case '‘' or '’' or '\'' or '＇' or '『' or '』':
                return '‘';
            case '(':
                return '（';
            case ')':
                return '）';
        }

        if (c is >= '!' and <= '~' && !char.IsAsciiLetterOrDigit(c))
        {
            return (char)(c + 0xFEE0);
        }

        return c;
    }

    /// <summary>The normalised form of a span (see <see cref="NormalizeChar"/>).</summary>
    public static string Normalize(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var n = NormalizeChar(c);
            if (n != '\0')
            {
                sb.Append(n);
            }
        }

        return sb.ToString();
    }

    /// <summary>A 128-bit hash of the normalised form of a span, without allocating.</summary>
    public static (ulong A, ulong B) NormalizedHash(ReadOnlySpan<char> s, out int normalizedLength)
    {
        ulong a = 14695981039346656037UL;
        ulong b = 0x9E3779B97F4A7C15UL;
        normalizedLength = 0;
        foreach (var c in s)
        {
            var n = NormalizeChar(c);
            if (n == '\0')
            {
                continue;
            }

            normalizedLength++;
            a = (a ^ n) * 1099511628211UL;
            b = (b ^ n) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;
        }

        return (Mix(a), Mix(b ^ a));
    }

    /// <summary>A strong 64-bit mixer (splitmix64 finaliser).</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    /// <summary>Shortens text for a message: at most <paramref name="max"/> characters, with … when cut.</summary>
    public static string Excerpt(ReadOnlySpan<char> s, int max = 24)
    {
        var trimmed = s.Trim();
        return trimmed.Length <= max ? trimmed.ToString() : string.Concat(trimmed[..max], "…");
    }

    /// <summary>Creates a rule descriptor whose help link is the rule's page.</summary>
    public static Diagnostics.DiagnosticDescriptor Descriptor(
        string id, string title, string messageFormat, string category, Diagnostics.DiagnosticSeverity severity, string description) =>
        new(id, title, messageFormat, category, severity, true, description, Diagnostics.DiagnosticDescriptor.HelpBase + id + ".md");

    /// <summary>The location of <paramref name="span"/> in the tree's document.</summary>
    public static Location Location(SpeechSyntaxTree tree, TextSpan span) => PolicySpeech.Text.Location.Create(tree.Path, tree.Text, span);

    /// <summary>What to delete to remove <paramref name="span"/>: the whole line with its indentation, line break and one following blank line when the span fills its line; otherwise the span itself.</summary>
    public static TextSpan DeletionSpan(SourceText text, TextSpan span)
    {
        int start = span.Start;
        while (start > 0 && RuleText.IsSpace(text[start - 1]))
        {
            start--;
        }

        int end = span.End;
        while (end < text.Length && RuleText.IsSpace(text[end]))
        {
            end++;
        }

        bool wholeLine = (start == 0 || RuleText.IsLineBreak(text[start - 1])) && (end == text.Length || RuleText.IsLineBreak(text[end]));
        if (!wholeLine)
        {
            return span;
        }

        if (end < text.Length && text[end] == '\r')
        {
            end++;
        }

        if (end < text.Length && text[end] == '\n')
        {
            end++;
        }

        // Also take one blank line after it, so that "title / blank / title / blank" loses a pair.
        int probe = end;
        while (probe < text.Length && RuleText.IsSpace(text[probe]))
        {
            probe++;
        }

        if (probe < text.Length && RuleText.IsLineBreak(text[probe]))
        {
            end = probe + (text[probe] == '\r' && probe + 1 < text.Length && text[probe + 1] == '\n' ? 2 : 1);
        }

        return TextSpan.FromBounds(start, end);
    }
}
