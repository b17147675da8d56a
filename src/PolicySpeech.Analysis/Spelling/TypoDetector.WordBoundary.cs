using PolicySpeech.Analyzers;

namespace PolicySpeech.Spelling;

/// <summary>
/// The word-boundary check of <see cref="TypoDetector"/>: a suspect whose characters the text as written reads as parts of two
/// different words is no typo. The suspect 条壮 (→ 条状) in 强链条壮集群 holds the end of 链条; the suspect 量大 (→ 最大) in 投资量大
/// begins with the suffix of 投资量; the suspect 前住 (→ 前往) in 今年底前住进新房 ends with the verb of the verb-complement compound 住进.
/// In each, the odd pair is an accident of two neighbouring words, not a slip.
/// </summary>
internal sealed partial class TypoDetector
{
    /// <summary>
    /// How far below the best segmentation of the text as written a reading that splits the suspect may score and still count:
    /// ln(20), a reading about a twentieth as likely as the best one.
    /// </summary>
    internal const float BoundaryTolerance = 3.0f;

    /// <summary>
    /// How far above the out-of-vocabulary score a character's one-character-word score must be for it to count as a verb that
    /// stands alone and takes a complement (住, 建, 走, 用, 送): ln(20,000) − 1, a jieba frequency of about 10,000.
    /// </summary>
    internal const float FreeVerbMargin = 8.9f;

    private static readonly Lazy<HashSet<char>> WordSuffixes = new(() => OneCharacterRows("Spelling/word-suffixes.txt"));

    private static readonly Lazy<HashSet<char>> VerbComplements = new(() => OneCharacterRows("Spelling/verb-complements.txt"));

    /// <summary>
    /// Whether the suspect straddles a word boundary of the text as written: either a real word (two or more characters, above
    /// the rare-word limit) holds some of the suspect's characters and some outside it, in a segmentation scoring within
    /// <see cref="BoundaryTolerance"/> of the best one (强|链条|壮); or the suspect begins with a bound suffix
    /// (Lexicons/Spelling/word-suffixes.txt) right after a real word, the derived word (投资量) being one the dictionary need not list;
    /// or the suspect ends in its wrong character, a common one-character word, right before a directional complement
    /// (Lexicons/Spelling/verb-complements.txt) that the correction would leave stranded: 前|住进 reads as a verb-complement compound
    /// the dictionary need not list, 前往|进 as a word and a dangling complement (<see cref="StrandsComplement"/>).
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

        if (candidate.Position == candidate.WordStart
            && WordSuffixes.Value.Contains(text[candidate.Position])
            && chart.WordEndsBefore(spanStart, real))
        {
            return true;
        }

        return StrandsComplement(text, runStart + chart.N, candidate, real)
            && chart.PieceLength[candidate.Position + 1 - runStart] == 1; // the complement stands alone as written (住进|新房, not 住|上海)
    }

    /// <summary>
    /// Whether the wrong character ends the suspect and, as written, forms a verb-complement compound with its right neighbour
    /// that the correction would break: the character is a common one-character word (above <see cref="FreeVerbMargin"/>), the
    /// neighbour a directional complement that the best segmentation leaves as a piece of its own (not 上 of 上海), and the corrected
    /// character and the complement form no real word (往进). The segmentation
    /// with the correction joins the corrected character to its left neighbour and strands the complement; without it, each
    /// character of the suspect belongs to a word with its other neighbour.
    /// </summary>
    private bool StrandsComplement(string text, int runEnd, Candidate candidate, float real)
    {
        var p = candidate.Position;
        if (p != candidate.WordStart + candidate.WordLength - 1 || p + 1 >= runEnd || !VerbComplements.Value.Contains(text[p + 1]))
        {
            return false;
        }

        if (_lexicon.SingleScore(text[p]) < _lexicon.OutOfVocabularyLogProb + FreeVerbMargin)
        {
            return false;
        }

        Span<char> corrected = [candidate.To, text[p + 1]];
        return !(_lexicon.TryGetLogProb(corrected, out var lp) && lp > real);
    }

    private static HashSet<char> OneCharacterRows(string path) =>
        [.. Lexicons.LexiconReader.ReadColumn(path).Where(s => s.Length == 1).Select(s => s[0])];
}
