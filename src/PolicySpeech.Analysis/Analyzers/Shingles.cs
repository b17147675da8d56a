using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PolicySpeech.Analyzers;

/// <summary>
/// Character 3-gram shingles and MinHash signatures for near-duplicate detection (PS2004): one-permutation hashing
/// (each 3-gram's hash picks one of <see cref="SignatureLength"/> bins, which keeps its minimum) with rotation
/// densification, so one hash per 3-gram gives a signature whose equal values estimate the Jaccard similarity.
/// </summary>
internal static class Shingles
{
    /// <summary>The number of MinHash functions.</summary>
    public const int SignatureLength = 128;

    /// <summary>Rows per LSH band: 32 bands of 4 rows find pairs from a Jaccard similarity of about 0.5 up.</summary>
    public const int RowsPerBand = 4;

    /// <summary>
    /// Writes the character 3-grams of <paramref name="text"/> — over letters, digits and Han only, each normalised
    /// (<see cref="TextNormalization.NormalizeChar"/>) — packed as three 16-bit code units, in text order with repeats, into
    /// <paramref name="destination"/> (at least <c>text.Length</c> long); returns how many were written. Packing is
    /// injective, so packed sets have the same Jaccard similarity as the 3-gram sets.
    /// </summary>
    public static int WritePacked(ReadOnlySpan<char> text, Span<ulong> destination)
    {
        var window = default(Window);
        int total = 0;
        foreach (var c in text)
        {
            if (window.Push(c))
            {
                destination[total++] = window.Packed;
            }
        }

        return total;
    }

    /// <summary>
    /// Writes the densified one-permutation MinHash signature of the set of <see cref="WritePacked"/> 3-grams of
    /// <paramref name="text"/> into <paramref name="signature"/> (<see cref="SignatureLength"/> long) without storing the
    /// 3-grams; returns how many 3-grams there are (with repeats).
    /// </summary>
    public static int PackedSignature(ReadOnlySpan<char> text, Span<ulong> signature)
    {
        // Hash values have 57 bits, so 2^57 marks an empty bin and the minimum is taken without a branch (a
        // data-dependent branch here mispredicts often enough to double the cost).
        const ulong empty = 1UL << 57;
        var bins = signature[..SignatureLength]; // the bins are filled in place, then densified
        bins.Fill(empty);
        ref ulong bin0 = ref MemoryMarshal.GetReference(bins);
        var window = default(Window);
        foreach (var c in text)
        {
            if (window.Push(c))
            {
                ulong h = (window.Packed ^ 0x5851F42D4C957F2DUL) * 0x9E3779B97F4A7C15UL;
                h ^= h >> 32;
                h *= 0xD6E8FEB86659FD93UL;
                ref ulong slot = ref Unsafe.Add(ref bin0, (nint)(h >> 57)); // top 7 bits: 128 bins
                ulong value = h & (empty - 1);
                ulong current = slot;
                ulong less = (ulong)((long)(value - current) >> 63); // all ones when value < current
                slot = (value & less) | (current & ~less);
            }
        }

        int total = Math.Max(0, window.Kept - 2);
        if (total == 0)
        {
            signature.Fill(ulong.MaxValue);
            return 0;
        }

        if (!bins.Contains(empty))
        {
            return total;
        }

        Densify(signature);
        return total;
    }

    /// <summary>
    /// Fills the empty bins (2^57) of a one-permutation signature, at least one of which is not empty, from the next
    /// non-empty bin (rotation densification: an empty bin k borrows Mix(value + step × φ) from the first non-empty bin
    /// step places after it, wrapping around) in one backward pass.
    /// </summary>
    private static void Densify(Span<ulong> signature)
    {
        const ulong empty = 1UL << 57;
        const int mask = SignatureLength - 1;
        var bins = signature[..SignatureLength];
        int first = bins.IndexOfAnyExcept(empty);
        ulong next = bins[first];
        ulong step = 0;
        for (int t = 1; t < SignatureLength; t++)
        {
            int k = (first - t) & mask;
            if (bins[k] != empty)
            {
                next = bins[k];
                step = 0;
            }
            else
            {
                step++;
                bins[k] = TextNormalization.Mix(next + (step * 0x9E3779B97F4A7C15UL));
            }
        }
    }

