using System.Runtime.CompilerServices;

namespace PolicySpeech.Analyzers;

/// <summary>
/// A read-mostly open-addressing hash table from non-zero <see cref="ulong"/> keys (packed CJK words) to
/// <see cref="float"/> values. Faster than <see cref="Dictionary{TKey, TValue}"/> for the detector's hot loop.
/// Filled once while building; never mutated after it is shared.
/// </summary>
internal sealed class PackedKeyTable
{
    private readonly ulong[] _keys;
    private readonly float[] _values;
    private readonly byte[] _flags;
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>Creates an empty table able to hold <paramref name="capacity"/> keys at a load factor of at most one half.</summary>
    /// <param name="capacity">The number of keys it will hold.</param>
    public PackedKeyTable(int capacity)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _keys = new ulong[size];
        _values = new float[size];
        _flags = new byte[size];
        _mask = size - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
    }

    /// <summary>The number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>The slots, for copying.</summary>
    internal int Capacity => _keys.Length;

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
        var keys = _keys;
        var slot = Slot(key);
        while (true)
        {
            var k = keys[slot];
            if (k == key)
            {
                value = _values[slot];
                flags = _flags[slot];
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
            var k = _keys[slot];
            if (k == key)
            {
                if (replaceValue)
                {
                    _values[slot] = value;
                }

                _flags[slot] |= flags;
                return;
            }

            if (k == 0)
            {
                if ((Count + 1) * 2 > _keys.Length)
                {
                    throw new InvalidOperationException("PackedKeyTable is full.");
                }

                _keys[slot] = key;
                _values[slot] = value;
                _flags[slot] = flags;
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
    public bool TryGet(ulong key, out float value)
    {
        var keys = _keys;
        var slot = Slot(key);
        while (true)
        {
            var k = keys[slot];
            if (k == key)
            {
                value = _values[slot];
                return true;
            }

            if (k == 0)
            {
                value = 0;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Whether a key is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when present.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ulong key) => TryGet(key, out _);

    /// <summary>Copies every entry into <paramref name="target"/>.</summary>
    /// <param name="target">A table with room for them.</param>
    public void CopyTo(PackedKeyTable target)
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                target.Set(_keys[i], _values[i]);
                target.AddFlags(_keys[i], _values[i], _flags[i]);
            }
        }
    }

    /// <summary>Enumerates the entries.</summary>
    /// <returns>Key/value pairs.</returns>
    public IEnumerable<(ulong Key, float Value)> Entries()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != 0)
            {
                yield return (_keys[i], _values[i]);
            }
        }
    }

    /// <summary>The keys, for enumeration without allocation (0 = empty slot).</summary>
    internal ReadOnlySpan<ulong> RawKeys => _keys;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
