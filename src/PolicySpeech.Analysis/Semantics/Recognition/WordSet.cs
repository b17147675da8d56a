using System.Buffers;
using System.Collections;

namespace PolicySpeech.Semantics;

/// <summary>
/// The library's one multi-word matcher: a fixed set of words in a character trie, with its mirror for matches that end at a
/// position. It answers the longest
/// word at a position (<see cref="LongestAt"/>, <see cref="LongestPrefix"/>), the longest word ending at a position
/// (<see cref="LongestEndingAt"/>, <see cref="LongestSuffix"/>), starts-with (<see cref="StartsWithAny"/>) and contains
/// (<see cref="ContainsAny"/>), all with ordinal comparison; the recognisers, the commitment cues and the rules' unit and
/// word lists all match through it. The set is immutable once built; it enumerates its distinct words longest first
/// (among equal lengths in the order given).
/// </summary>
internal sealed class WordSet : IReadOnlyCollection<string>
{
    private readonly string[] _words;
    private readonly Trie _forward;

    // Built on first use: most sets are only ever asked one kind of question, and a cold start pays for what it builds.
    private readonly Lazy<Trie> _backward;
    private readonly bool _hasEmpty;

    /// <summary>Creates the set.</summary>
    /// <param name="words">The words (duplicates are dropped).</param>
    internal WordSet(IEnumerable<string> words)
    {
        _words = [.. words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length)];
        _hasEmpty = _words.Length > 0 && _words[^1].Length == 0;
        _forward = new Trie(_words, reverse: false);
        _backward = new(() => new Trie(_words, reverse: true));
    }

    /// <summary>The number of distinct words.</summary>
    public int Count => _words.Length;

    /// <summary>Whether <paramref name="text"/> contains any of the words.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when one of the words occurs in <paramref name="text"/>.</returns>
    /// <remarks>
    /// A scan of the trie from each position whose character starts a word: the texts asked about are clauses and sentences,
    /// where this beats <see cref="SearchValues{T}"/> of strings, whose Aho-Corasick automaton looks up a dictionary for every
    /// character outside ASCII.
    /// </remarks>
    internal bool ContainsAny(ReadOnlySpan<char> text)
    {
        if (_hasEmpty)
        {
            return true;
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (_forward.HasWordAt(text[i..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest word that <paramref name="text"/> starts with, or null when it starts with none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The word, or null.</returns>
    internal string? LongestPrefix(ReadOnlySpan<char> text) => _forward.Longest(text);

    /// <summary>The length of the longest word that <paramref name="text"/> starts with, or 0 when it starts with none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The length of the longest matching word, or 0.</returns>
    internal int PrefixLength(ReadOnlySpan<char> text) => _forward.Longest(text)?.Length ?? 0;

    /// <summary>Whether <paramref name="text"/> starts with any of the words.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when a word is a prefix of <paramref name="text"/>.</returns>
    internal bool StartsWithAny(ReadOnlySpan<char> text) => _forward.Longest(text) is not null;

    /// <summary>The longest word that starts at <paramref name="position"/> of <paramref name="text"/>, or null (also when the position is outside the text).</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">Where the word must start.</param>
    /// <returns>The word, or null.</returns>
    internal string? LongestAt(ReadOnlySpan<char> text, int position) =>
        (uint)position < (uint)text.Length ? _forward.Longest(text[position..]) : null;

    /// <summary>The longest word that <paramref name="text"/> ends with, or null when it ends with none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The word, or null.</returns>
    internal string? LongestSuffix(ReadOnlySpan<char> text) => _backward.Value.Longest(text);

    /// <summary>The longest word that ends at <paramref name="end"/> (exclusive) of <paramref name="text"/>, or null.</summary>
    /// <param name="text">The text.</param>
    /// <param name="end">Where the word must end.</param>
    /// <returns>The word, or null.</returns>
    internal string? LongestEndingAt(ReadOnlySpan<char> text, int end) => _backward.Value.Longest(text[..end]);

    /// <summary>The words, longest first.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// A character trie: the edge from node n on character c is <c>_edges[(n &lt;&lt; 16) | c]</c>; <c>_terminal[n]</c> is the
    /// word that ends at node n, if any. A mirrored trie (<c>reverse</c>) holds each word read from its end.
    /// </summary>
    private sealed class Trie
    {
        private readonly EdgeTable _edges;
        private readonly string?[] _terminal;
        private readonly bool _reverse;

        // The characters a word starts with (ends with, mirrored), one bit per UTF-16 code unit: most positions fail here,
        // without a dictionary lookup.
        private readonly ulong[] _first = new ulong[(char.MaxValue + 1) / 64];

        internal Trie(string[] words, bool reverse)
        {
            _reverse = reverse;
            _edges = new EdgeTable(words.Sum(w => w.Length));
            var terminal = new List<string?> { null };
            foreach (var word in words)
            {
                int node = 0;
                for (int i = 0; i < word.Length; i++)
                {
                    long key = Key(node, reverse ? word[word.Length - 1 - i] : word[i]);
                    if (!_edges.TryGetValue(key, out var next))
                    {
                        next = terminal.Count;
                        terminal.Add(null);
                        _edges.Add(key, next);
                    }

                    node = next;
                }

                terminal[node] ??= word;
            }

            _terminal = [.. terminal];
            foreach (var word in words)
            {
                if (word.Length > 0)
                {
                    char c = reverse ? word[^1] : word[0];
                    _first[c >> 6] |= 1UL << c;
                }
            }
        }

        /// <summary>Whether a word starts at the start of <paramref name="text"/> (forward tries only).</summary>
        internal bool HasWordAt(ReadOnlySpan<char> text)
        {
            if (!Starts(text[0]))
            {
                return false;
            }

            int node = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (!_edges.TryGetValue(Key(node, text[i]), out node))
                {
                    return false;
                }

                if (_terminal[node] is not null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The longest word at the start of <paramref name="text"/> (at its end for a mirrored trie), or null.</summary>
        internal string? Longest(ReadOnlySpan<char> text)
        {
            string? best = _terminal[0];
            if (text.IsEmpty || !Starts(_reverse ? text[^1] : text[0]))
            {
                return best;
            }

            int node = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (!_edges.TryGetValue(Key(node, _reverse ? text[text.Length - 1 - i] : text[i]), out node))
                {
                    break;
                }

                if (_terminal[node] is { } word)
                {
                    best = word;
                }
            }

            return best;
        }

        private bool Starts(char c) => (_first[c >> 6] & (1UL << c)) != 0;

        private static long Key(int node, char c) => ((long)node << 16) | c;
    }

    /// <summary>
    /// The trie's edges: an open-addressing table from key to node (linear probing, a multiplicative hash), which a lookup reads
    /// without the comparer and bucket indirections of a <see cref="Dictionary{TKey, TValue}"/>. Keys are never negative.
    /// </summary>
    private sealed class EdgeTable
    {
        private const long Empty = -1;
        private readonly long[] _keys;
        private readonly int[] _values;
        private readonly int _shift;

        internal EdgeTable(int capacity)
        {
            int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
            _keys = new long[size];
            Array.Fill(_keys, Empty);
            _values = new int[size];
            _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        }

        internal bool TryGetValue(long key, out int value)
        {
            int mask = _keys.Length - 1;
            for (int i = Slot(key); ; i = (i + 1) & mask)
            {
                long k = _keys[i];
                if (k == key)
                {
                    value = _values[i];
                    return true;
                }

                if (k == Empty)
                {
                    value = 0;
                    return false;
                }
            }
        }

        /// <summary>Adds a key not yet in the table (the table holds at most the capacity it was made for).</summary>
        internal void Add(long key, int value)
        {
            int mask = _keys.Length - 1;
            int i = Slot(key);
            while (_keys[i] != Empty)
            {
                i = (i + 1) & mask;
            }

            _keys[i] = key;
            _values[i] = value;
        }

        private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
    }
}
