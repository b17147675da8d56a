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

    /// <summary>The body paragraphs (and closing) in text order, each marked with the first paragraph it repeats exactly.</summary>
    public static List<Paragraph> Paragraphs(SpeechSyntaxTree tree)
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

            var span = text.AsSpan(paragraph.Span);
            var hash = RuleText.NormalizedHash(span, out _);
            int han = RuleText.HanCount(span);
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

        return result;
    }

    /// <summary>The hash of a sentence without its terminator and closing marks.</summary>
    public static (ulong A, ulong B) SentenceHash(SourceText text, SentenceSyntax sentence, out int hanCount)
    {
        var span = text.AsSpan(sentence.Span);
        int end = span.Length;
        while (end > 0 && (SyntaxFacts.IsSentenceTerminator(span[end - 1]) || RuleText.IsSpace(span[end - 1])))
        {
            end--;
        }

        hanCount = RuleText.HanCount(span[..end]);
        return RuleText.NormalizedHash(span[..end], out _);
    }
}
