namespace PolicySpeech.Semantics;

/// <summary>
/// Decides the zone (<see cref="Zone"/>) of a heading or of a sentence opening, from its words (Lexicons/Semantics/zones.txt) and
/// the years it names compared with the document's reference year — never from a section number.
/// </summary>
/// <remarks>
/// A heading: conduct words (政府自身建设) first, then review words (工作回顾, 过去五年), then the years: the reference year or
/// 今年 → plan; a later year, or a five-year plan that runs past the reference year (“十五五” in 2026) → outlook; only earlier
/// years → review; then outlook, plan and directive words. A sentence opening: the opener words (一年来, 今年是, 今后五年,
/// 同时也要看到), then a year at its head (2025年，… before 2026 → review; 2026年是… → plan).
/// </remarks>
internal sealed class ZoneClassifier
{
    private static readonly Lazy<ZoneClassifier> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly (string Word, Zone Zone)[] _heading;
    private readonly WordSet _openers;
    private readonly Dictionary<string, Zone> _openerZone;
    private readonly string[] _deployment;
    private readonly WordSet _backMatter;

    private ZoneClassifier((string Word, Zone Zone)[] heading, (string Word, Zone Zone)[] opener, string[] deployment, string[] backMatter)
    {
        _deployment = deployment;
        _backMatter = new WordSet(backMatter);
        _heading = heading;
        _openers = new WordSet(opener.Select(o => o.Word));
        _openerZone = [];
        foreach (var (word, zone) in opener)
        {
            _openerZone.TryAdd(word, zone); // a word listed twice: its first zone
        }
    }

    internal static ZoneClassifier Instance => Data.Value;

    /// <summary>The zone a heading (or a short heading-like line) opens, or null when its words say nothing.</summary>
    internal Zone? ClassifyHeading(ReadOnlySpan<char> heading, int? referenceYear)
    {
        if (Find(heading, _heading, Zone.Conduct))
        {
            return Zone.Conduct;
        }

        if (Find(heading, _heading, Zone.Review))
        {
            return Zone.Review;
        }

        if (YearZone(heading, referenceYear) is { } byYear)
        {
            return byYear;
        }

        foreach (var zone in (ReadOnlySpan<Zone>)[Zone.Outlook, Zone.Plan, Zone.Directive])
        {
            if (Find(heading, _heading, zone))
            {
                return zone;
            }
        }

        return null;
    }

