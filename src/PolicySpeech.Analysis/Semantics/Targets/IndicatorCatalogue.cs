namespace PolicySpeech.Semantics;

/// <summary>
/// The canonical indicators of national and provincial work reports (Lexicons/Semantics/indicators.txt): 国内生产总值增长,
/// 地区生产总值增长, 生产总值增长 and GDP增长 all name <c>gdp_growth</c>.
/// </summary>
internal sealed class IndicatorCatalogue
{
    private static readonly Lazy<IndicatorCatalogue> Data = new(() => new IndicatorCatalogue(Lexicons.LexiconReader.ReadRows("Semantics/indicators.txt"), Lexicons.LexiconReader.ReadRows("Semantics/indicator-exclusions.txt")));

    private readonly (string Pattern, Indicator Indicator)[] patternsLongestFirst;

    // The indices into patternsLongestFirst of the patterns that start with a character, longest first.
    private readonly Dictionary<char, int[]> patternsByFirst;

    private readonly string[] exclusions;

    private IndicatorCatalogue(string[][] rows, string[][] exclusionRows)
    {
        exclusions = [.. exclusionRows.Where(r => r.Length >= 1 && r[0].Length > 0).Select(r => r[0])];
        Indicators = rows.Where(r => r.Length >= 5)
                         .Select(r => new Indicator(r[0], r[1], r[2], r[3], [.. r[4].Split('|', StringSplitOptions.RemoveEmptyEntries)]))
                         .ToArray();
        patternsLongestFirst = Indicators.SelectMany(i => i.Patterns.Select(p => (p, i)))
                                         .OrderByDescending(p => p.p.Length)
                                         .ToArray();
        patternsByFirst = Enumerable.Range(0, patternsLongestFirst.Length)
                                    .Where(k => patternsLongestFirst[k].Pattern.Length > 0)
                                    .GroupBy(k => patternsLongestFirst[k].Pattern[0])
                                    .ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The catalogue, loaded once.</summary>
    internal static IndicatorCatalogue Instance => Data.Value;

    /// <summary>All indicators, in file order.</summary>
    internal Indicator[] Indicators { get; }

    /// <summary>All indicators, in file order, as an immutable array.</summary>
    internal System.Collections.Immutable.ImmutableArray<Indicator> All => [.. Indicators];

    /// <summary>The indicator with <paramref name="id"/>, or null.</summary>
    internal Indicator? Find(string id) => Array.Find(Indicators, i => i.Id == id);

    /// <summary>
    /// The indicator named in <paramref name="text"/> (the clause before a number): the pattern that ends last wins, and
    /// among those ending at the same place the longest; a match inside a phrase of indicator-exclusions.txt does not count.
    /// Null when none occurs.
    /// </summary>
    internal (Indicator Indicator, int Start, int Length)? Match(ReadOnlySpan<char> text)
    {
        (Indicator Indicator, int Start, int Length)? best = null;
        int bestEnd = -1;

        // Each pattern at its last occurrence: the text is scanned from its end, and a pattern is judged the first time it is met.
        Span<bool> met = patternsLongestFirst.Length <= 1024 ? stackalloc bool[patternsLongestFirst.Length] : new bool[patternsLongestFirst.Length];
        for (int at = text.Length - 1; at >= 0; at--)
        {
            if (!patternsByFirst.TryGetValue(text[at], out var candidates))
            {
                continue;
            }

            foreach (int k in candidates)
            {
                var (pattern, indicator) = patternsLongestFirst[k];
                if (met[k] || !text[at..].StartsWith(pattern, StringComparison.Ordinal))
                {
                    continue;
                }

                met[k] = true;
                int end = at + pattern.Length;
                if (Excluded(text, at, end))
                {
                    continue;
                }

                // A pattern that starts earlier but covers more wins over a shorter one inside it (生产总值增长 in 地区生产总值增长).
                if (best is null || end > bestEnd || (end == bestEnd && pattern.Length > best.Value.Length))
                {
                    best = (indicator, at, pattern.Length);
                    bestEnd = end;
                }
            }
        }

        return best;
    }

    /// <summary>Whether a phrase of indicator-exclusions.txt (海洋生产总值, 数字经济增长) overlaps <paramref name="text"/>[start..end).</summary>
    private bool Excluded(ReadOnlySpan<char> text, int start, int end)
    {
        foreach (var phrase in exclusions)
        {
            int pos = Math.Max(0, start - phrase.Length + 1);
            int limit = Math.Min(text.Length, end + phrase.Length - 1);
            while (pos + phrase.Length <= limit)
            {
                int at = text[pos..limit].IndexOf(phrase, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                int found = pos + at;
                if (found < end && found + phrase.Length > start)
                {
                    return true;
                }

                pos = found + 1;
            }
        }

        return false;
    }
}
