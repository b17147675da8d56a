using System.Runtime.CompilerServices;

namespace PolicySpeech.Spelling;

/// <summary>
/// A one-hash Bloom filter over non-zero packed keys (words of CJK characters, 16 bits each): a set that may answer
/// "maybe" for a key it does not hold but never "no" for one it holds. Small enough to stay in the caches, it answers most lookups of absent pairs
/// without touching the much larger exact tables behind it. Filled once while building; never mutated after it is shared.
/// </summary>
internal sealed class KeyFilter
{
    private readonly ulong[] _bits;
    private readonly int _shift;

    /// <summary>Creates an empty filter of 2^<paramref name="log2Bits"/> bits.</summary>
    /// <param name="log2Bits">The base-two logarithm of the number of bits (6..30).</param>
    public KeyFilter(int log2Bits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(log2Bits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(log2Bits, 30);
        _bits = new ulong[1 << (log2Bits - 6)];
        _shift = 64 - log2Bits;
    }

    /// <summary>Adds a key (building phase only).</summary>
    /// <param name="key">The key.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong key)
    {
        var h = Hash(key);
        _bits[h >> 6] |= 1UL << (int)h;
    }

    /// <summary>Whether the key may be in the set; <see langword="false"/> means it certainly is not.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="false"/> when the key was never added.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ulong key)
    {
        var h = Hash(key);
        return (_bits[h >> 6] & (1UL << (int)h)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Hash(ulong key) => (uint)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