    /// <summary>The normalised form of <paramref name="c"/> if it is a letter, a digit or Han, else '\0'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Keep(char c)
    {
        if (c is >= '\u4E00' and <= '\u9FFF')
        {
            return c;
        }

        // Common Chinese punctuation: neither letters, digits nor Han (a fast path for the test below).
        if (c is '，' or '。' or '、' or '；' or '：' or '“' or '”' or '（' or '）' or '《' or '》' || !(char.IsLetterOrDigit(c) || SyntaxFacts.IsHan(c)))
        {
            return '\0';
        }

        return TextNormalization.NormalizeChar(c);
    }

    /// <summary>The share of equal values in two signatures: an estimate of the Jaccard similarity of their sets.</summary>
    public static double EstimatedSimilarity(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        int equal = 0;
        int k = 0;
        if (System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated && b.Length >= a.Length)
        {
            ref ulong x = ref MemoryMarshal.GetReference(a);
            ref ulong y = ref MemoryMarshal.GetReference(b);
            for (; k + 4 <= a.Length; k += 4)
            {
                var same = System.Runtime.Intrinsics.Vector256.Equals(
                    System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref x, (nuint)k),
                    System.Runtime.Intrinsics.Vector256.LoadUnsafe(ref y, (nuint)k));
                equal += System.Numerics.BitOperations.PopCount(System.Runtime.Intrinsics.Vector256.ExtractMostSignificantBits(same));
            }
        }

        for (; k < a.Length; k++)
        {
            if (a[k] == b[k])
            {
                equal++;
            }
        }

        return (double)equal / a.Length;
    }

    /// <summary>A cheap 64-bit key for LSH band <paramref name="band"/> of a <see cref="PackedSignature"/> signature (whose values are already hashed).</summary>
    public static ulong PackedBand(ReadOnlySpan<ulong> signature, int band)
    {
        var rows = signature.Slice(band * RowsPerBand, RowsPerBand);
        ulong h = ((ulong)band + 1) * 0xC2B2AE3D27D4EB4FUL;
        h ^= rows[0] * 0x9E3779B97F4A7C15UL;
        h ^= ((rows[1] << 21) | (rows[1] >> 43)) * 0xD6E8FEB86659FD93UL;
        h ^= ((rows[2] << 42) | (rows[2] >> 22)) * 0xFF51AFD7ED558CCDUL;
        h ^= rows[3] * 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 29);
    }

    /// <summary>Sorts <paramref name="set"/> and moves its distinct values to the front; returns how many there are.</summary>
    public static int SortDistinct(Span<ulong> set)
    {
        set.Sort();
        int n = 0;
        for (int i = 0; i < set.Length; i++)
        {
            if (n == 0 || set[n - 1] != set[i])
            {
                set[n++] = set[i];
            }
        }

        return n;
    }

    /// <summary>The exact Jaccard similarity of two sorted distinct sets.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Length + b.Length - common);
    }

    /// <summary>The last three kept characters of a text read one character at a time: the current 3-gram, packed.</summary>
    private struct Window
    {
        /// <summary>The last three kept characters as three 16-bit code units (valid once <see cref="Kept"/> is at least 3).</summary>
        public ulong Packed;

        /// <summary>How many characters were kept so far.</summary>
        public int Kept;

        /// <summary>Reads one character; returns whether it completed a 3-gram (it was kept, and two were kept before it).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Push(char c)
        {
            char n = Keep(c);
            if (n == '\0')
            {
                return false;
            }

            Packed = ((Packed << 16) | n) & 0xFFFF_FFFF_FFFFUL;
            return ++Kept >= 3;
        }
    }
}
