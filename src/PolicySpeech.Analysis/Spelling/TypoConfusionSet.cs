namespace PolicySpeech.Spelling;

/// <summary>An immutable map from a character to the characters it may have been mistyped for.</summary>
internal sealed class TypoConfusionSet
{
    private const int HanBase = 0x4E00;
    private const int HanCount = 0x9FFF - HanBase + 1;

    // The candidates of each written character, indexed by character - U+4E00 (every key is a CJK ideograph): the detector asks
    // once per character.
    private readonly (char To, TypoConfusionKind Kind)[]?[] _byChar;

    private TypoConfusionSet((char To, TypoConfusionKind Kind)[]?[] byChar)
    {
        _byChar = byChar;
    }

    /// <summary>The number of directed pairs.</summary>
    public int PairCount
    {
        get
        {
            var count = 0;
            foreach (var targets in _byChar)
            {
                count += targets?.Length ?? 0;
            }

            return count;
        }
    }

    /// <summary>Builds the set; when a pair comes from several sources the strongest kind (lowest value) wins.</summary>
    /// <param name="pairs">Directed pairs: <c>From</c> is written, <c>To</c> is the intended character.</param>
    /// <returns>The set.</returns>
    /// <remarks>
    /// Each pair is packed into one <see cref="ulong"/> and the pairs are sorted twice (by written and intended character, the
    /// strongest kind first, to drop repeats; then by written character, kind and intended character, the candidates' order), so
    /// building the set at start-up takes two sorts of plain numbers instead of a dictionary of lists.
    /// </remarks>
    public static TypoConfusionSet Create(IEnumerable<(char From, char To, TypoConfusionKind Kind)> pairs)
    {
        var packed = new ulong[4096];
        var n = 0;
        foreach (var (from, to, kind) in pairs)
        {
            if (from == to || !TypoLexicon.IsHan(from) || !TypoLexicon.IsHan(to))
            {
                continue;
            }

            if (n == packed.Length)
            {
                Array.Resize(ref packed, n * 2);
            }

            packed[n++] = ((ulong)from << 32) | ((ulong)to << 8) | (byte)kind;
        }

        return new TypoConfusionSet(Group(packed, n));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // runs once, at load
    private static (char To, TypoConfusionKind Kind)[]?[] Group(ulong[] packed, int n)
    {
        // Sorted by (from, to, kind): the first of each (from, to) has the strongest kind.
        Array.Sort(packed, 0, n);
        var kept = 0;
        var previous = ulong.MaxValue; // (from, to) of the last pair kept
        for (var i = 0; i < n; i++)
        {
            var pair = packed[i] >> 8;
            if (pair != previous)
            {
                previous = pair;
                var from = packed[i] >> 32;
                var to = pair & 0xFFFF;
                var kind = packed[i] & 0xFF;
                packed[kept++] = (from << 32) | (kind << 16) | to;
            }
        }

        // Sorted by (from, kind, to): each character's candidates, strongest kind first, then by character.
        Array.Sort(packed, 0, kept);
        var byChar = new (char To, TypoConfusionKind Kind)[]?[HanCount];
        for (var i = 0; i < kept;)
        {
            var from = (int)(packed[i] >> 32);
            var j = i;
            while (j < kept && (int)(packed[j] >> 32) == from)
            {
                j++;
            }

            var targets = new (char To, TypoConfusionKind Kind)[j - i];
            for (var k = i; k < j; k++)
            {
                targets[k - i] = ((char)(packed[k] & 0xFFFF), (TypoConfusionKind)((packed[k] >> 16) & 0xFF));
            }

            byChar[from - HanBase] = targets;
            i = j;
        }

        return byChar;
    }

    /// <summary>Reads the generated pair list (rows <c>pair, kind</c>, both directions) and the curated groups (one group a row).</summary>
    /// <param name="generated">The rows of confusions.txt.</param>
    /// <param name="curated">The rows of confusions-curated.txt.</param>
    /// <returns>The directed pairs.</returns>
    public static IEnumerable<(char From, char To, TypoConfusionKind Kind)> Parse(string[][] generated, string[][] curated)
    {
        foreach (var row in generated)
        {
            var pair = row[0];
            if (pair.Length != 2 || row.Length < 2)
            {
                continue;
            }

            var kind = row[1].StartsWith('s') ? TypoConfusionKind.Shape : TypoConfusionKind.Sound;
            yield return (pair[0], pair[1], kind);
            yield return (pair[1], pair[0], kind);
        }

        foreach (var row in curated)
        {
            var line = row[0];
            for (var i = 0; i < line.Length; i++)
            {
                for (var j = 0; j < line.Length; j++)
                {
                    if (i != j)
                    {
                        yield return (line[i], line[j], TypoConfusionKind.Curated);
                    }
                }
            }
        }
    }

    /// <summary>Returns a set that also holds <paramref name="extra"/>.</summary>
    /// <param name="extra">Directed caller pairs.</param>
    /// <returns>The merged set, or this one when there is nothing to add.</returns>
    public TypoConfusionSet With(IReadOnlyCollection<(char From, char To)> extra)
    {
        if (extra.Count == 0)
        {
            return this;
        }

        var all = Enumerable.Range(0, HanCount)
            .Where(i => _byChar[i] is not null)
            .SelectMany(i => _byChar[i]!.Select(v => ((char)(i + HanBase), v.To, v.Kind)))
            .Concat(extra.Select(p => (p.From, p.To, TypoConfusionKind.Extra)));
        return Create(all);
    }

    /// <summary>The candidates for a written character.</summary>
    /// <param name="from">The written character.</param>
    /// <param name="candidates">The intended characters it may stand for, strongest first.</param>
    /// <returns>Whether there are any.</returns>
    public bool TryGet(char from, out (char To, TypoConfusionKind Kind)[] candidates)
    {
        candidates = (uint)(from - '\u4E00') < (uint)_byChar.Length ? _byChar[from - '\u4E00']! : null!;
        return candidates is not null;
    }
}
