using System.IO.Compression;
using System.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// The word segmenter: jieba's accurate mode (maximum-probability path over the word graph of its prefix dictionary,
/// the HMM for unknown words), with the domain words of Lexicons/Semantics/segmenter-words.txt added. Its cuts are
/// those of jieba.NET 0.42.2 <c>Cut(text, cutAll: false, hmm: true)</c> (a test compares them), from data embedded in
/// the library (<c>segmenter-dictionary.tsv.gz</c>, <c>segmenter-hmm.tsv.gz</c>, built by
/// tools/lexicon/build_segmenter_data.py), loaded lazily once per process in a few tens of milliseconds.
/// </summary>
/// <remarks>
/// Only the commitment extractor uses it, on the short phrases whose word boundary its rules cannot settle (the light
/// verb at the head of an indicator, the alignment of coordinated indicators), so the diagnostics never load it. The
/// loaded segmenter is read-only: concurrent use from the batch is safe.
/// </remarks>
internal sealed class WordSegmenter
{
    private static readonly Lazy<WordSegmenter> Instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SegmenterDictionary _dictionary;
    private readonly HiddenMarkovSegmenter _hmm;

    private WordSegmenter(SegmenterDictionary dictionary, HiddenMarkovSegmenter hmm)
    {
        _dictionary = dictionary;
        _hmm = hmm;
    }

    /// <summary>Cuts <paramref name="phrase"/> into words (accurate mode, HMM for unknown words).</summary>
    /// <param name="phrase">A short phrase.</param>
    /// <returns>The words, whose concatenation is <paramref name="phrase"/>.</returns>
    internal static IReadOnlyList<string> Cut(string phrase) => phrase.Length == 0 ? [] : Instance.Value.Cut(phrase, hmm: true);

    /// <summary>Cuts <paramref name="text"/> as jieba's <c>cut(text, cut_all=False, HMM=hmm)</c> does.</summary>
    /// <remarks>
    /// jieba splits the text into runs of word characters (re_han_default) and the rest; the rest gives one word per
    /// character, except that \r\n stays one word (re_skip_default). The runs are scanned here, not split with a regex.
    /// </remarks>
    internal List<string> Cut(string text, bool hmm)
    {
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            if (IsWordChar(text[i]))
            {
                i = SyntaxFacts.RunEnd(text, i, IsWordChar);
                var block = text[start..i];
                if (hmm)
                {
                    CutWithHmm(block, words);
                }
                else
                {
                    CutWithoutHmm(block, words);
                }

                continue;
            }

            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            words.Add(text[start..i]);
        }

