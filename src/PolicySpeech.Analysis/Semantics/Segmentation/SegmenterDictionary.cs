using System.Globalization;
using System.Runtime.CompilerServices;

namespace PolicySpeech.Semantics;

/// <summary>
/// jieba's prefix dictionary: every word with its count; a key is a word or the prefix of one. The words of
/// <c>segmenter-dictionary.tsv.gz</c> stay in the file's text, sorted by UTF-16 code units, and are found by binary
/// search; words added later (<see cref="Add"/>) go into a small overlay. Read-only once loaded, so concurrent lookups
/// are safe.
/// </summary>
/// <remarks>
/// Loading scans the text once (no string or hash entry per word): a few tens of milliseconds for 349,046 words, where
/// jieba.NET's dictionary of strings and prefixes takes several hundred.
/// </remarks>
internal sealed class SegmenterDictionary
{
    private const string Header = "word\tcount\n";

    private readonly string _text;
    private readonly int[] _starts;
    private readonly byte[] _lengths;
    private readonly int[] _counts;

    /// <summary>For each UTF-16 code unit c, the first line whose word starts with c or a later unit; one more entry for the end.</summary>
    private readonly int[] _firstLines;
    private readonly Dictionary<string, int> _added = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _addedLookup;
    private readonly HashSet<string> _addedPrefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _addedPrefixLookup;

    private SegmenterDictionary(string text, int[] starts, byte[] lengths, int[] counts, double total)
    {
        _text = text;
        _starts = starts;
        _lengths = lengths;
        _counts = counts;
        _firstLines = new int[char.MaxValue + 2];
        foreach (int start in starts)
        {
            _firstLines[text[start] + 1]++;
        }

        for (int c = 1; c < _firstLines.Length; c++)
        {
            _firstLines[c] += _firstLines[c - 1];
        }

        Total = total;
        _addedLookup = _added.GetAlternateLookup<ReadOnlySpan<char>>();
        _addedPrefixLookup = _addedPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The sum of every count read or added (jieba's <c>total</c>).</summary>
    internal double Total { get; private set; }

    /// <summary>Reads the dictionary: comment lines, the header <c>word\tcount</c>, then one word a line in UTF-16 order.</summary>
    /// <param name="text">The file's text.</param>
    /// <exception cref="InvalidDataException">The text is not such a file.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once per process: optimise it at once
    internal static SegmenterDictionary Parse(string text)
    {
        var header = text.IndexOf(Header, StringComparison.Ordinal);
        if (header < 0)
        {
            throw new InvalidDataException("The segmenter dictionary has no 'word\\tcount' header.");
        }

        int start = header + Header.Length;
        var span = text.AsSpan();
        int lines = span[start..].Count('\n');
        var starts = new int[lines];
        var lengths = new byte[lines];
        var counts = new int[lines];
        double total = 0;
        for (int k = 0; k < lines; k++)
        {
            int end = start + span[start..].IndexOf('\n');
            var line = span[start..end];
            int tab = line.IndexOf('\t');
            if (tab <= 0 || tab > byte.MaxValue || !int.TryParse(line[(tab + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || (k > 0 && span.Slice(starts[k - 1], lengths[k - 1]).SequenceCompareTo(line[..tab]) > 0))
            {
                throw new InvalidDataException($"The segmenter dictionary's line {k + 1} is malformed or out of order: '{line.ToString()}'.");
            }

            starts[k] = start;
            lengths[k] = (byte)tab;
            counts[k] = count;
            total += count;
            start = end + 1;
        }

        return new SegmenterDictionary(text, starts, lengths, counts, total);
    }

    /// <summary>
    /// One lookup for the word graph: the count of <paramref name="key"/> when it is a word, 0 when it is only the prefix of
    /// one, −1 when it is neither (a key is a word or the prefix of one: jieba's <c>FREQ</c> holds both).
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="from">
    /// Where the binary search starts: the line a shorter prefix of <paramref name="key"/> was found at, which no longer
    /// key sorts before; set to the line found.
    /// </param>
    internal int Probe(ReadOnlySpan<char> key, ref int from)
    {
        if (_addedLookup.TryGetValue(key, out var added))
        {
            return added;
        }

        int i = from = LowerBound(key, from);
        if (i < _starts.Length && Word(i).StartsWith(key))
        {
            return _lengths[i] == key.Length ? _counts[i] : 0;
        }

        return _addedPrefixLookup.Contains(key) ? 0 : -1;
    }

    /// <summary>Whether <paramref name="word"/> is a word with a positive count.</summary>
    internal bool ContainsWord(ReadOnlySpan<char> word) => Find(word) > 0;

    /// <summary>The word's count, or 1 when it is not a word (jieba's <c>FREQ.get(w) or 1</c>).</summary>
    internal int CountOrOne(ReadOnlySpan<char> word) => Find(word) is > 0 and var count ? count : 1;

    /// <summary>Adds a word with its count, replacing the count it had (jieba's <c>add_word</c>), and its prefixes.</summary>
    internal void Add(string word, int count)
    {
        Total += count - Math.Max(Find(word), 0);
        _added[word] = count;
        for (int n = 1; n <= word.Length; n++)
        {
            _addedPrefixes.Add(word[..n]);
        }
    }

    // The word's count (0 for a key that is only a prefix or no key at all); an added word's count wins.
    private int Find(ReadOnlySpan<char> word)
    {
        if (_addedLookup.TryGetValue(word, out var added))
        {
            return added;
        }

        int i = LowerBound(word);
        return i < _starts.Length && Word(i).SequenceEqual(word) ? _counts[i] : 0;
    }

    private ReadOnlySpan<char> Word(int i) => _text.AsSpan(_starts[i], _lengths[i]);

    // The first line whose word is not below key in UTF-16 order (a repeated word: its first line; both have one count). Only
    // the lines of the key's first character are searched: every other line sorts wholly before or after the key.
    private int LowerBound(ReadOnlySpan<char> key, int lo = 0)
    {
        int hi = _starts.Length;
        if (!key.IsEmpty)
        {
            lo = Math.Max(lo, _firstLines[key[0]]);
            hi = _firstLines[key[0] + 1];
        }

        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (Word(mid).SequenceCompareTo(key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
