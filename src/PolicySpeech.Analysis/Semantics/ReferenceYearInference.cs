using System.Text.RegularExpressions;
using PolicySpeech.Syntax;

namespace PolicySpeech.Semantics;

/// <summary>
/// Infers a document's reference year (the year its 今年 means) from its text when neither the caller nor the metadata
/// gives one.
/// </summary>
/// <remarks>
/// Rules, first match wins (each is evidence the text states, never a guess from the file date):
/// <list type="number">
/// <item>The date of the speech in its head (before the salutation, at most the first 400 characters): a full date
/// <c>2023年3月5日</c> or <c>二〇二六年一月二十七日</c> in a subtitle (——2023年3月5日在…), byline or bracket ((2018年2月12日)),
/// or a year in the title (2026年甘肃省政府工作报告).</item>
/// <item>A statement of which plan year this is: 今年是“十五五”开局之年 (the first year of the plan), 明年是“十四五”规划收官之年
/// (the last year, minus one for 明年), 去年是… (plus one).</item>
/// <item>A review heading: the latest year of a heading such as 一、2015年工作回顾, plus one.</item>
/// <item>A publication line at the very end (《人民日报》（2020年02月24日 02版）): its year.</item>
/// <item>Bounds: the latest dated event the text cites as held (二十届三中全会 = 2024, Lexicons/Semantics/events.txt) is a
/// lower bound L; the earliest target year (到2025年, 2025年前, 2025年底前) is an upper bound U. When both exist and
/// U − L ≤ 1, the year is L (the seed: it cites 二十届三中全会 and sets every target 到2025年, so 2024). One bound alone
/// is not enough: the answer is none.</item>
/// </list>
/// </remarks>
internal static partial class ReferenceYearInference
{
    private const int HeadLength = 400;

