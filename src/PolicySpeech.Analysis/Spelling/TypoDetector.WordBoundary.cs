using PolicySpeech.Analyzers;

namespace PolicySpeech.Spelling;

/// <summary>
/// The word-boundary check of <see cref="TypoDetector"/>: a suspect whose characters the text as written reads as parts of two
/// different words is no typo. The suspect 条壮 (→ 条状) in 强链条壮集群 holds the end of 链条; the suspect 量大 (→ 最大) in 投资量大
/// begins with the suffix of 投资量. In both, the odd pair is an accident of two neighbouring words, not a slip.
/// </summary>
internal sealed partial class TypoDetector
{
    /// <summary>
    /// How far below the best segmentation of the text as written a reading that splits the suspect may score and still count:
    /// ln(20), a reading about a twentieth as likely as the best one.
    /// </summary>
    internal const float BoundaryTolerance = 3.0f;

    private static readonly Lazy<HashSet<char>> WordSuffixes = new(() =>
        [.. Lexicons.LexiconReader.ReadColumn("Spelling/word-suffixes.txt").Where(s => s.Length == 1).Select(s => s[0])]);

    /// <summary>
    /// Whether the suspect straddles a word boundary of the text as written: either a real word (two or more characters, above
    /// the rare-word limit) holds some of the suspect's characters and some outside it, in a segmentation scoring within
    /// <see cref="BoundaryTolerance"/> of the best one (强|链条|壮); or the suspect begins with a bound suffix
    /// (Lexicons/Spelling/word-suffixes.txt) right after a real word, the derived word (投资量) being one the dictionary need not list.
    /// </summary>
    private bool StraddlesWordBoundary(string text, RunChart chart, int runStart, Candidate candidate)
    {
        var real = _lexicon.OutOfVocabularyLogProb + RareWordLogFrequency;
        var spanStart = candidate.WordStart - runStart;
        var spanEnd = spanStart + candidate.WordLength;
        var across = chart.BestAcross(spanStart, spanEnd, real, out _, out _);
        if (across >= chart.Total - BoundaryTolerance)
        {
            return true;
        }

        return candidate.Position == candidate.WordStart
            && WordSuffixes.Value.Contains(text[candidate.Position])
            && chart.WordEndsBefore(spanStart, real);
    }
}
