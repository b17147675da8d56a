using System.Runtime.CompilerServices;

namespace PolicySpeech.Spelling;

/// <summary>
/// The two-character entries of the word table (words and prefixes of longer words) in a compact open-addressing
/// table of eight-byte slots, a quarter of the size of the general table, so that the lookups the detector makes at
/// every character mostly hit the caches. Keys are pairs of basic-block CJK characters. Filled once while building;
/// never mutated after it is shared.
/// </summary>
internal sealed class PairTable
{
    private const uint ExtendableBit = 1u << 31;
    private const uint KeyMask = ExtendableBit - 1;

    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Creates an empty table able to hold <paramref name="capacity"/> pairs at a load factor of at most one half.</summary>
    /// <param name="capacity">The number of pairs it will hold.</param>
    public PairTable(int capacity)
    {
        var size = TableSize.ForCapacity(capacity);
        _entries = new Entry[size];
        _mask = size - 1;
        _shift = 32 - System.Numerics.BitOperations.Log2((uint)size);
    }

    /// <summary>Adds a pair (building phase only; each pair once).</summary>
    /// <param name="a">The first character (U+4E00..U+9FFF).</param>
    /// <param name="b">The second character (U+4E00..U+9FFF).</param>
    /// <param name="value">Its value.</param>
    /// <param name="extendable">Its flag.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into the loop that fills the table at load, which skips the slow first JIT tier (cold start)
    public void Add(char a, char b, float value, bool extendable)
    {
        var key = Key(a, b);
        var slot = Slot(key);
        while (_entries[slot].Key != 0)
        {
            if ((_entries[slot].Key & KeyMask) == key)
            {
                throw new InvalidOperationException("Duplicate pair.");
            }

            slot = (slot + 1) & _mask;
        }

        _entries[slot].Key = key | (extendable ? ExtendableBit : 0);
        _entries[slot].Value = value;
    }

    /// <summary>Looks a pair up.</summary>
    /// <param name="a">The first character.</param>
    /// <param name="b">The second character.</param>
    /// <param name="value">Its value.</param>
    /// <param name="extendable">Its flag.</param>
    /// <returns>Whether the pair is present.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(char a, char b, out float value, out bool extendable)
    {
        if ((uint)(a - '\u4E00') > '\u9FFF' - '\u4E00' || b == 0)
        {
            value = 0;
            extendable = false;
            return false;
        }

        var key = Key(a, b);
        var entries = _entries;
        var slot = Slot(key);
        while (true)
        {
            var entry = entries[slot];
            if ((entry.Key & KeyMask) == key)
            {
                value = entry.Value;
                extendable = (entry.Key & ExtendableBit) != 0;
                return true;
            }

            if (entry.Key == 0)
            {
                value = 0;
                extendable = false;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Key(char a, char b) => ((uint)(a - '\u4E00') << 16) | b;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> _shift);

    private struct Entry
    {
        public uint Key;
        public float Value;
    }
}