        return words;
    }

    // jieba.NET's re_han_default, verbatim: [\u4E00-\u9FD5a-zA-Z0-9+#&\._%\u00B7\-].
    private static bool IsWordChar(char c) => IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '\u00B7' or '-';

    // finalseg's re_han: [\u4E00-\u9FD5].
    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    private static WordSegmenter Load()
    {
        var dictionary = SegmenterDictionary.Parse(ReadResource("segmenter-dictionary.tsv.gz"));
        HiddenMarkovSegmenter hmm;
        using (var reader = new StreamReader(new GZipStream(Lexicons.LexiconReader.Open("Semantics/segmenter-hmm.tsv.gz"), CompressionMode.Decompress), Encoding.UTF8))
        {
            hmm = HiddenMarkovSegmenter.Parse(reader);
        }

        var segmenter = new WordSegmenter(dictionary, hmm);
        // jieba's add_word without a count: the count that lets the word win over its own best cut (suggest_freq),
        // against the dictionary as it is at that moment, one word after the other.
        foreach (var row in Lexicons.LexiconReader.ReadRows("Semantics/segmenter-words.txt"))
        {
            var word = row[0];
            dictionary.Add(word, segmenter.SuggestCount(word));
        }

        return segmenter;
    }

    private int SuggestCount(string word)
    {
        double total = _dictionary.Total;
        double p = 1;
        foreach (var piece in Cut(word, hmm: false))
        {
            p *= _dictionary.CountOrOne(piece) / total;
        }

        return Math.Max((int)(p * total) + 1, _dictionary.CountOrOne(word));
    }

    private static string ReadResource(string fileName)
    {
        using var stream = Lexicons.LexiconReader.Open("Semantics/" + fileName);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes, 1 << 16);
        return Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    // The best path through the word graph (jieba's get_DAG + calc): route[i] = the end (inclusive) of the word that
    // starts at i. jieba.NET keeps the first (shortest) of equal candidates.
    private int[] Route(string text)
    {
        int n = text.Length;
        var end = new int[n + 1];
        var score = new double[n + 1];
        double logTotal = Math.Log(_dictionary.Total); // the total as it is now (the domain words change it while they load)
        for (int i = n - 1; i >= 0; i--)
        {
            double best = double.MinValue;
            int bestEnd = -1;
            bool any = false;
            int from = 0;
            for (int j = i; j < n; j++)
            {
                int count = _dictionary.Probe(text.AsSpan(i, j - i + 1), ref from);
                if (count < 0)
                {
                    break;
                }

                if (count > 0)
                {
                    any = true;
                    Consider(j, count, logTotal, score, ref best, ref bestEnd);
                }
            }

            if (!any)
            {
                Consider(i, _dictionary.CountOrOne(text.AsSpan(i, 1)), logTotal, score, ref best, ref bestEnd);
            }

            end[i] = bestEnd;
            score[i] = best;
        }

        return end;
    }

    // The word ending at j (inclusive) with its count, against the best so far.
    private static void Consider(int j, int count, double logTotal, double[] score, ref double best, ref int bestEnd)
    {
        double p = Math.Log(count) - logTotal + score[j + 1];
        if (best < p)
        {
            best = p;
            bestEnd = j;
        }
    }

    private void CutWithHmm(string text, List<string> words)
    {
        var route = Route(text);
        int x = 0, bufferStart = -1;
        while (x < text.Length)
        {
            int y = route[x] + 1;
            if (y - x == 1)
            {
                if (bufferStart < 0)
                {
                    bufferStart = x;
                }
            }
            else
            {
                if (bufferStart >= 0)
                {
                    AddBuffer(text[bufferStart..x], words);
                    bufferStart = -1;
                }

                words.Add(text[x..y]);
            }

            x = y;
        }

        if (bufferStart >= 0)
        {
            AddBuffer(text[bufferStart..], words);
        }
    }

    // Single characters in a row: one character as it is; a run the dictionary lists, character by character; any
    // other run through the HMM (Han runs) or as runs of letters and digits.
    private void AddBuffer(string buffer, List<string> words)
    {
        if (buffer.Length == 1)
        {
            words.Add(buffer);
        }
        else if (_dictionary.ContainsWord(buffer))
        {
            foreach (var c in buffer)
            {
                words.Add(c.ToString());
            }
        }
        else
        {
            // finalseg: Han runs through the HMM; between them, runs of re_skip ([a-zA-Z0-9]+(?:\.\d+)?%?) and
            // what lies between those, each one word.
            int i = 0;
            while (i < buffer.Length)
            {
                int start = i;
                if (IsHan(buffer[i]))
                {
                    i = SyntaxFacts.RunEnd(buffer, i, IsHan);
                    _hmm.CutHan(buffer[start..i], words);
                    continue;
                }

                while (i < buffer.Length && !IsHan(buffer[i]))
                {
                    int end = LatinRunEnd(buffer, i);
                    if (end > i)
                    {
                        if (i > start)
                        {
                            words.Add(buffer[start..i]);
                        }

                        words.Add(buffer[i..end]);
                        i = start = end;
                    }
                    else
                    {
                        i++;
                    }
                }

                if (i > start)
                {
                    words.Add(buffer[start..i]);
                }
            }
        }
    }

    // The end of the match of [a-zA-Z0-9]+(?:\.\d+)?%? at i, or i where none starts there (the buffer holds only
    // characters of re_han_default, so \d is an ASCII digit).
    private static int LatinRunEnd(string text, int i)
    {
        int end = i;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        if (end == i)
        {
            return i;
        }

        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end += 2;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
        }

        return end < text.Length && text[end] == '%' ? end + 1 : end;
    }

    private void CutWithoutHmm(string text, List<string> words)
    {
        var route = Route(text);
        int x = 0, bufferStart = -1;
        while (x < text.Length)
        {
            int y = route[x] + 1;
            if (y - x == 1 && char.IsAsciiLetterOrDigit(text[x]))
            {
                if (bufferStart < 0)
                {
                    bufferStart = x;
                }
            }
            else
            {
                if (bufferStart >= 0)
                {
                    words.Add(text[bufferStart..x]);
                    bufferStart = -1;
                }

                words.Add(text[x..y]);
            }

            x = y;
        }

        if (bufferStart >= 0)
        {
            words.Add(text[bufferStart..]);
        }
    }
}
