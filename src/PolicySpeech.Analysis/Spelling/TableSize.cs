namespace PolicySpeech.Spelling;

/// <summary>The slot count of the spelling engine's open-addressing tables (<see cref="PackedKeyTable"/>, <see cref="PairTable"/>).</summary>
internal static class TableSize
{
    /// <summary>The smallest power of two, at least 16, that holds <paramref name="capacity"/> keys at a load factor of at most one half.</summary>
    /// <param name="capacity">The number of keys the table will hold.</param>
    /// <returns>The number of slots.</returns>
    public static int ForCapacity(int capacity)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        return size;
    }
}
