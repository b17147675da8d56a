using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Analyzers;

/// <summary>The paragraphs and sentences the repetition rules compare, with their normalised hashes.</summary>
internal static class DuplicateUnits
{
    /// <summary>Paragraphs and sentences with fewer Han characters are too short to count as duplicates (要加强组织领导).</summary>
    public const int MinHan = 8;

    /// <summary>A paragraph: its span, hash, Han count, and the index of the earlier paragraph it repeats exactly (-1 if none).</summary>
    internal readonly record struct Paragraph(ParagraphSyntax Node, (ulong A, ulong B) Hash, int HanCount, int RepeatOf);

    /// <summary>
    /// The body paragraphs (and closing) in text order, each marked with the first paragraph it repeats exactly.
    /// Computed once per tree and shared by PS2001, PS2002 and PS2004.
    /// </summary>
    public static IReadOnlyList<Paragraph> Paragraphs(SpeechSyntaxTree tree) =>
        tree.GetOrCreateAnalysisData(static t => new ParagraphList(Compute(t))).Items;

    /// <summary>The hash of a sentence without its terminator and closing marks.</summary>
    public static (ulong A, ulong B) SentenceHash(SourceText text, SentenceSyntax sentence, out int hanCount)
    {
        var span = text.AsSpan(sentence.Span);
        int end = span.Length;
        while (end > 0 && (SyntaxFacts.IsSentenceTerminator(span[end - 1]) || RuleText.IsSpace(span[end - 1])))
        {
            end--;
        }

        return HashAndHanCount(span[..end], out hanCount);
    }

    /// <summary><see cref="RuleText.NormalizedHash"/> and <see cref="RuleText.HanCount"/> in one pass.</summary>
    public static (ulong A, ulong B) HashAndHanCount(ReadOnlySpan<char> s, out int hanCount)
    {
        ulong a = 14695981039346656037UL;
        ulong b = 0x9E3779B97F4A7C15UL;
        int han = 0;
        foreach (var c in s)
        {
            char n;
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
                n = c;
            }
            else
            {
                if (RuleText.IsHan(c))
                {
                    han++;
                }

                n = RuleText.NormalizeChar(c);
                if (n == '\0')
                {
                    continue;
                }
            }

            a = (a ^ n) * 1099511628211UL;
            b = (b ^ n) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;
        }

        hanCount = han;
        return (RuleText.Mix(a), RuleText.Mix(b ^ a));
    }

    private static Paragraph[] Compute(SpeechSyntaxTree tree)
    {
        var text = tree.Text;
        var result = new List<Paragraph>();
        var first = new Dictionary<(ulong, ulong), int>();
        foreach (var node in RuleText.StructuralNodes(tree))
        {
            if (node is not ParagraphSyntax paragraph)
            {
                continue;
            }

            var hash = HashAndHanCount(text.AsSpan(paragraph.Span), out int han);
            int repeatOf = -1;
            if (han >= MinHan)
            {
                if (first.TryGetValue(hash, out int earlier))
                {
                    repeatOf = earlier;
                }
                else
                {
                    first[hash] = result.Count;
                }
            }

            result.Add(new Paragraph(paragraph, hash, han, repeatOf));
        }

        return [.. result];
    }

    private sealed class ParagraphList(Paragraph[] items)
    {
        public IReadOnlyList<Paragraph> Items { get; } = Array.AsReadOnly(items);
    }
}
