
namespace PolicySpeech.Semantics;

/// <summary>
/// 分别 distributes: the indicators before it, split at 和/、/及/与, are completed from each other — a shared head (城市社区、农村社区建站率)
/// or a shared population prefix (新生儿遗传代谢病筛查率和听力障碍筛查率) — and each gets its own quantity.
/// </summary>
internal sealed class Coordination(ExtractionText doc)
{
    private readonly ExtractionText _doc = doc;

    /// <summary>Splits the indicator phrase before 分别 into <paramref name="count"/> complete indicators, or null.</summary>
    public string[]? Distribute(string phrase, int count)
    {
        var parts = SplitCoordination(phrase);
        if (parts.Count != count)
        {
            return null;
        }

        string last = parts[^1];

        // A shared head: 城市社区、农村社区建站率 → 城市社区建站率.
        for (int k = 0; k < count - 1; k++)
        {
            string p = parts[k];
            if (p.Length > 0 && last.Length > 0 && p[^1] == last[^1])
            {
                continue;
            }

            string? shared = SharedTail(p, last);
            if (shared is not null)
            {
                parts[k] = p + shared;
            }
        }

        // A shared population prefix: 新生儿遗传代谢病筛查率和听力障碍筛查率 → 新生儿听力障碍筛查率; or a shared base:
        // 单位国内生产总值用水量、能耗、二氧化碳排放量 → 单位国内生产总值能耗 (the first part has three or more words, the
        // others at most two, all measures).
        string prefix = PopulationPrefix(parts[0]);
        if (prefix.Length == 0 && _doc.Cut(parts[0]) is { Count: >= 3 } firstWords && EndsWithMeasure(firstWords[^1])
            && parts.Skip(1).All(p => EndsWithMeasure(p) && _doc.Cut(p) is { Count: <= 2 }))
        {
            prefix = parts[0][..^firstWords[^1].Length];
        }

        if (prefix.Length > 0)
        {
            for (int k = 1; k < count; k++)
            {
                if (PopulationPrefix(parts[k]).Length == 0 && !parts[k].StartsWith(prefix, StringComparison.Ordinal))
                {
                    parts[k] = prefix + parts[k];
                }
            }
        }

        return parts.ToArray();
    }

    /// <summary>城乡居民人均可支配收入 with two values: 城镇居民人均可支配收入 and 农村居民人均可支配收入; otherwise null.</summary>
    public string[]? SplitPair(string phrase, int count)
    {
        if (count != 2 || SplitCoordination(phrase).Count != 1)
        {
            return null;
        }

        foreach (var (compound, first, second) in _doc.Cues.Pairs)
        {
            int at = phrase.IndexOf(compound, StringComparison.Ordinal);
            if (at >= 0 && phrase.IndexOf(compound, at + compound.Length, StringComparison.Ordinal) < 0)
            {
                return [string.Concat(phrase.AsSpan(0, at), first, phrase.AsSpan(at + compound.Length)), string.Concat(phrase.AsSpan(0, at), second, phrase.AsSpan(at + compound.Length))];
            }
        }

        return null;
    }

    /// <summary>The parts of <paramref name="phrase"/> between 和/、/及/与 outside brackets and quotes, empty ones dropped.</summary>
    public static List<string> SplitCoordination(string phrase)
    {
        var parts = new List<string>();
        int depth = 0;
        int from = 0;
        for (int i = IndicatorText.NextCoordinator(phrase, 0, ref depth); i >= 0; i = IndicatorText.NextCoordinator(phrase, i + 1, ref depth))
        {
            parts.Add(phrase[from..i]);
            from = i + 1;
        }

        parts.Add(phrase[from..]);
        return parts.Where(p => p.Length > 0).ToList();
    }

    /// <summary>The part of <paramref name="last"/> after the word it shares with the end of <paramref name="part"/> (城市社区 / 农村社区建站率 → 建站率).</summary>
    private string? SharedTail(string part, string last)
    {
        var words = _doc.Cut(part);
        if (words is { Count: > 0 })
        {
            string lastWord = words[^1];
            int at = last.LastIndexOf(lastWord, StringComparison.Ordinal);
            if (at >= 0 && at + lastWord.Length < last.Length)
            {
                return last[(at + lastWord.Length)..];
            }
        }

        for (int len = Math.Min(part.Length, 4); len >= 2; len--)
        {
            string tail = part[^len..];
            int at = last.LastIndexOf(tail, StringComparison.Ordinal);
            if (at >= 0 && at + tail.Length < last.Length)
            {
                return last[(at + tail.Length)..];
            }
        }

        // 城镇和农村居民人均可支配收入: a one-word modifier parallel to the last part's first word.
        if (words is { Count: 1 } && _doc.Cut(last) is { Count: > 1 } lastWords && lastWords[0].Length == part.Length)
        {
            return last[lastWords[0].Length..];
        }

        if (words is null && part.Length <= 3 && last.Length > part.Length + 1)
        {
            return last[part.Length..];
        }

        // 原煤、原油、天然气产量: a bare noun takes the last part's head word (产量), unless it is a measure itself (能耗).
        if (words is { Count: 1 } && !EndsWithMeasure(part) && _doc.Cut(last) is { Count: 2 } headed && EndsWithMeasure(headed[1]))
        {
            return headed[1];
        }

        return null;
    }

    /// <summary>Whether <paramref name="phrase"/> ends with a measure (率, 量, 数…).</summary>
    private static bool EndsWithMeasure(string phrase) => phrase.Length > 0 && "率量数额值比耗重度".Contains(phrase[^1], StringComparison.Ordinal);

    /// <summary>A population or qualifier opening <paramref name="part"/> (新生儿, 5岁以下儿童) that its coordinated parts share, or empty.</summary>
    private string PopulationPrefix(string part)
    {
        int p = 0;
        var quantities = QuantityRecognizer.Recognize(part);
        if (quantities.Length > 0 && quantities[0].Span.Start == 0 && quantities[0].Kind == QuantityKind.Qualifier)
        {
            p = quantities[0].Span.End;
        }

        var population = _doc.Cues.Populations.LongestPrefix(part.AsSpan(p));
        return population is null || p + population.Length >= part.Length ? string.Empty : part[..(p + population.Length)];
    }
}
