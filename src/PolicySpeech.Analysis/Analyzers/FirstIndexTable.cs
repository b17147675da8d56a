using System.Buffers;

namespace PolicySpeech.Analyzers;

/// <summary>
/// The first index seen for each 128-bit hash (as <c>Dictionary&lt;(ulong, ulong), int&gt;</c> with <c>TryAdd</c>), in
/// open-addressing arrays rented from the shared pool: a duplicate rule's table of a document's paragraphs or sentences
/// allocates nothing. The hashes are already mixed, so the first half picks the slot. Dispose returns the arrays.
/// </summary>
internal struct FirstIndexTable : IDisposable
{
    private ulong[] _a;
    private ulong[] _b;
    private int[] _value; // the index + 1; 0 marks an empty slot
    private int _mask;

    /// <summary>A table for at most <paramref name="capacity"/> keys.</summary>
    public FirstIndexTable(int capacity)
    {
        int size = 16;
        while (size < capacity * 2)
        {
            size *= 2;
        }

        _mask = size - 1;
        _a = ArrayPool<ulong>.Shared.Rent(size);
        _b = ArrayPool<ulong>.Shared.Rent(size);
        _value = ArrayPool<int>.Shared.Rent(size);
        Array.Clear(_value, 0, size);
    }

    /// <summary>The index stored for <paramref name="hash"/>, if any.</summary>
    public readonly bool TryGetValue((ulong A, ulong B) hash, out int index)
    {
        int i = Find(hash);
        index = _value[i] - 1;
        return index >= 0;
    }

    /// <summary>Stores <paramref name="index"/> for <paramref name="hash"/> unless the hash has one; returns whether it was stored.</summary>
    public readonly bool TryAdd((ulong A, ulong B) hash, int index)
    {
        int i = Find(hash);
        if (_value[i] != 0)
        {
            return false;
        }

        _a[i] = hash.A;
        _b[i] = hash.B;
        _value[i] = index + 1;
        return true;
    }

    /// <summary>Returns the arrays to the pool.</summary>
    public void Dispose()
    {
        if (_value is null)
        {
            return;
        }

        ArrayPool<ulong>.Shared.Return(_a);
        ArrayPool<ulong>.Shared.Return(_b);
        ArrayPool<int>.Shared.Return(_value);
        (_a, _b, _value, _mask) = (null!, null!, null!, 0);
    }

    /// <summary>The slot of <paramref name="hash"/>, or the empty slot where it would go.</summary>
    private readonly int Find((ulong A, ulong B) hash)
    {
        int i = (int)(hash.A >> 32) & _mask;
        while (_value[i] != 0 && (_a[i] != hash.A || _b[i] != hash.B))
        {
            i = (i + 1) & _mask;
        }

        return i;
    }
}