    private static readonly Lazy<(string Event, int Year)[]> Events = new(
        () => Lexicons.LexiconReader.ReadRows("Semantics/events.txt").Select(r => (r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture))).ToArray(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    [GeneratedRegex(@"((?:19|20)\d{2}|[一二〇零○][〇零○一二三四五六七八九]{3})\s*年\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*日")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"((?:19|20)\d{2})年[^\n。，]{0,20}?(?:政府工作报告|工作报告|讲话)")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"(今年|明年|去年)(?:也)?是[^。！？；\n]{0,40}?[“""‘]?十([一二三四五六七八九])五[”""’]?[^。！？；\n]{0,12}?(开局|起步|开篇|收官|决胜|最后一)")]
    private static partial Regex PlanYear();

    // 2023年工作回顾, １９９４年国内工作的回顾, 首先报告２００１年的工作: the review of the year before the report's.
    [GeneratedRegex(@"((?:19|20)\d{2})年[^\n。]{0,20}?工作的?回顾|报告((?:19|20)\d{2})年的?工作")]
    private static partial Regex ReviewHeading();

    // 向第十届全国人民代表大会第一次会议报告; 第十二届全国人民代表大会第一次会议听取和审议了… (a resolution); 第十届全国人民
    // 代表大会第一次会议以来的五年 (a report at the end of the term).
    [GeneratedRegex(@"(向|在)?第([一二三四五六七八九十]{1,3})届全国人民代表大会第([一二三四五六七八九十]{1,2})次会议(?:以来的([一二三四五六七八九十])年)?")]
    private static partial Regex NpcSession();

    // 第五届全国人民代表大会期间，…: a report on the term that has ended, given at the next term's first session.
    [GeneratedRegex(@"第([一二三四五六七八九十]{1,3})届全国人民代表大会期间")]
    private static partial Regex NpcTerm();

    // 向党的第十二次全国代表大会作报告; 中国共产党第九次全国代表大会，将是…: the congress the report is given to.
    [GeneratedRegex(@"(向(?:党的|中国共产党)?)?第([一二三四五六七八九十]{1,3})次全国代表大会(，(?:将)?是)?")]
    private static partial Regex CpcCongress();

    // 我代表第十六届中央委员会向大会作报告; 我受十二届中央委员会委托: the committee elected by the congress before.
    [GeneratedRegex(@"(?:代表|受)(?:中国共产党)?第?([一二三四五六七八九十]{1,3})届中央委员会")]
    private static partial Regex CpcCommittee();

    // A resolution on a work report: 同意报告提出的2015年工作总体部署.
    [GeneratedRegex(@"报告提出的((?:19|20)\d{2})年")]
    private static partial Regex ResolutionYear();

    private static readonly Lazy<(Dictionary<int, int> Cpc, Dictionary<int, int> Npc)> Sessions = new(
        () =>
        {
            var rows = Lexicons.LexiconReader.ReadRows("Semantics/sessions.txt");
            Dictionary<int, int> Table(string body) => rows.Where(r => r[0] == body).ToDictionary(
                r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture),
                r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture));
            return (Table("cpc"), Table("npc"));
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    [GeneratedRegex(@"(?:到|至|力争到|争取到)((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:底|末)?(?:前|以前|之前)")]
    private static partial Regex TargetYear();

    /// <summary>
    /// The reference year of a document and where it came from, in the one order every caller uses: the year the caller
    /// gave, else the date the file declares, else the year the text implies (<see cref="Infer"/>).
    /// </summary>
    /// <param name="tree">The parsed document.</param>
    /// <param name="given">The year the caller gave, if any.</param>
    /// <param name="metadata">What the file says about itself, if known.</param>
    /// <returns>The year (null when none can be told) and its source.</returns>
    internal static (int? Year, ReferenceYearSource Source) Resolve(SpeechSyntaxTree tree, int? given, Loading.DocumentMetadata? metadata)
    {
        if (given is { } year)
        {
            return (year, ReferenceYearSource.Given);
        }

        if (metadata?.Date is { } date)
        {
            return (date.Year, ReferenceYearSource.Metadata);
        }

        return Infer(tree) is { } inferred ? (inferred, ReferenceYearSource.Inferred) : (null, ReferenceYearSource.None);
    }

    /// <summary>The inferred reference year, or null when the text gives no evidence.</summary>
    internal static int? Infer(SpeechSyntaxTree tree)
    {
        string text = NormalizeDigits(tree.Text.ToString());
        int headEnd = Math.Min(text.Length, HeadLength);
        if (tree.Root.Salutation is { } salutation)
        {
            headEnd = Math.Min(headEnd, salutation.Span.Start);
        }

        var head = text.AsSpan(0, headEnd).ToString();

        // The session or congress a report is given to, named in its first sentences after the salutation: before any
        // date, which there may be one the report recalls (毛主席在一九六九年四月一日九大开幕的时候).
        int openingEnd = Math.Min(text.Length, (tree.Root.Salutation is { } greeting ? greeting.Span.End : 0) + HeadLength);
        if (SessionYear(text[..openingEnd]) is { } session)
        {
            return session;
        }

        if (FullDate().Match(head) is { Success: true } date && ParseYear(date.Groups[1].Value) is { } dateYear)
        {
            return dateYear;
        }

        if (TitleYear().Match(head) is { Success: true } title)
        {
            return int.Parse(title.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (PlanYear().Match(text) is { Success: true } plan)
        {
            int n = "一二三四五六七八九".IndexOf(plan.Groups[2].Value[0], StringComparison.Ordinal) + 1;
            int first = 1955 + (5 * (10 + n)) - 4; // 十四五 = 2021–2025: last = 1955 + 5 × 14
            int last = first + 4;
            bool start = plan.Groups[3].Value is "开局" or "起步" or "开篇";
            int offset = plan.Groups[1].Value switch { "明年" => -1, "去年" => 1, _ => 0 };
            return (start ? first : last) + offset;
        }

        int review = 0;
        foreach (Match m in ReviewHeading().Matches(text))
        {
            var g = m.Groups[1].Success ? m.Groups[1] : m.Groups[2];
            review = Math.Max(review, int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (review > 0)
        {
            return review + 1;
        }

        var tail = text.AsSpan(Math.Max(0, text.Length - 120)).ToString();
        var trailer = FullDate().Matches(tail);
        if (trailer.Count > 0 && ParseYear(trailer[^1].Groups[1].Value) is { } published)
        {
            return published;
        }

        int lower = 0;
        foreach (var (name, year) in Events.Value)
        {
            if (year > lower && text.Contains(name, StringComparison.Ordinal))
            {
                lower = year;
            }
        }

        int upper = int.MaxValue;
        foreach (Match m in TargetYear().Matches(text))
        {
            var g = m.Groups[1].Success ? m.Groups[1] : m.Groups[2];
            upper = Math.Min(upper, int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (lower > 0 && upper != int.MaxValue && upper >= lower && upper - lower <= 1)
        {
            return lower;
        }

        return null;
    }

    /// <summary>The year of the session or congress the head addresses, or that a resolution's opening names.</summary>
    private static int? SessionYear(string head)
    {
        var (cpc, npc) = Sessions.Value;
        foreach (Match m in NpcSession().Matches(head))
        {
            bool addressed = m.Groups[1].Success || m.Index == 0;
            if ((addressed || m.Groups[4].Success) && npc.TryGetValue(SyntaxFacts.ParseHanNumber(m.Groups[2].Value), out int first))
            {
                int year = first + SyntaxFacts.ParseHanNumber(m.Groups[3].Value) - 1;
                return m.Groups[4].Success ? year + SyntaxFacts.ParseHanNumber(m.Groups[4].Value) : year;
            }
        }

        if (ResolutionYear().Match(head) is { Success: true } resolution)
        {
            return int.Parse(resolution.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (Match m in CpcCongress().Matches(head))
        {
            if ((m.Groups[1].Success || m.Groups[3].Success) && cpc.TryGetValue(SyntaxFacts.ParseHanNumber(m.Groups[2].Value), out int year))
            {
                return year;
            }
        }

        if (CpcCommittee().Match(head) is { Success: true } committee && cpc.TryGetValue(SyntaxFacts.ParseHanNumber(committee.Groups[1].Value) + 1, out int next))
        {
            return next;
        }

        return NpcTerm().Match(head) is { Success: true } term && npc.TryGetValue(SyntaxFacts.ParseHanNumber(term.Groups[1].Value) + 1, out int following)
            ? following
            : null;
    }

    /// <summary>Full-width digits as ASCII (１９９４年): the year patterns read ASCII digits. Keeps every offset.</summary>
    private static string NormalizeDigits(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('０', '９') < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                chars[i] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c;
            }
        });
    }

    private static int? ParseYear(string digits)
    {
        if (digits.Length != 4)
        {
            return null;
        }

        int year = 0;
        foreach (char c in digits)
        {
            int d = c switch
            {
                >= '0' and <= '9' => c - '0',
                '〇' or '零' or '○' => 0,
                _ => "一二三四五六七八九".IndexOf(c, StringComparison.Ordinal) + 1,
            };
            if (d < 0)
            {
                return null;
            }

            year = (year * 10) + d;
        }

        return year is >= 1949 and <= 2100 ? year : null;
    }
}
