using PolicySpeech.Analyzers;
using PolicySpeech.Text;

namespace PolicySpeech.Spelling;

/// <summary>
/// Evidence from the document itself that a suspected look-alike typo is written on purpose: the word is written more than once in
/// different contexts (a typo is a slip, a word used throughout is the author's; a copied passage repeats the slip), right before a place-name suffix of <c>Lexicons/Spelling/name-suffixes.txt</c> (乡忖村) or ending in one that the fix would replace (荆竹村 → 竹材), or
/// next to Latin letters (公募REITs).
/// </summary>
internal static class TypoEvidence
{
    private static readonly Lazy<Semantics.WordSet> NameSuffixes = new(() => new(Lexicons.LexiconReader.ReadColumn("Spelling/name-suffixes.txt")));

    /// <summary>Why <paramref name="finding"/> is no typo, or null where the document gives no reason.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="finding">The suspect.</param>
    /// <param name="all">Every suspect the detector found in the document.</param>
    public static string? Reason(string text, TypoFinding finding, IReadOnlyList<TypoFinding> all)
    {
        var span = finding.Span;
        if (WrittenElsewhere(text, finding, all))
        {
            return "written more than once";
        }

        var after = text.AsSpan(span.End);
        if (NameSuffixes.Value.StartsWithAny(after))
        {
            return "part of a place name";
        }

        // The character the fix would replace is itself a one-character place-name suffix ending the suspect: 荆竹村 is a village,
        // not 荆竹材.
        if (finding.CharSpan.End == span.End && NameSuffixes.Value.Contains(text[finding.CharSpan.Start].ToString()))
        {
            return "part of a place name";
        }

        if ((span.Start > 0 && char.IsAsciiLetter(text[span.Start - 1])) || (span.End < text.Length && char.IsAsciiLetter(text[span.End])))
        {
            return "next to Latin letters";
        }

        return null;
    }

    /// <summary>
    /// Whether the detector found the same word again in another context: a copy of the same passage (the same characters around
    /// it, as in a duplicated paragraph) repeats the slip and is no evidence. Only findings count, not every occurrence of the
    /// characters (属于预防 does not vouch for 监护于预).
    /// </summary>
    private static bool WrittenElsewhere(string text, TypoFinding finding, IReadOnlyList<TypoFinding> all)
    {
        foreach (var other in all)
        {
            if (other.Span != finding.Span && other.Original == finding.Original
                && (!Around(text, other.Span, before: true).SequenceEqual(Around(text, finding.Span, before: true))
                    || !Around(text, other.Span, before: false).SequenceEqual(Around(text, finding.Span, before: false))))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Around(string text, TextSpan span, bool before)
    {
        const int Context = 3;
        return before
            ? text.AsSpan(Math.Max(0, span.Start - Context), Math.Min(Context, span.Start))
            : text.AsSpan(span.End, Math.Min(Context, text.Length - span.End));
    }
}
