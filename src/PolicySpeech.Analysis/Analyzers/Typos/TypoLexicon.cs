using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace PolicySpeech.Analyzers;

/// <summary>
/// An immutable unigram word lexicon (log probabilities) for words of 1 to <see cref="MaxWordLength"/> CJK
/// characters, with a best-segmentation search (maximum probability path through the word DAG, as jieba does).
/// Words are keyed by their UTF-16 code units packed into a <see cref="ulong"/> (CJK code units are never 0, so
/// the packing is unambiguous for up to four characters).
/// </summary>
internal sealed class TypoLexicon
{
    /// <summary>The longest word the lexicon keeps.</summary>
    public const int MaxWordLength = 4;

    /// <summary>Frequency given to hand-listed and configured words that carry no frequency.</summary>
    public const double DefaultListedFrequency = 2000;

    /// <summary>
    /// Extra cost of a one-character piece: jieba's single-character counts include characters of words it did not
    /// know, so they overstate how often a character stands alone.
    /// </summary>
    public const float SingleCharacterPenalty = 1.0f;

    private readonly Dictionary<ulong, float> _logProb;
    private readonly HashSet<uint> _bigrams;
    private readonly TypoLexicon? _base;
    private readonly double _logTotal;

    private TypoLexicon(Dictionary<ulong, float> logProb, HashSet<uint> bigrams, double logTotal, TypoLexicon? baseLexicon)
    {
        _logProb = logProb;
        _bigrams = bigrams;
        _logTotal = logTotal;
        _base = baseLexicon;
        OutOfVocabularyLogProb = (float)(Math.Log(0.5) - logTotal);
    }

    /// <summary>The log probability given to a single character that is not in the lexicon.</summary>
    public float OutOfVocabularyLogProb { get; }

    /// <summary>The number of words (base and overlay).</summary>
    public int Count => _logProb.Count + (_base?.Count ?? 0);

    /// <summary>Packs a word of at most four characters.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The key.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pack(ReadOnlySpan<char> word)
    {
        ulong key = 0;
        foreach (var c in word)
        {
            key = (key << 16) | c;
        }

        return key;
    }

    /// <summary>Whether <paramref name="c"/> is a CJK unified ideograph of the basic block.</summary>
    /// <param name="c">A UTF-16 code unit.</param>
    /// <returns><see langword="true"/> for U+4E00..U+9FFF.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) => c >= '\u4E00' && c <= '\u9FFF';

    /// <summary>Builds a lexicon from (word, frequency) entries.</summary>
    /// <param name="entries">Words of 1..4 CJK characters and their frequencies; later duplicates keep the larger frequency.</param>
    /// <returns>The lexicon.</returns>
    public static TypoLexicon Create(IEnumerable<(string Word, double Frequency)> entries)
    {
        var freq = new Dictionary<ulong, double>(150_000);
        double total = 0;
        foreach (var (word, f) in entries)
        {
            if (!IsWord(word) || f <= 0)
            {
                continue;
            }

            var key = Pack(word);
            if (freq.TryGetValue(key, out var old))
            {
                if (f > old)
                {
                    freq[key] = f;
                    total += f - old;
                }
            }
            else
            {
                freq.Add(key, f);
                total += f;
            }
        }

        var logTotal = Math.Log(total);
        var logProb = new Dictionary<ulong, float>(freq.Count);
        var bigrams = new HashSet<uint>(freq.Count * 2);
        foreach (var (key, f) in freq)
        {
            logProb.Add(key, (float)(Math.Log(f) - logTotal));
            AddBigrams(bigrams, key);
        }

        return new TypoLexicon(logProb, bigrams, logTotal, null);
    }

    /// <summary>Reads the gzip'ed "word&lt;TAB&gt;frequency" lexicon format.</summary>
    /// <param name="gzip">The compressed stream.</param>
    /// <param name="extra">More words (e.g. the policy word list).</param>
    /// <returns>The lexicon.</returns>
    public static TypoLexicon Load(Stream gzip, IEnumerable<(string Word, double Frequency)> extra)
    {
        using var zip = new GZipStream(gzip, CompressionMode.Decompress);
        using var reader = new StreamReader(zip, System.Text.Encoding.UTF8);
        return Create(ReadEntries(reader).Concat(extra));
    }

    /// <summary>Returns a lexicon that also knows <paramref name="words"/> (at <see cref="DefaultListedFrequency"/>).</summary>
    /// <param name="words">Extra words; words that are not 1..4 CJK characters are ignored.</param>
    /// <returns>A lexicon overlaying this one, or this one when there is nothing to add.</returns>
    public TypoLexicon WithWords(IEnumerable<string> words)
    {
        var logProb = new Dictionary<ulong, float>();
        var bigrams = new HashSet<uint>();
        var lp = (float)(Math.Log(DefaultListedFrequency) - _logTotal);
        foreach (var word in words)
        {
            if (!IsWord(word))
            {
                continue;
            }

            var key = Pack(word);
            if (!TryGetLogProb(key, out var existing) || existing < lp)
            {
                logProb[key] = lp;
                AddBigrams(bigrams, key);
            }
        }

        return logProb.Count == 0 ? this : new TypoLexicon(logProb, bigrams, _logTotal, this);
    }

