namespace PolicySpeech.Output;

/// <summary>
/// A third-party analyzer assembly that ran beside the built-in rules, as SARIF lists it in <c>runs[].tool.extensions</c>
/// (a <c>toolComponent</c> with its name, version and rules); its findings point at their rule there.
/// </summary>
internal sealed class SarifToolExtension
{
    /// <summary>Creates an extension.</summary>
    /// <param name="name">The assembly's name, such as <c>Acme.SpeechRules</c>.</param>
    /// <param name="version">Its version, or <see langword="null"/>.</param>
    /// <param name="rules">The descriptors of its rules.</param>
    public SarifToolExtension(string name, string? version, IEnumerable<DiagnosticDescriptor> rules)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rules);
        Name = name;
        Version = version;
        Rules = [.. rules.DistinctBy(r => r.Id, StringComparer.Ordinal).OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>The assembly's name.</summary>
    public string Name { get; }

    /// <summary>Its version, or <see langword="null"/>.</summary>
    public string? Version { get; }

    /// <summary>The descriptors of its rules, by ID.</summary>
    public ImmutableArray<DiagnosticDescriptor> Rules { get; }
}
