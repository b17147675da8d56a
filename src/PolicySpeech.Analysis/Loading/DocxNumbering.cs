using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicySpeech.Loading;

/// <summary>
/// Word's automatic numbering, replayed paragraph by paragraph: the numbering part's abstract definitions
/// (<c>w:abstractNum</c>: start, <c>w:numFmt</c>, <c>w:lvlText</c>, <c>w:suff</c>, <c>w:isLgl</c>, <c>w:lvlRestart</c>),
/// instances (<c>w:num</c> with <c>w:lvlOverride</c>/<c>w:startOverride</c>) and counters kept per abstract definition,
/// with deeper levels restarting when a higher level advances. Not thread-safe: one instance per load.
/// </summary>
internal sealed class DocxNumbering
{
    private const int MaxLevels = 9;

    private readonly Dictionary<int, int> _numToAbstract = [];
    private readonly Dictionary<int, Dictionary<int, int>> _startOverrides = [];
    private readonly Dictionary<int, Dictionary<int, Level>> _levelOverrides = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, Counters> _counters = [];
    private readonly HashSet<int> _usedNums = [];
    private readonly Func<string, int?>? _numIdOfStyle;

    /// <summary>Reads the numbering part.</summary>
    /// <param name="numbering">The <c>w:numbering</c> root, or <see langword="null"/> when the document has none.</param>
    /// <param name="numIdOfStyle">Resolves a numbering style (for <c>w:numStyleLink</c>) to its <c>numId</c>.</param>
    internal DocxNumbering(Numbering? numbering, Func<string, int?>? numIdOfStyle)
    {
        _numIdOfStyle = numIdOfStyle;
        if (numbering is null)
        {
            return;
        }

        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is int id)
            {
                _abstracts.TryAdd(id, abstractNum);
            }
        }

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not int numId || instance.AbstractNumId?.Val?.Value is not int abstractId)
            {
                continue;
            }

            _numToAbstract.TryAdd(numId, abstractId);
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                if (levelOverride.LevelIndex?.Value is not int ilvl)
                {
                    continue;
                }

                if (levelOverride.StartOverrideNumberingValue?.Val?.Value is int start)
                {
                    (_startOverrides.TryGetValue(numId, out var map) ? map : _startOverrides[numId] = [])[ilvl] = start;
                }

                if (levelOverride.Level is { } level)
                {
                    (_levelOverrides.TryGetValue(numId, out var map) ? map : _levelOverrides[numId] = [])[ilvl] = level;
                }
            }
        }
    }

    /// <summary>The level of <paramref name="numId"/> whose <c>w:pStyle</c> is <paramref name="styleId"/>, if any.</summary>
    /// <param name="numId">The numbering instance.</param>
    /// <param name="styleId">The paragraph style.</param>
    /// <returns>The 0-based level, or <see langword="null"/>.</returns>
    internal int? LevelOfStyle(int numId, string styleId)
    {
        var abstractNum = ResolveAbstract(numId, out _);
        if (abstractNum is null)
        {
            return null;
        }

        foreach (var level in abstractNum.Elements<Level>())
        {
            if (level.ParagraphStyleIdInLevel?.Val?.Value == styleId && level.LevelIndex?.Value is int index)
            {
                return index;
            }
        }

        return null;
    }

    /// <summary>Advances the counters for a paragraph numbered (<paramref name="numId"/>, <paramref name="ilvl"/>) and renders its label.</summary>
    /// <param name="numId">The numbering instance (<c>w:numId</c>); 0 means "no numbering".</param>
    /// <param name="ilvl">The 0-based level (<c>w:ilvl</c>).</param>
    /// <returns>The label as the reader sees it (<c>一、</c>, <c>（一）</c>, <c>1.</c>) with its separator, or <see langword="null"/>.</returns>
    internal string? Next(int numId, int ilvl)
    {
        if (numId == 0)
        {
            return null;
        }

        var abstractNum = ResolveAbstract(numId, out int abstractId);
        if (abstractNum is null)
        {
            return null;
        }

        ilvl = Math.Clamp(ilvl, 0, MaxLevels - 1);
        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new Counters();
            _counters[abstractId] = counters;
        }

        if (_usedNums.Add(numId) && _startOverrides.TryGetValue(numId, out var overrides))
        {
            foreach (var (level, start) in overrides)
            {
                if (level is >= 0 and < MaxLevels)
                {
                    counters.Started[level] = false;
                    counters.StartOverride[level] = start;
                }
            }
        }

        var levels = new LevelInfo[MaxLevels];
        for (int i = 0; i < MaxLevels; i++)
        {
            levels[i] = ReadLevel(numId, abstractNum, i, counters);
        }

        if (counters.Started[ilvl])
        {
            counters.Values[ilvl]++;
        }
        else
        {
            counters.Values[ilvl] = levels[ilvl].Start;
            counters.Started[ilvl] = true;
        }

        for (int deeper = ilvl + 1; deeper < MaxLevels; deeper++)
        {
            int restartAfter = levels[deeper].Restart ?? deeper;
            if (restartAfter != 0 && ilvl < restartAfter)
            {
                counters.Started[deeper] = false;
            }
        }

        var current = levels[ilvl];
        string label = RenderLabel(current, levels, counters);
        if (label.Length == 0)
        {
            return null;
        }

        return current.Suffix switch
        {
            "nothing" => label,
            _ when IsWideEnding(label) => label,
            _ => label + " ",
        };
    }

    private static bool IsWideEnding(string label)
    {
        char last = label[^1];
        return last >= '\u2E80' || last is '\u2026' or '\u201D' or '\u2019';
    }

    private static string RenderLabel(LevelInfo current, LevelInfo[] levels, Counters counters)
    {
        if (current.Format == "bullet")
        {
            // Symbol-font bullets live in the private use area; show a plain bullet instead.
            return current.Text.Length == 0 || current.Text.Any(c => c is >= '\uE000' and <= '\uF8FF') ? "•" : current.Text;
        }

        var builder = new System.Text.StringBuilder();
        string text = current.Text;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                int level = text[i + 1] - '1';
                int value = counters.Started[level] ? counters.Values[level] : levels[level].Start;
                string? format = current.IsLegal && level < current.Index ? "decimal" : levels[level].Format;
                builder.Append(NumberFormatting.Format(value, format));
                i++;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private AbstractNum? ResolveAbstract(int numId, out int abstractId)
    {
        abstractId = -1;
        for (int hop = 0; hop < 4; hop++)
        {
            if (!_numToAbstract.TryGetValue(numId, out abstractId) || !_abstracts.TryGetValue(abstractId, out var abstractNum))
            {
                return null;
            }

            // w:numStyleLink: the definition lives in the numbering style's own numId.
            string? link = abstractNum.GetFirstChild<NumberingStyleLink>()?.Val?.Value;
            if (link is null || _numIdOfStyle?.Invoke(link) is not int linked || linked == numId)
            {
                return abstractNum;
            }

            numId = linked;
        }

        return null;
    }

    private LevelInfo ReadLevel(int numId, AbstractNum abstractNum, int ilvl, Counters counters)
    {
        Level? level = null;
        if (_levelOverrides.TryGetValue(numId, out var overrides) && overrides.TryGetValue(ilvl, out var overridden))
        {
            level = overridden;
        }

        level ??= abstractNum.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == ilvl);
        int start = counters.StartOverride[ilvl] ?? level?.StartNumberingValue?.Val?.Value ?? 1;
        string? format = level?.NumberingFormat?.Val?.InnerText;
        string text = level?.LevelText?.Val?.Value ?? string.Empty;
        string? suffix = level?.LevelSuffix?.Val?.InnerText;
        bool isLegal = level?.IsLegalNumberingStyle is { } legal && (legal.Val is null || legal.Val.Value);
        int? restart = level?.LevelRestart?.Val?.Value;
        return new LevelInfo(ilvl, start, format, text, suffix, isLegal, restart);
    }

    private sealed record LevelInfo(int Index, int Start, string? Format, string Text, string? Suffix, bool IsLegal, int? Restart);

    private sealed class Counters
    {
        public int[] Values { get; } = new int[MaxLevels];

        public bool[] Started { get; } = new bool[MaxLevels];

        public int?[] StartOverride { get; } = new int?[MaxLevels];
    }
}
