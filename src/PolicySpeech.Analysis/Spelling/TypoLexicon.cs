using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PolicySpeech.Spelling;

/// <summary>
/// An immutable unigram word lexicon (log probabilities) for words of 1 to <see cref="MaxWordLength"/> CJK
/// characters. Words of two or more characters are keyed by their UTF-16 code units packed into a
/// <see cref="ulong"/> (CJK code units are never 0, so the packing is unambiguous for up to four characters);
/// their proper prefixes are stored too, so a scan can stop as soon as no word can continue.
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

    private const int HanBase = 0x4E00;
    private const int HanCount = 0x9FFF - 0x4E00 + 1;
    private const byte Extendable = 1;
    private const int PairFilterLog2Bits = 22; // 512 KB
    private const int LongFilterLog2Bits = 21; // 256 KB
    private const int BinaryMagic = 0x4C545350; // "PSTL"
    private const int BinaryVersion = 1;

    private readonly PackedKeyTable _words; // words of 2..4 characters (log prob) and proper prefixes (NaN)
    private readonly float[] _single; // score of each CJK character as a one-character piece
    private readonly BigramIndex _bigrams;
    private readonly KeyFilter _pairFilter; // the two-character entries of _words (words and prefixes), for fast misses
    private readonly KeyFilter _longFilter; // the entries of three or four characters, for fast misses
    private readonly PairTable _pairs; // the same entries with their values and flags, compact
    private readonly ulong[] _names; // sorted, distinct: read as stored in the binary form, looked up only for candidate corrections
    private readonly double _logTotal;

    private TypoLexicon(PackedKeyTable words, (KeyFilter Filter, KeyFilter LongFilter, PairTable Table) pairs, float[] single, BigramIndex bigrams, ulong[] names, double logTotal)
    {
        _words = words;
        _pairFilter = pairs.Filter;
        _longFilter = pairs.LongFilter;
        _pairs = pairs.Table;
        _single = single;
        _bigrams = bigrams;
        _names = names;
        _logTotal = logTotal;
        OutOfVocabularyLogProb = (float)(Math.Log(0.5) - logTotal);
    }

    /// <summary>The log probability given to a single character that is not in the lexicon.</summary>
    public float OutOfVocabularyLogProb { get; }

    /// <summary>The number of entries: words of two or more characters and their prefixes.</summary>
    public int Count => _words.Count;

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
    public static bool IsHan(char c) => Syntax.SyntaxFacts.IsUnifiedIdeograph(c);

    /// <summary>Builds a lexicon from (word, frequency) entries.</summary>
    /// <param name="entries">Words of 1..4 CJK characters and their frequencies; duplicates keep the larger frequency.</param>
    /// <param name="names">Words that are personal or place names (never proposed as corrections).</param>
    /// <returns>The lexicon.</returns>
    public static TypoLexicon Create(IEnumerable<(string Word, double Frequency)> entries, IEnumerable<string>? names = null)
    {
        var keys = new List<ulong>();
        var freqs = new List<double>();
        foreach (var (word, f) in entries)
        {
            if (IsWord(word) && f > 0)
            {
                keys.Add(Pack(word));
                freqs.Add(f);
            }
        }

        var nameKeys = new HashSet<ulong>();
        foreach (var name in names ?? [])
        {
            if (IsWord(name))
            {
                nameKeys.Add(Pack(name));
            }
        }

        return Build(keys, freqs, nameKeys);
    }

    /// <summary>Builds the lexicon from the rows of the word list (columns word, frequency, name: <c>n</c> for a name).</summary>
    /// <param name="rows">The rows, as <see cref="Lexicons.LexiconReader"/> reads them.</param>
    /// <param name="extra">More words (e.g. the policy word list).</param>
    /// <returns>The lexicon.</returns>
    public static TypoLexicon Load(IEnumerable<string[]> rows, IEnumerable<(string Word, double Frequency)> extra)
    {
        var keys = new List<ulong>(140_000);
        var freqs = new List<double>(140_000);
        var names = new HashSet<ulong>();
        foreach (var row in rows)
        {
            var word = row[0];
            if (word.Length > MaxWordLength || row.Length < 2 || !IsWord(word)
                || !int.TryParse(row[1], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var f) || f <= 0)
            {
                continue;
            }

            var key = Pack(word);
            keys.Add(key);
            freqs.Add(f);
            if (row.Length > 2 && row[2] == "n")
            {
                names.Add(key);
            }
        }

        foreach (var (word, f) in extra)
        {
            if (IsWord(word) && f > 0)
            {
                keys.Add(Pack(word));
                freqs.Add(f);
            }
        }

        return Build(keys, freqs, names);
    }

    /// <summary>
    /// Writes the lexicon's tables in the binary form <see cref="ReadBinary"/> reads (little-endian): "PSTL", version 1,
    /// the log of the total frequency, the table size and the counts, then the arrays (8-byte items first).
    /// </summary>
    /// <param name="stream">The destination.</param>
    internal void WriteBinary(Stream stream)
    {
        var (slots, keys, values, flags) = _words.Export();
        var names = _names;
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(BinaryMagic);
        writer.Write(BinaryVersion);
        writer.Write(_logTotal);
        writer.Write(_words.Capacity);
        writer.Write(keys.Length);
        writer.Write(names.Length);
        writer.Write(_bigrams.Next.Length);
        writer.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(names.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(slots.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_single.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(_bigrams.Starts));
        writer.Write(MemoryMarshal.AsBytes(_bigrams.Next));
        writer.Write(flags);
    }

    /// <summary>Reads the form <see cref="WriteBinary"/> writes.</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="InvalidDataException">The data is not a binary lexicon of this version.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at load, over every entry: skip the slow first JIT tier (cold start)
    internal static TypoLexicon ReadBinary(ReadOnlySpan<byte> data)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new InvalidDataException("The binary lexicon is little-endian.");
        }

        int position = 0;
        if (BinaryPrimitives.ReadInt32LittleEndian(Take(data, ref position, 4)) != BinaryMagic || BinaryPrimitives.ReadInt32LittleEndian(Take(data, ref position, 4)) != BinaryVersion)
        {
            throw new InvalidDataException("Not a binary lexicon of this version.");
        }

        double logTotal = BinaryPrimitives.ReadDoubleLittleEndian(Take(data, ref position, 8));
        int size = BinaryPrimitives.ReadInt32LittleEndian(Take(data, ref position, 4));
        int count = BinaryPrimitives.ReadInt32LittleEndian(Take(data, ref position, 4));
        int nameCount = BinaryPrimitives.ReadInt32LittleEndian(Take(data, ref position, 4));
        int nextCount = BinaryPrimitives.ReadInt32LittleEndian(Take(data, ref position, 4));
        var keys = MemoryMarshal.Cast<byte, ulong>(Take(data, ref position, checked(count * 8)));
        var names = MemoryMarshal.Cast<byte, ulong>(Take(data, ref position, checked(nameCount * 8)));
        var slots = MemoryMarshal.Cast<byte, int>(Take(data, ref position, checked(count * 4)));
        var values = MemoryMarshal.Cast<byte, float>(Take(data, ref position, checked(count * 4)));
        var single = TakeArray<float>(data, ref position, HanCount);
        var starts = TakeArray<int>(data, ref position, HanCount + 1);
        var next = TakeArray<char>(data, ref position, nextCount);
        var flags = Take(data, ref position, count);
        if (position != data.Length)
        {
            throw new InvalidDataException("The binary lexicon has trailing data.");
        }

        foreach (var slot in slots)
        {
            if ((uint)slot >= (uint)size)
            {
                throw new InvalidDataException("The binary lexicon's table is invalid.");
            }
        }

        var table = PackedKeyTable.Import(size, slots, keys, values, flags);
        for (var i = 1; i < names.Length; i++)
        {
            if (names[i] <= names[i - 1])
            {
                throw new InvalidDataException("The binary lexicon's names are not sorted.");
            }
        }

        return new TypoLexicon(table, PairsOf(keys, values, flags), single, BigramIndex.FromArrays(starts, next), names.ToArray(), logTotal);
    }

    private static ReadOnlySpan<byte> Take(ReadOnlySpan<byte> data, ref int position, int length)
    {
        if (length < 0 || length > data.Length - position)
        {
            throw new InvalidDataException("The binary lexicon is truncated.");
        }

        var result = data.Slice(position, length);
        position += length;
        return result;
    }

    private static T[] TakeArray<T>(ReadOnlySpan<byte> data, ref int position, int count)
        where T : unmanaged => MemoryMarshal.Cast<byte, T>(Take(data, ref position, checked(count * Unsafe.SizeOf<T>()))).ToArray();

    /// <summary>Returns a lexicon that also knows <paramref name="words"/> (at <see cref="DefaultListedFrequency"/>).</summary>
    /// <param name="words">Extra words; words that are not 1..4 CJK characters are ignored.</param>
    /// <returns>A new lexicon, or this one when there is nothing to add.</returns>
    public TypoLexicon WithWords(IEnumerable<string> words)
    {
        var lp = (float)(Math.Log(DefaultListedFrequency) - _logTotal);
        var add = new List<ulong>();
        foreach (var word in words)
        {
            if (IsWord(word))
            {
                add.Add(Pack(word));
            }
        }

        if (add.Count == 0)
        {
            return this;
        }

        var table = new PackedKeyTable(_words.Count + (add.Count * MaxWordLength));
        _words.CopyTo(table);
        var single = (float[])_single.Clone();
        foreach (var key in add)
        {
            if (key <= 0xFFFF)
            {
                ref var slot = ref single[(int)key - HanBase];
                slot = Math.Max(slot, lp - SingleCharacterPenalty);
            }
            else
            {
                if (!table.TryGet(key, out var old) || float.IsNaN(old) || old < lp)
                {
                    table.Set(key, lp);
                }
            }
        }

        var all = new List<ulong>();
        foreach (var key in table.Keys())
        {
            if (table.TryGet(key, out var v) && !float.IsNaN(v))
            {
                all.Add(key);
            }
        }

        var bigrams = FinishTables(table, all);
        return new TypoLexicon(table, PairsOf(table), single, bigrams, _names, _logTotal);
    }

    /// <summary>Looks a word of two or more characters up.</summary>
    /// <param name="key">The packed word.</param>
    /// <param name="logProb">Its log probability.</param>
    /// <returns>Whether the word is known.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetLogProb(ulong key, out float logProb) => _words.TryGet(key, out logProb) && !float.IsNaN(logProb);

    /// <summary>Looks up a character sequence that may be a word, a prefix of a longer word, or both.</summary>
    /// <param name="key">The packed sequence (two or more characters).</param>
    /// <param name="logProb">Its log probability, NaN when it is only a prefix.</param>
    /// <param name="extendable">Whether some longer word starts with it.</param>
    /// <returns>Whether it is a word or a prefix.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetEntry(ulong key, out float logProb, out bool extendable)
    {
        if (key <= uint.MaxValue)
        {
            var a = (char)(key >> 16);
            var b = (char)key;
            if (!_pairFilter.MayContain(key))
            {
                logProb = 0;
                extendable = false;
                return false;
            }

            return _pairs.TryGet(a, b, out logProb, out extendable);
        }

        if (!_longFilter.MayContain(key))
        {
            logProb = 0;
            extendable = false;
            return false;
        }

        var found = _words.TryGet(key, out logProb, out var flags);
        extendable = (flags & Extendable) != 0;
        return found;
    }

    /// <summary>Looks a word up.</summary>
    /// <param name="word">The word.</param>
    /// <param name="logProb">Its log probability.</param>
    /// <returns>Whether the word is known.</returns>
    public bool TryGetLogProb(ReadOnlySpan<char> word, out float logProb)
    {
        logProb = 0;
        if (word.Length == 1)
        {
            logProb = SingleScore(word[0]) + SingleCharacterPenalty;
            return IsHan(word[0]) && logProb > OutOfVocabularyLogProb;
        }

        return word.Length is > 1 and <= MaxWordLength && TryGetLogProb(Pack(word), out logProb);
    }

    /// <summary>The score of a one-character piece: its log probability (or the out-of-vocabulary one) less <see cref="SingleCharacterPenalty"/>.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The score.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float SingleScore(char c) => IsHan(c) ? _single[c - HanBase] : OutOfVocabularyLogProb - SingleCharacterPenalty;

    /// <summary>Whether the word is a personal or place name (jieba tags nr, nrt, nrfg, ns).</summary>
    /// <param name="key">The packed word.</param>
    /// <returns><see langword="true"/> for a name.</returns>
    public bool IsName(ulong key) => Array.BinarySearch(_names, key) >= 0;

    /// <summary>Whether some word of two or more characters has <paramref name="a"/> directly followed by <paramref name="b"/>.</summary>
    /// <param name="a">The first character.</param>
    /// <param name="b">The second character.</param>
    /// <returns><see langword="true"/> when the pair occurs inside a lexicon word.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasBigram(char a, char b) => _bigrams.Contains(a, b);

    private static TypoLexicon Build(List<ulong> keys, List<double> freqs, HashSet<ulong> nameSet)
    {
        var names = nameSet.Order().ToArray();
        double total = 0;
        foreach (var f in freqs)
        {
            total += f;
        }

        var logTotal = Math.Log(total);
        var single = new float[HanCount];
        Array.Fill(single, (float)(Math.Log(0.5) - logTotal));
        var words = new PackedKeyTable(keys.Count * 2);
        var multi = new List<ulong>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var lp = (float)(Math.Log(freqs[i]) - logTotal);
            if (key <= 0xFFFF)
            {
                ref var slot = ref single[(int)key - HanBase];
                slot = Math.Max(slot, lp);
            }
            else
            {
                if (!words.TryGet(key, out var old) || float.IsNaN(old) || old < lp)
                {
                    words.Set(key, lp);
                }

                multi.Add(key);
            }
        }

        for (var i = 0; i < single.Length; i++)
        {
            single[i] -= SingleCharacterPenalty;
        }

        var bigrams = FinishTables(words, multi);
        words = words.Compacted(); // sized for the entries, not for the rows read: half the memory to fill at load, fewer cache misses
        return new TypoLexicon(words, PairsOf(words), single, bigrams, names, logTotal);
    }

    /// <summary>The two-character entries of a finished word table, as a filter and a compact table.</summary>
    private static (KeyFilter Filter, KeyFilter LongFilter, PairTable Table) PairsOf(PackedKeyTable words)
    {
        var (_, keys, values, flags) = words.Export();
        return PairsOf(keys, values, flags);
    }

    /// <summary>The two-character entries among exported word-table entries, as a filter and a compact table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at load: skip the slow first JIT tier (cold start)
    private static (KeyFilter Filter, KeyFilter LongFilter, PairTable Table) PairsOf(ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values, ReadOnlySpan<byte> flags)
    {
        var count = 0;
        foreach (var key in keys)
        {
            if (key is > 0xFFFF and <= uint.MaxValue)
            {
                count++;
            }
        }

        var filter = new KeyFilter(PairFilterLog2Bits);
        var longFilter = new KeyFilter(LongFilterLog2Bits);
        var table = new PairTable(count);
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            if (key is > 0xFFFF and <= uint.MaxValue)
            {
                var a = (char)(key >> 16);
                var b = (char)key;
                filter.Add(key);
                table.Add(a, b, values[i], (flags[i] & Extendable) != 0);
            }
            else if (key > uint.MaxValue)
            {
                longFilter.Add(key);
            }
        }

        return (filter, longFilter, table);
    }

    private static BigramIndex FinishTables(PackedKeyTable words, List<ulong> wordKeys)
    {
        foreach (var key in wordKeys)
        {
            for (var prefix = key >> 16; prefix > 0xFFFF; prefix >>= 16)
            {
                words.AddFlags(prefix, float.NaN, Extendable);
            }
        }

        return BigramIndex.Create(wordKeys);
    }

    private static bool IsWord(ReadOnlySpan<char> word)
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
}
