namespace PolicySpeech.Spelling;

/// <summary>An immutable map from a character to the characters it may have been mistyped for.</summary>
internal sealed class TypoConfusionSet
{
    private readonly Dictionary<char, (char To, TypoConfusionKind Kind)[]> _map;

    // The same map as an array indexed by character - U+4E00 (every key is a CJK ideograph): the detector asks once per character.
    private readonly (char To, TypoConfusionKind Kind)[]?[] _byChar;

    private TypoConfusionSet(Dictionary<char, (char To, TypoConfusionKind Kind)[]> map)
    {
        _map = map;
        _byChar = new (char, TypoConfusionKind)[]?['\u9FFF' - '\u4E00' + 1];
        foreach (var (from, targets) in map)
        {
            _byChar[from - '\u4E00'] = targets;
        }
    }

    /// <summary>The number of directed pairs.</summary>
    public int PairCount => _map.Values.Sum(v => v.Length);

    /// <summary>Builds the set; when a pair comes from several sources the strongest kind (lowest value) wins.</summary>
    /// <param name="pairs">Directed pairs: <c>From</c> is written, <c>To</c> is the intended character.</param>
    /// <returns>The set.</returns>
    public static TypoConfusionSet Create(IEnumerable<(char From, char To, TypoConfusionKind Kind)> pairs)
    {
        var work = new Dictionary<char, List<(char To, TypoConfusionKind Kind)>>(4096);
        foreach (var (from, to, kind) in pairs)
        {
            if (from == to || !TypoLexicon.IsHan(from) || !TypoLexicon.IsHan(to))
            {
                continue;
            }

            if (!work.TryGetValue(from, out var targets))
            {
                targets = new List<(char, TypoConfusionKind)>(8);
                work.Add(from, targets);
            }

            var index = targets.FindIndex(t => t.To == to);
            if (index < 0)
            {
                targets.Add((to, kind));
            }
            else if (kind < targets[index].Kind)
            {
                targets[index] = (to, kind);
            }
        }

        var map = new Dictionary<char, (char, TypoConfusionKind)[]>(work.Count);
        foreach (var (from, targets) in work)
        {
            var array = targets.ToArray();
            Array.Sort(array, static (a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.To.CompareTo(b.To));
            map.Add(from, array);
        }

        return new TypoConfusionSet(map);
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

        var all = _map.SelectMany(kv => kv.Value.Select(v => (kv.Key, v.To, v.Kind)))
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
