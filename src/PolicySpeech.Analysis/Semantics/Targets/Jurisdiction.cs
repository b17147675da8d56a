namespace PolicySpeech.Semantics;

/// <summary>The jurisdiction a document speaks for: 国家, 浙江省, 上海市 …, and its level.</summary>
public sealed class Jurisdiction
{
    /// <summary>Creates the value; see the properties for what each argument means.</summary>
    /// <param name="Name">国家 for the country, else the region's full name (广西壮族自治区); null when unknown.</param>
    /// <param name="Level">The tier of government.</param>
    internal Jurisdiction(string? Name, JurisdictionLevel Level) =>
        (this.Name, this.Level) = (Name, Level);

    /// <summary>国家 for the country, else the region's full name (广西壮族自治区); null when unknown.</summary>
    public string? Name { get; internal init; }

    /// <summary>The tier of government.</summary>
    public JurisdictionLevel Level { get; internal init; }
}
