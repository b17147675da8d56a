using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

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
internal sealed partial class WordSegmenter
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
    internal List<string> Cut(string text, bool hmm)
    {
        var words = new List<string>();
        foreach (var block in WordRun().Split(text))
        {
            if (block.Length == 0)
            {
                continue;
            }

            if (WordRun().IsMatch(block))
            {
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

            foreach (var piece in Space().Split(block))
            {
                if (Space().IsMatch(piece))
                {
                    words.Add(piece);
                }
                else
                {
                    foreach (var c in piece)
                    {
                        words.Add(c.ToString());
                    }
                }
            }
        }

        return words;
    }

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
            foreach (var block in HanRun().Split(buffer))
            {
                if (HanRun().IsMatch(block))
                {
                    _hmm.CutHan(block, words);
                }
                else
                {
                    foreach (var piece in LatinRun().Split(block))
                    {
                        if (piece.Length > 0)
                        {
                            words.Add(piece);
                        }
                    }
                }
            }
        }
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

    // jieba.NET's patterns, verbatim: a run of word characters (re_han_default), a space (re_skip_default), a Han run
    // and a Latin run of the HMM (finalseg's re_han, re_skip).
    [GeneratedRegex(@"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\u00B7\-]+)")]
    private static partial Regex WordRun();

    [GeneratedRegex(@"(\r\n|\s)")]
    private static partial Regex Space();

    [GeneratedRegex(@"([\u4E00-\u9FD5]+)")]
    private static partial Regex HanRun();

    [GeneratedRegex(@"([a-zA-Z0-9]+(?:\.\d+)?%?)")]
    private static partial Regex LatinRun();
}
