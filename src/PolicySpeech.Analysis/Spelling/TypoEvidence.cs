using PolicySpeech.Analyzers;
using PolicySpeech.Text;

namespace PolicySpeech.Spelling;

/// <summary>
/// Evidence from the document itself that a suspected look-alike typo is written on purpose: the word is written more than once in
/// different contexts (a typo is a slip, a word used throughout is the author's; a copied passage repeats the slip), right before a place-name suffix of <c>Lexicons/Spelling/name-suffixes.txt</c> (乡忖村), ending in one that the fix would replace (荆竹村 → 竹材), or
/// a name of three or more characters ending in one after the character the fix would replace (和美湘村: the fix would change the
/// specific part of a name, not a common word), next to Latin letters (公募REITs), or an attributive particle that the fix would
/// turn into an adverbial one although no verb follows (“稳稳的幸福” → 稳稳地: Lexicons/Spelling/particle-confusions.txt).
/// </summary>
internal static class TypoEvidence
{
    private static readonly Lazy<Semantics.WordSet> NameSuffixes = new(() => new(Lexicons.LexiconReader.ReadColumn("Spelling/name-suffixes.txt")));

    private static readonly Lazy<HashSet<(char Written, char Meant)>> AdverbialParticles = new(() =>
        [.. Lexicons.LexiconReader.ReadRows("Spelling/particle-confusions.txt")
            .Where(r => r.Length >= 2 && r[0].Length == 1 && r[1].Length == 1)
            .Select(r => (r[0][0], r[1][0]))]);

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

        // A name of three or more characters that ends in a place-name suffix the fix keeps: the fix would change the specific part
        // of the name (和美湘村, a village brand), which is no typo of the common word it resembles (和美乡村).
        if (span.Length >= 3 && NameSuffixes.Value.LongestSuffix(text.AsSpan(span.Start, span.Length)) is { } suffix
            && finding.CharSpan.End <= span.End - suffix.Length)
        {
            return "part of a place name";
        }

        if ((span.Start > 0 && char.IsAsciiLetter(text[span.Start - 1])) || (span.End < text.Length && char.IsAsciiLetter(text[span.End])))
        {
            return "next to Latin letters";
        }

        if (IsAttributiveParticle(text, finding))
        {
            return "an attributive particle before a word that is not a verb";
        }

        return null;
    }

    /// <summary>
    /// Whether the fix turns an attributive particle that ends the suspect into the adverbial one (的 → 地) although no verb of
    /// Lexicons/Semantics/action-verbs.txt follows: 地 marks an adverbial, which stands before a verb (稳稳地推进), while 的 before a
    /// noun is right as written (“稳稳的幸福”).
    /// </summary>
    private static bool IsAttributiveParticle(string text, TypoFinding finding)
    {
        var at = finding.CharSpan.Start;
        return finding.CharSpan.End == finding.Span.End
            && finding.Correction.Length == 1
            && AdverbialParticles.Value.Contains((text[at], finding.Correction[0]))
            && Semantics.ActionClauses.Instance.VerbAt(text, finding.Span.End) is null;
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
