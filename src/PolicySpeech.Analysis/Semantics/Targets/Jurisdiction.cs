namespace PolicySpeech.Semantics;

/// <summary>The jurisdiction a document speaks for: 国家, 浙江省, 上海市 …, and its level.</summary>
/// <param name="Name">国家 for the country, else the region's full name (广西壮族自治区); null when unknown.</param>
/// <param name="Level">The tier of government.</param>
public sealed record Jurisdiction(string? Name, JurisdictionLevel Level);
