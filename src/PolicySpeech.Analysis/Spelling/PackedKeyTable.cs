using System.Runtime.CompilerServices;

namespace PolicySpeech.Spelling;

/// <summary>
/// A read-mostly open-addressing hash table from non-zero <see cref="ulong"/> keys (packed CJK words) to
/// <see cref="float"/> values. Faster than <see cref="Dictionary{TKey, TValue}"/> for the detector's hot loop.
/// Filled once while building; never mutated after it is shared.
/// </summary>
internal sealed class PackedKeyTable
{
    // Key, value and flags side by side: a lookup touches one cache line, not three (the word table is far bigger than the caches).
    private readonly Entry[] _entries;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Creates an empty table able to hold <paramref name="capacity"/> keys at a load factor of at most one half.</summary>
    /// <param name="capacity">The number of keys it will hold.</param>
    public PackedKeyTable(int capacity)
    {
        var size = TableSize.ForCapacity(capacity);
        _entries = new Entry[size];
        _mask = size - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    /// <summary>The number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>The slots, for copying.</summary>
    internal int Capacity => _entries.Length;

    /// <summary>Adds or replaces a key (building phase only).</summary>
    /// <param name="key">A non-zero key.</param>
    /// <param name="value">Its value.</param>
    public void Set(ulong key, float value) => Slot(key, value, replaceValue: true, flags: 0);

    /// <summary>Adds flag bits to a key, adding the key with value <paramref name="value"/> when it is absent (building phase only).</summary>
    /// <param name="key">A non-zero key.</param>
    /// <param name="value">The value for a new key.</param>
    /// <param name="flags">The bits to set.</param>
    public void AddFlags(ulong key, float value, byte flags) => Slot(key, value, replaceValue: false, flags);

    /// <summary>Looks a key up, with its flags.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">Its value.</param>
    /// <param name="flags">Its flag bits.</param>
    /// <returns>Whether it is present.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ulong key, out float value, out byte flags)
    {
        var entries = _entries;
        var slot = Slot(key);
        while (true)
        {
            ref readonly var entry = ref entries[slot];
            var k = entry.Key;
            if (k == key)
            {
                value = entry.Value;
                flags = entry.Flags;
                return true;
            }

            if (k == 0)
            {
                value = 0;
                flags = 0;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private void Slot(ulong key, float value, bool replaceValue, byte flags)
    {
        var slot = Slot(key);
        while (true)
        {
            ref var entry = ref _entries[slot];
            var k = entry.Key;
            if (k == key)
            {
                if (replaceValue)
                {
                    entry.Value = value;
                }

                entry.Flags |= flags;
                return;
            }

            if (k == 0)
            {
                if ((Count + 1) * 2 > _entries.Length)
                {
                    throw new InvalidOperationException("PackedKeyTable is full.");
                }

                entry.Key = key;
                entry.Value = value;
                entry.Flags = flags;
                Count++;
                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Looks a key up.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">Its value.</param>
    /// <returns>Whether it is present.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ulong key, out float value) => TryGet(key, out value, out _);

    /// <summary>Whether a key is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when present.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ulong key) => TryGet(key, out _);

    /// <summary>Copies every entry into <paramref name="target"/>.</summary>
    /// <param name="target">A table with room for them.</param>
    public void CopyTo(PackedKeyTable target)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key != 0)
            {
                target.Set(entry.Key, entry.Value);
                target.AddFlags(entry.Key, entry.Value, entry.Flags);
            }
        }
    }

    /// <summary>A copy of the table sized for its entries (a load factor of at most one half).</summary>
    /// <returns>The new table.</returns>
    public PackedKeyTable Compacted()
    {
        var table = new PackedKeyTable(Count);
        CopyTo(table);
        return table;
    }

    /// <summary>Enumerates the entries.</summary>
    /// <returns>Key/value pairs.</returns>
    public IEnumerable<(ulong Key, float Value)> Entries()
    {
        for (var i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Key != 0)
            {
                yield return (_entries[i].Key, _entries[i].Value);
            }
        }
    }

    /// <summary>The keys, in slot order.</summary>
    /// <returns>The keys.</returns>
    internal List<ulong> Keys()
    {
        var keys = new List<ulong>(Count);
        foreach (var entry in _entries)
        {
            if (entry.Key != 0)
            {
                keys.Add(entry.Key);
            }
        }

        return keys;
    }

    /// <summary>The occupied slots in slot order: index, key, value and flags (for the binary lexicon form).</summary>
    internal (int[] Slots, ulong[] Keys, float[] Values, byte[] Flags) Export()
    {
        var slots = new int[Count];
        var keys = new ulong[Count];
        var values = new float[Count];
        var flags = new byte[Count];
        int n = 0;
        for (int i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Key != 0)
            {
                slots[n] = i;
                keys[n] = _entries[i].Key;
                values[n] = _entries[i].Value;
                flags[n] = _entries[i].Flags;
                n++;
            }
        }

        return (slots, keys, values, flags);
    }

    /// <summary>Rebuilds a table of <paramref name="size"/> slots from <see cref="Export"/>'s arrays, each entry in its slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs once, at load, over every entry: skip the slow first JIT tier (cold start)
    internal static PackedKeyTable Import(int size, ReadOnlySpan<int> slots, ReadOnlySpan<ulong> keys, ReadOnlySpan<float> values, ReadOnlySpan<byte> flags)
    {
        var table = new PackedKeyTable(size / 2);
        if (table._entries.Length != size || keys.Length * 2 > size)
        {
            throw new InvalidDataException("The binary lexicon's table size is invalid.");
        }

        var entries = table._entries;
        for (int i = 0; i < keys.Length; i++)
        {
            ref var entry = ref entries[slots[i]];
            entry.Key = keys[i];
            entry.Value = values[i];
            entry.Flags = flags[i];
        }

        table.Count = keys.Length;
        return table;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private struct Entry
    {
        public ulong Key;
        public float Value;
        public byte Flags;
    }
}
