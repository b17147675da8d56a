namespace PolicySpeech.Semantics;

/// <summary>
/// The jurisdiction of a document, from the body <see cref="GovernmentInference"/> names (国务院 / 党中央 → 国家,
/// 浙江省人民政府 → 浙江省), else from a national byline in the opening (我代表国务院, 我受…中央委员会委托 → 国家), else from a
/// region name with 省/自治区/市 in the title, else, for a speech that speaks for the whole country (我国, 全党, 全国:
/// <see cref="ActorRecognizer.InferJurisdiction(string)"/>), 国家.
/// </summary>
internal static class JurisdictionInference
{
    private const int HeadLength = 600;

    private static readonly string[] Municipalities = ["北京市", "天津市", "上海市", "重庆市"];

    private static readonly string[] NationalBylines = ["代表国务院", "国务院的委托", "受国务院委托", "代表中华人民共和国国务院", "代表中央委员会", "中央委员会委托", "中央委员会的委托", "届中央委员会向", "次全国代表大会"];

    internal static Jurisdiction Infer(string text, string? title)
    {
        var body = GovernmentInference.Infer(text, null);
        if (body is "国务院" or "党中央")
        {
            return new Jurisdiction("国家", JurisdictionLevel.National);
        }

        if (body is not null && body.EndsWith("人民政府", StringComparison.Ordinal))
        {
            return FromRegion(body[..^"人民政府".Length]);
        }

        // 我代表国务院 / 我受国务院的委托 / 我代表中央委员会 in the opening: a national report or a party congress report
        // that GovernmentInference does not recognise as one (older reports say 向大会提出…的报告).
        var head = text.AsSpan(0, Math.Min(HeadLength, text.Length));
        foreach (var phrase in NationalBylines)
        {
            if (head.Contains(phrase, StringComparison.Ordinal))
            {
                return new Jurisdiction("国家", JurisdictionLevel.National);
            }
        }

        if (title is not null)
        {
            int at = title.IndexOf("政府工作报告", StringComparison.Ordinal);
            if (at > 0)
            {
                return FromRegion(title[..at].Trim());
            }
        }

        // A central leader's speech (同志们：…党中央…全党…) names no government and has no report title.
        return ActorRecognizer.InferJurisdiction(text) == "我国"
            ? new Jurisdiction("国家", JurisdictionLevel.National)
            : new Jurisdiction(null, JurisdictionLevel.Unknown);
    }

    internal static Jurisdiction FromRegion(string region)
    {
        if (region.Length == 0)
        {
            return new Jurisdiction(null, JurisdictionLevel.Unknown);
        }

        if (region.EndsWith('省') || region.EndsWith("自治区", StringComparison.Ordinal) || region.EndsWith("特别行政区", StringComparison.Ordinal)
            || Array.IndexOf(Municipalities, region) >= 0)
        {
            return new Jurisdiction(region, JurisdictionLevel.Province);
        }

        if (region.EndsWith('市') || region.EndsWith('州') || region.EndsWith('盟'))
        {
            return new Jurisdiction(region, JurisdictionLevel.City);
        }

        if (region.EndsWith('县') || region.EndsWith('区'))
        {
            return new Jurisdiction(region, JurisdictionLevel.County);
        }

        return new Jurisdiction(region, JurisdictionLevel.Unknown);
    }
}
