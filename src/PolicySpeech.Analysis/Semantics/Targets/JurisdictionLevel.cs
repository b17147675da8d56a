namespace PolicySpeech.Semantics;

/// <summary>The tier of government a document speaks for.</summary>
public enum JurisdictionLevel
{
    /// <summary>Not known from the text.</summary>
    Unknown,

    /// <summary>The country (国家: 国务院, 党中央).</summary>
    National,

    /// <summary>A province, autonomous region or municipality directly under the centre (浙江省, 广西壮族自治区, 上海市).</summary>
    Province,

    /// <summary>A city or prefecture (杭州市, 自治州).</summary>
    City,

    /// <summary>A county or district.</summary>
    County,
}