    /// <summary>Looks a word up.</summary>
    /// <param name="key">The packed word.</param>
    /// <param name="logProb">Its log probability.</param>
    /// <returns>Whether the word is known.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetLogProb(ulong key, out float logProb)
    {
        if (_logProb.TryGetValue(key, out logProb))
        {
            return true;
        }

        if (_base is not null)
        {
            return _base.TryGetLogProb(key, out logProb);
        }

        return false;
    }

    /// <summary>Looks a word up.</summary>
    /// <param name="word">The word.</param>
    /// <param name="logProb">Its log probability.</param>
    /// <returns>Whether the word is known.</returns>
    public bool TryGetLogProb(ReadOnlySpan<char> word, out float logProb)
    {
        logProb = 0;
        return word.Length is > 0 and <= MaxWordLength && TryGetLogProb(Pack(word), out logProb);
    }

    /// <summary>Whether some word of two or more characters has <paramref name="a"/> directly followed by <paramref name="b"/>.</summary>
    /// <param name="a">The first character.</param>
    /// <param name="b">The second character.</param>
    /// <returns><see langword="true"/> when the pair occurs inside a lexicon word.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasBigram(char a, char b)
    {
        var key = ((uint)a << 16) | b;
        return _bigrams.Contains(key) || (_base is not null && _base.HasBigram(a, b));
    }

    /// <summary>
    /// Finds the most probable segmentation of <paramref name="text"/> into lexicon words and out-of-vocabulary
    /// single characters, and reports the piece that covers <paramref name="focus"/>.
    /// </summary>
    /// <param name="text">At most 64 characters.</param>
    /// <param name="focus">An index into <paramref name="text"/>.</param>
    /// <param name="pieceStart">The start of the piece covering <paramref name="focus"/>.</param>
    /// <param name="pieceLength">Its length.</param>
    /// <param name="pieceLogProb">Its log probability.</param>
    /// <returns>The log probability of the best segmentation.</returns>
    public float BestSegmentation(ReadOnlySpan<char> text, int focus, out int pieceStart, out int pieceLength, out float pieceLogProb)
    {
        var n = text.Length;
        Span<float> best = stackalloc float[n + 1];
        Span<byte> back = stackalloc byte[n + 1];
        Span<float> pieceLp = stackalloc float[n + 1];
        best[0] = 0;
        for (var j = 1; j <= n; j++)
        {
            var single = TryGetLogProb(text[j - 1], out var lp1) ? lp1 : OutOfVocabularyLogProb;
            var bestScore = best[j - 1] + single - SingleCharacterPenalty;
            byte bestLen = 1;
            var bestPiece = single;
            var maxLen = Math.Min(MaxWordLength, j);
            ulong key = text[j - 1];
            for (var k = 2; k <= maxLen; k++)
            {
                key |= (ulong)text[j - k] << (16 * (k - 1));
                if (TryGetLogProb(key, out var lp))
                {
                    var score = best[j - k] + lp;
                    if (score > bestScore)
                    {
                        bestScore = score;
                        bestLen = (byte)k;
                        bestPiece = lp;
                    }
                }
            }

            best[j] = bestScore;
            back[j] = bestLen;
            pieceLp[j] = bestPiece;
        }

        var end = n;
        pieceStart = 0;
        pieceLength = 1;
        pieceLogProb = 0;
        while (end > 0)
        {
            var len = back[end];
            var start = end - len;
            if (focus >= start && focus < end)
            {
                pieceStart = start;
                pieceLength = len;
                pieceLogProb = pieceLp[end];
                break;
            }

            end = start;
        }

        return best[n];
    }

    private bool TryGetLogProb(char c, out float logProb) => TryGetLogProb((ulong)c, out logProb);

    private static bool IsWord(string word)
    {
        if (word.Length is 0 or > MaxWordLength)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!IsHan(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddBigrams(HashSet<uint> bigrams, ulong key)
    {
        // key holds the characters big-endian in 16-bit lanes; walk adjacent lanes.
        while ((key >> 16) != 0)
        {
            var b = (uint)(key & 0xFFFF);
            var a = (uint)((key >> 16) & 0xFFFF);
            bigrams.Add((a << 16) | b);
            key >>= 16;
        }
    }

    private static IEnumerable<(string Word, double Frequency)> ReadEntries(StreamReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), out var f))
            {
                continue;
            }

            yield return (line[..tab], f);
        }
    }
}
