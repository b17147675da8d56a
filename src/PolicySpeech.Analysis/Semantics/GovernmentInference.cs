namespace PolicySpeech.Semantics;

/// <summary>
/// Names the body a document speaks for — the implicit actor of its commitments (annotation guide §3): 国务院 for a national
/// government work report, the provincial or municipal 人民政府 for a local one (甘肃省人民政府, 广西壮族自治区人民政府), 党中央 for
/// a party congress report or a General Secretary's speech; otherwise the jurisdiction word the speech uses (我省, 全市).
/// </summary>
internal static class GovernmentInference
{
    private const int HeadLength = 600;

    private const int BylineLength = 200;

    private static readonly string[] RegionSuffixes = ["特别行政区", "自治区", "自治州", "省", "市", "州", "盟", "县", "区"];

    /// <summary>The implicit actor of <paramref name="text"/>, or <paramref name="jurisdiction"/> when the document names no government.</summary>
    internal static string? Infer(string text, string? jurisdiction)
    {
        var head = Head(text);
        bool report = head.Contains("政府工作报告", StringComparison.Ordinal) || text.Contains("向大会报告", StringComparison.Ordinal)
            || text.Contains("报告政府工作", StringComparison.Ordinal);
        if (report)
        {
            if (RepresentedBody(text) is { } body)
            {
                return body;
            }

            return jurisdiction is null or "我国" ? "国务院" : jurisdiction;
        }

        // A party congress report, a speech signed 习近平, or a speech whose scope is the whole country speaks for the centre;
        // a provincial speech (我省, 全市) keeps its jurisdiction word, since its speaker's body is not named.
        if (head.Contains("全国代表大会上的报告", StringComparison.Ordinal) || head[..Math.Min(head.Length, BylineLength)].Contains("习近平", StringComparison.Ordinal)
            || jurisdiction == "我国")
        {
            return "党中央";
        }

        return jurisdiction;
    }

    /// <summary>The body in 我代表…人民政府/国务院, completed with the region the title names (省人民政府 → 甘肃省人民政府).</summary>
    private static string? RepresentedBody(string text)
    {
        int at = text.IndexOf("我代表", StringComparison.Ordinal);
        for (int guard = 0; at >= 0 && guard < 5; guard++, at = text.IndexOf("我代表", at + 3, StringComparison.Ordinal))
        {
            var rest = text.AsSpan(at + 3, Math.Min(16, text.Length - at - 3));
            if (rest.StartsWith("国务院", StringComparison.Ordinal))
            {
                return "国务院";
            }

            int gov = rest.IndexOf("人民政府", StringComparison.Ordinal);
            if (gov < 0)
            {
                continue;
            }

            string region = rest[..gov].ToString();
            if (region.Length <= 3 && (Title(text) ?? Congress(text)) is { } named && named.EndsWith(region, StringComparison.Ordinal))
            {
                region = named; // 省人民政府 in 2026年甘肃省政府工作报告, or before 在江澜省第十四届人民代表大会 → 甘肃省人民政府
            }

            return region + "人民政府";
        }

        return Title(text) is { } titled ? titled + "人民政府" : null;
    }

    /// <summary>The opening of <paramref name="text"/>, where a title, byline or 我代表… stands.</summary>
    private static ReadOnlySpan<char> Head(string text) => text.AsSpan(0, Math.Min(text.Length, HeadLength));

    /// <summary>What stands before the first <paramref name="marker"/> in the opening of <paramref name="text"/>; empty when the marker is not there or opens the text.</summary>
    private static ReadOnlySpan<char> HeadBefore(string text, string marker)
    {
        var head = Head(text);
        int at = head.IndexOf(marker, StringComparison.Ordinal);
        return at > 0 ? head[..at] : [];
    }

    /// <summary>The region of the byline 在江澜省第十四届人民代表大会第五次会议上 (江澜省), or null.</summary>
    private static string? Congress(string text)
    {
        var before = HeadBefore(text, "人民代表大会");
        int open = before.LastIndexOf('在');
        if (open < 0 || before.Length - open > 24)
        {
            return null;
        }

        var place = before[(open + 1)..];
        int ordinal = place.IndexOf('第');
        if (ordinal > 0)
        {
            place = place[..ordinal];
        }

        foreach (var suffix in RegionSuffixes)
        {
            if (place.Length > suffix.Length && place.EndsWith(suffix, StringComparison.Ordinal))
            {
                return place.ToString();
            }
        }

        return null;
    }

    /// <summary>The region of a title such as 2026年甘肃省政府工作报告 or 2026年四川省人民政府工作报告 (甘肃省, 四川省), or null.</summary>
    private static string? Title(string text)
    {
        var before = HeadBefore(text, "政府工作报告");
        if (before.IsEmpty)
        {
            return null;
        }

        if (before.EndsWith("人民", StringComparison.Ordinal))
        {
            before = before[..^2];
        }

        foreach (var suffix in RegionSuffixes)
        {
            if (!before.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            int start = before.Length - suffix.Length;
            while (start > 0 && before.Length - start < 12 && ChineseNumerals.IsCjkIdeograph(before[start - 1]) && before[start - 1] != '年')
            {
                start--;
            }

            return before.Length - start > suffix.Length ? before[start..].ToString() : null;
        }

        return null;
    }
}
