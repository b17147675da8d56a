namespace PolicySpeech.Analyzers;

/// <summary>Character 3-gram shingles and MinHash signatures for near-duplicate detection (PS2004).</summary>
internal static class Shingles
{
    /// <summary>The number of MinHash functions.</summary>
    public const int SignatureLength = 128;

    /// <summary>Rows per LSH band: 32 bands of 4 rows find pairs from a Jaccard similarity of about 0.5 up.</summary>
    public const int RowsPerBand = 4;

    /// <summary>The sorted distinct hashes of the character 3-grams of a text, over letters, digits and Han only.</summary>
    public static ulong[] Of(ReadOnlySpan<char> text)
    {
        var chars = new List<char>(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || RuleText.IsHan(c))
            {
                chars.Add(RuleText.NormalizeChar(c));
            }
        }

        if (chars.Count < 3)
        {
            return [];
        }

        var set = new ulong[chars.Count - 2];
        for (int i = 0; i + 2 < chars.Count; i++)
        {
            set[i] = RuleText.Mix(((ulong)chars[i] << 32) | ((ulong)chars[i + 1] << 16) | chars[i + 2]);
        }

        Array.Sort(set);
        int n = 0;
        for (int i = 0; i < set.Length; i++)
        {
            if (n == 0 || set[n - 1] != set[i])
            {
                set[n++] = set[i];
            }
        }

        return set[..n];
    }

    /// <summary>
    /// Writes the sorted distinct shingle hashes of <paramref name="text"/> (as <see cref="Of"/>) into
    /// <paramref name="destination"/> (at least <c>text.Length</c> long), using <paramref name="scratch"/> (at least
    /// <c>text.Length</c> long) for the kept characters; returns how many were written.
    /// </summary>
    public static int Write(ReadOnlySpan<char> text, Span<char> scratch, Span<ulong> destination)
    {
        int total = WriteUnsorted(text, scratch, destination);
        return SortDistinct(destination[..total]);
    }

    /// <summary>
    /// Writes the shingle hashes of <paramref name="text"/> in text order, repeats included (as <see cref="Write"/>
    /// before sorting); returns how many were written. <see cref="SortDistinct"/> turns them into the set.
    /// </summary>
    public static int WriteUnsorted(ReadOnlySpan<char> text, Span<char> scratch, Span<ulong> destination)
    {
        int count = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                scratch[count++] = c;
            }
            else if (char.IsLetterOrDigit(c) || RuleText.IsHan(c))
            {
                scratch[count++] = RuleText.NormalizeChar(c);
            }
        }

        if (count < 3)
        {
            return 0;
        }

        int total = count - 2;
        var set = destination[..total];
        for (int i = 0; i < total; i++)
        {
            set[i] = RuleText.Mix(((ulong)scratch[i] << 32) | ((ulong)scratch[i + 1] << 16) | scratch[i + 2]);
        }

        return total;
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

    /// <summary>Writes the signature of a shingle set (as <see cref="Signature(ulong[])"/>) into a span of <see cref="SignatureLength"/>.</summary>
    public static void Signature(ReadOnlySpan<ulong> shingles, Span<ulong> dense)
    {
        Span<ulong> signature = stackalloc ulong[SignatureLength];
        signature.Fill(ulong.MaxValue);
        foreach (var s in shingles)
        {
            var h = RuleText.Mix(s ^ 0x5851F42D4C957F2DUL);
            int bin = (int)(h >> 57);
            var value = h & 0x01FFFFFFFFFFFFFFUL;
            if (value < signature[bin])
            {
                signature[bin] = value;
            }
        }

        if (shingles.Length == 0)
        {
            signature.CopyTo(dense);
            return;
        }

        for (int k = 0; k < SignatureLength; k++)
        {
            int j = k;
            int step = 0;
            while (signature[j] == ulong.MaxValue)
            {
                j = (j + 1) % SignatureLength;
                step++;
            }

            dense[k] = step == 0 ? signature[k] : RuleText.Mix(signature[j] + ((ulong)step * 0x9E3779B97F4A7C15UL));
        }
    }

    /// <summary>The hash of one LSH band of a signature.</summary>
    public static ulong Band(ReadOnlySpan<ulong> signature, int band)
    {
        ulong h = (ulong)band * 0x9E3779B97F4A7C15UL;
        for (int r = 0; r < RowsPerBand; r++)
        {
            h = RuleText.Mix(h ^ signature[(band * RowsPerBand) + r]);
        }

        return h;
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

    /// <summary>
    /// The MinHash signature of a shingle set by one-permutation hashing: each shingle's hash picks a bin and the bin
    /// keeps its minimum; empty bins borrow from the next non-empty bin (rotation densification). One hash per
    /// shingle instead of <see cref="SignatureLength"/>, with the same collision probability (the Jaccard similarity).
    /// </summary>
    public static ulong[] Signature(ulong[] shingles)
    {
        var signature = new ulong[SignatureLength];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var s in shingles)
        {
            var h = RuleText.Mix(s ^ 0x5851F42D4C957F2DUL);
            int bin = (int)(h >> 57); // top 7 bits: 128 bins
            var value = h & 0x01FFFFFFFFFFFFFFUL;
            if (value < signature[bin])
            {
                signature[bin] = value;
            }
        }

        if (shingles.Length == 0)
        {
            return signature;
        }

        var dense = new ulong[SignatureLength];
        for (int k = 0; k < SignatureLength; k++)
        {
            int j = k;
            int step = 0;
            while (signature[j] == ulong.MaxValue)
            {
                j = (j + 1) % SignatureLength;
                step++;
            }

            dense[k] = step == 0 ? signature[k] : RuleText.Mix(signature[j] + ((ulong)step * 0x9E3779B97F4A7C15UL));
        }

        return dense;
    }
}