    /// <summary>Whether a speech's title or opening (<paramref name="head"/>) says it deploys the work at hand (部署会议, 研究应对…工作).</summary>
    internal bool IsDeployment(ReadOnlySpan<char> head)
    {
        foreach (var word in _deployment)
        {
            if (head.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many characters a back-matter line may add to its word (扫一扫在手机打开当前页, 责任编辑：李莎莎).</summary>
    private const int BackMatterTail = 10;

    /// <summary>The back matter is at most this fraction (1/n) of the document, at its end (glossaries run to about a tenth).</summary>
    private const int BackMatterShare = 5;

    /// <summary>The longest paragraph of back matter (a glossary's definition); a longer one is a document going on.</summary>
    private const int MaxBackMatterParagraph = 400;

    /// <summary>
    /// Whether a short heading-like <paramref name="line"/> at <paramref name="span"/> of <paramref name="text"/> opens the back matter:
    /// a glossary (名词解释), notes (注释, 注：) or a web page's furniture (责任编辑：…, 打印本页, 相关链接>>), in the last fifth of the
    /// document and followed only by short paragraphs.
    /// </summary>
    internal bool OpensBackMatter(ReadOnlySpan<char> line, string text, Text.TextSpan span)
    {
        if (span.Start < text.Length - (text.Length / BackMatterShare))
        {
            return false;
        }

        // The longest word is the one to test: a shorter one leaves a longer tail (注 in 注释 must stand alone).
        line = line.Trim().TrimEnd("：:>》 　".AsSpan());
        if (_backMatter.LongestPrefix(line) is not { } word || line.Length - word.Length > (word.Length == 1 ? 0 : BackMatterTail))
        {
            return false;
        }

        var rest = text.AsSpan(span.End);
        foreach (var range in rest.Split('\n'))
        {
            if (range.End.GetOffset(rest.Length) - range.Start.GetOffset(rest.Length) > MaxBackMatterParagraph)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The zone a sentence opens (一年来 → review, 今年是 → plan, 今后五年 → outlook, 同时也要看到 → other), or null.</summary>
    internal Zone? ClassifyOpener(ReadOnlySpan<char> sentence, int? referenceYear)
    {
        sentence = sentence.TrimStart(" \t　“\"".AsSpan());
        if (_openers.LongestPrefix(sentence) is { } word)
        {
            return _openerZone[word];
        }

        if (referenceYear is { } reference && LeadingYear(sentence) is (int year, int length))
        {
            var after = sentence[length..];
            if (year < reference && after.Length > 0 && after[0] is '，' or ',' or '是' or '我' or '全')
            {
                return Zone.Review;
            }

            if (year == reference && after.StartsWith("是", StringComparison.Ordinal))
            {
                return Zone.Plan;
            }
        }

        // “十四五”时期是…第一个五年 (2021): a five-year plan still to run opens the outlook; “十三五”时期，… (2021) looks back.
        if (referenceYear is { } now && sentence.Length > 3 && sentence[0] == '十' && FiveYearPlan(sentence[..3]) is (_, int last))
        {
            var rest = sentence[3..].TrimStart("”\"’".AsSpan());
            if ((rest.StartsWith("时期", StringComparison.Ordinal) || rest.StartsWith("期间", StringComparison.Ordinal)) && rest.Length > 2 && rest[2] is '是' or '，' or ',' or '要' or '我')
            {
                return last < now ? Zone.Review : Zone.Outlook;
            }
        }

        return null;
    }

    /// <summary>The last year of a five-year plan named in <paramref name="text"/> (十五五 → 2030), and its first, or null.</summary>
    internal static (int Start, int End)? FiveYearPlan(ReadOnlySpan<char> text)
    {
        for (int i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] == '十' && text[i + 2] == '五' && ChineseNumerals.DigitValue(text[i + 1]) is int n and > 0)
            {
                int end = 1955 + (5 * (n + 10));
                return (end - 4, end);
            }
        }

        return null;
    }

    /// <summary>A year written at the head of <paramref name="text"/> (2025年, 二〇二五年) and the length of the text it takes.</summary>
    internal static (int Year, int Length)? LeadingYear(ReadOnlySpan<char> text)
    {
        int i = 0;
        int year = 0;
        while (i < text.Length && i < 4 && (char.IsAsciiDigit(text[i]) || ChineseNumerals.DigitValue(text[i]) >= 0))
        {
            int d = char.IsAsciiDigit(text[i]) ? text[i] - '0' : ChineseNumerals.DigitValue(text[i]);
            year = (year * 10) + d;
            i++;
        }

        return i == 4 && i < text.Length && text[i] == '年' && year is > 1900 and < 2200 ? (year, 5) : null;
    }

    /// <summary>
    /// The zone a heading names for what lies ahead besides its review (“十三五”时期发展成就和“十四五”时期主要目标任务 in 2021 → outlook;
    /// 2025年工作回顾和2026年工作安排 in 2026 → plan), or null.
    /// </summary>
    internal static Zone? LaterZone(ReadOnlySpan<char> heading, int? referenceYear)
    {
        if (referenceYear is not { } reference)
        {
            return null;
        }

        Zone? later = null;
        for (int i = 0; i < heading.Length; i++)
        {
            if (LeadingYear(heading[i..]) is (int year, _) && (i == 0 || !char.IsAsciiDigit(heading[i - 1])) && year >= reference)
            {
                later = year == reference ? Zone.Plan : later ?? Zone.Outlook;
            }
            else if (heading[i] == '十' && FiveYearPlan(heading.Slice(i, Math.Min(3, heading.Length - i))) is (_, int end) && end >= reference)
            {
                later ??= Zone.Outlook;
            }
        }

        return later;
    }

    /// <summary>The zone the years of a heading give: plan for the reference year, outlook for a later one or a running five-year plan, review for earlier ones only.</summary>
    private static Zone? YearZone(ReadOnlySpan<char> heading, int? referenceYear)
    {
        if (referenceYear is not { } reference)
        {
            return null;
        }

        if (heading.Contains("今年", StringComparison.Ordinal) || heading.Contains("明年", StringComparison.Ordinal))
        {
            return Zone.Plan;
        }

        bool earlier = false, current = false, later = false;
        for (int i = 0; i < heading.Length; i++)
        {
            if (LeadingYear(heading[i..]) is (int year, _) && (i == 0 || !char.IsAsciiDigit(heading[i - 1])))
            {
                earlier |= year < reference;
                current |= year == reference;
                later |= year > reference;
            }
        }

        if (FiveYearPlan(heading) is (int start, int end))
        {
            earlier |= end < reference;
            later |= end > reference && start <= reference + 1;
        }

        return current ? Zone.Plan : later ? Zone.Outlook : earlier ? Zone.Review : null;
    }

    private static bool Find(ReadOnlySpan<char> text, (string Word, Zone Zone)[] words, Zone zone)
    {
        foreach (var (word, z) in words)
        {
            if (z == zone && text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ZoneClassifier Load()
    {
        var heading = new List<(string, Zone)>();
        var opener = new List<(string, Zone)>();
        var deployment = new List<string>();
        var backMatter = new List<string>();
        foreach (var row in Lexicons.LexiconReader.ReadRows("Semantics/zones.txt"))
        {
            var zone = Enum.Parse<Zone>(row[1], ignoreCase: true);
            switch (row[2])
            {
                case "heading":
                    heading.Add((row[0], zone));
                    break;
                case "opener":
                    opener.Add((row[0], zone));
                    break;
                case "deployment":
                    deployment.Add(row[0]);
                    break;
                case "backmatter":
                    backMatter.Add(row[0]);
                    break;
                default:
                    throw new InvalidOperationException($"zones.txt: unknown place '{row[2]}' for '{row[0]}'.");
            }
        }

        return new ZoneClassifier(
            [.. heading],
            [.. opener],
            [.. deployment],
            [.. backMatter]);
    }
}
