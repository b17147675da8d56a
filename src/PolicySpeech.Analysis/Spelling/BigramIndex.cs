using System.Runtime.CompilerServices;

namespace PolicySpeech.Spelling;

/// <summary>
/// The adjacent character pairs that occur inside lexicon words, as one sorted row of second characters per first
/// character. About a megabyte, so it stays in the caches where a hash table of the same pairs would miss on nearly
/// every lookup; the detector asks it for every confusion candidate. Immutable once built.
/// </summary>
internal sealed class BigramIndex
{
    private const int HanBase = 0x4E00;
    private const int HanCount = 0x9FFF - 0x4E00 + 1;
    private const int FilterLog2Bits = 23; // 1 MB

    private readonly int[] _starts; // row of first character c: _next[_starts[c - HanBase].._starts[c - HanBase + 1])
    private readonly char[] _next;
    private readonly KeyFilter _filter; // the same pairs, answering most absent ones without a search

    private BigramIndex(int[] starts, char[] next)
    {
        _starts = starts;
        _next = next;
        _filter = CreateFilter(starts, next);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at load: skip the slow first JIT tier (cold start)
    private static KeyFilter CreateFilter(int[] starts, char[] next)
    {
        var filter = new KeyFilter(FilterLog2Bits);
        for (var row = 0; row < HanCount; row++)
        {
            var a = (ulong)(row + HanBase) << 16;
            for (var i = starts[row]; i < starts[row + 1]; i++)
            {
                filter.Add(a | next[i]);
            }
        }

        return filter;
    }

    /// <summary>The number of distinct pairs.</summary>
    public int Count => _next.Length;

    /// <summary>The row starts (one per basic-block CJK character, plus the end), for the binary lexicon form.</summary>
    internal ReadOnlySpan<int> Starts => _starts;

    /// <summary>The second characters of all rows, for the binary lexicon form.</summary>
    internal ReadOnlySpan<char> Next => _next;

    /// <summary>Rebuilds an index from <see cref="Starts"/> and <see cref="Next"/>.</summary>
    internal static BigramIndex FromArrays(int[] starts, char[] next)
    {
        if (starts.Length != HanCount + 1 || starts[HanCount] != next.Length)
        {
            throw new InvalidDataException("The binary lexicon's bigram index is invalid.");
        }

        return new BigramIndex(starts, next);
    }

    /// <summary>Collects the adjacent pairs of packed words (two to four CJK characters, 16 bits each).</summary>
    /// <param name="wordKeys">The packed words; repeats are fine.</param>
    /// <returns>The index.</returns>
    public static BigramIndex Create(IReadOnlyList<ulong> wordKeys)
    {
        var counts = new int[HanCount + 1];
        foreach (var key in wordKeys)
        {
            for (var k = key; (k >> 16) != 0; k >>= 16)
            {
                if (Row((char)(k >> 16)) is int row and >= 0 && IsHan((char)k))
                {
                    counts[row + 1]++;
                }
            }
        }

        for (var i = 1; i <= HanCount; i++)
        {
            counts[i] += counts[i - 1];
        }

        var fill = (int[])counts.Clone();
        var next = new char[counts[HanCount]];
        foreach (var key in wordKeys)
        {
            for (var k = key; (k >> 16) != 0; k >>= 16)
            {
                if (Row((char)(k >> 16)) is int row and >= 0 && IsHan((char)k))
                {
                    next[fill[row]++] = (char)k;
                }
            }
        }

        // Sort each row and squeeze out repeats in place.
        var starts = new int[HanCount + 1];
        var used = 0;
        for (var row = 0; row < HanCount; row++)
        {
            var span = next.AsSpan(counts[row], counts[row + 1] - counts[row]);
            span.Sort();
            starts[row] = used;
            for (var i = 0; i < span.Length; i++)
            {
                if (i == 0 || span[i] != span[i - 1])
                {
                    next[used++] = span[i];
                }
            }
        }

        starts[HanCount] = used;
        return new BigramIndex(starts, next.AsSpan(0, used).ToArray());
    }

    /// <summary>Whether some word has <paramref name="a"/> directly followed by <paramref name="b"/>.</summary>
    /// <param name="a">The first character.</param>
    /// <param name="b">The second character.</param>
    /// <returns><see langword="true"/> when the pair occurs inside a word.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(char a, char b)
    {
        var row = a - HanBase;
        if ((uint)row >= HanCount || !_filter.MayContain(((ulong)a << 16) | b))
        {
            return false;
        }

        var start = _starts[row];
        return new ReadOnlySpan<char>(_next, start, _starts[row + 1] - start).BinarySearch(b) >= 0;
    }

    private static int Row(char c) => IsHan(c) ? c - HanBase : -1;

    private static bool IsHan(char c) => Syntax.SyntaxFacts.IsUnifiedIdeograph(c);
}
