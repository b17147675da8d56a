using System.Globalization;

namespace PolicySpeech.Diagnostics;

/// <summary>
/// One finding in one document: a descriptor, where, what, and optionally how to fix it. Immutable; created with
/// <see cref="Create(DiagnosticDescriptor, Location, object?[])"/>, as Roslyn's <c>Diagnostic.Create</c>.
/// </summary>
public sealed class Diagnostic
{
    private Diagnostic(
        DiagnosticDescriptor descriptor,
        Location location,
        string message,
        DiagnosticSeverity severity,
        ImmutableArray<Location> additionalLocations,
        ImmutableDictionary<string, string?> properties,
        CodeFix? fix,
        bool isSuppressed,
        string? fingerprintText,
        (ulong High, ulong Low)? fingerprintHash)
    {
        Descriptor = descriptor;
        Location = location;
        Message = message;
        Severity = severity;
        AdditionalLocations = additionalLocations;
        Properties = properties;
        Fix = fix;
        IsSuppressed = isSuppressed;
        _fingerprintText = fingerprintText;
        (_fingerprintHigh, _fingerprintLow) = fingerprintHash ?? default;
        _hasFingerprintHash = fingerprintHash is not null;
    }

    // The fingerprint the engine computed is kept as its 16 bytes (two fields, 16 bytes in the object) and written as hex
    // only when read: as a string it cost 88 bytes more per finding. A fingerprint given as text is kept as it is.
    private readonly string? _fingerprintText;
    private readonly ulong _fingerprintHigh;
    private readonly ulong _fingerprintLow;
    private readonly bool _hasFingerprintHash;

    /// <summary>Creates a diagnostic, at its descriptor's default severity, whose message is the descriptor's format applied to <paramref name="messageArgs"/>.</summary>
    /// <param name="descriptor">What kind of finding it is.</param>
    /// <param name="location">Where it is.</param>
    /// <param name="messageArgs">The values for the message format.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs) =>
        Create(descriptor, location, null, null, null, messageArgs);

    /// <summary>Creates a diagnostic, at its descriptor's default severity, with other locations, properties and a fix.</summary>
    /// <param name="descriptor">What kind of finding it is.</param>
    /// <param name="location">Where it is.</param>
    /// <param name="additionalLocations">Other places that belong to it, such as the first occurrence of a duplicate; <see langword="null"/> for none.</param>
    /// <param name="properties">Extra facts a tool can read; <see langword="null"/> for none.</param>
    /// <param name="fix">A fix, when a clear one exists.</param>
    /// <param name="messageArgs">The values for the message format.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(
        DiagnosticDescriptor descriptor,
        Location location,
        IEnumerable<Location>? additionalLocations,
        ImmutableDictionary<string, string?>? properties,
        CodeFix? fix,
        params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(location);
        var message = string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArgs);
        return new Diagnostic(
            descriptor,
            location,
            message,
            descriptor.DefaultSeverity,
            additionalLocations is null ? [] : [.. additionalLocations],
            properties ?? ImmutableDictionary<string, string?>.Empty,
            fix,
            isSuppressed: false,
            fingerprintText: null,
            fingerprintHash: null);
    }

    /// <summary>What kind of finding it is.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The descriptor's ID, such as <c>PS1001</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where the finding is.</summary>
    public Location Location { get; }

    /// <summary>Other places that belong to it, such as the first occurrence of a duplicate.</summary>
    public ImmutableArray<Location> AdditionalLocations { get; }

    /// <summary>The severity in effect (the default, or what configuration set).</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The message.</summary>
    public string Message { get; }

    /// <summary>Extra facts a tool can read, such as <c>kind</c> and <c>unit</c> of a placeholder.</summary>
    public ImmutableDictionary<string, string?> Properties { get; }

    /// <summary>A fix, when a clear one exists.</summary>
    public CodeFix? Fix { get; }

    /// <summary>Whether a baseline accepted the finding: it is still reported, marked as suppressed.</summary>
    public bool IsSuppressed { get; }

    /// <summary>
    /// A stable identity of the finding across runs, set by the engine, so it survives edits elsewhere in the document.
    /// <see langword="null"/> until the engine has computed it. Baselines and SARIF's <c>partialFingerprints</c> use it.
    /// </summary>
    /// <remarks>
    /// The fingerprint is the first 16 bytes, as 32 lower-case hex digits, of SHA-256 over the UTF-8 of
    /// <c>ID + U+001F + text + U+001F + occurrence</c>: <c>text</c> is the flagged text (the location's span) normalised
    /// to Unicode NFKC (so full- and half-width forms are equal) with white space removed, or the message when that is
    /// empty; <c>occurrence</c> is the 0-based decimal index of the finding among the document's findings with the same ID
    /// and the same normalised text, in text order. Offsets and line numbers are not part of it.
    /// </remarks>
    public string? Fingerprint => _fingerprintText ?? (_hasFingerprintHash ? DiagnosticFingerprint.ToHex(_fingerprintHigh, _fingerprintLow) : null);

    private (ulong High, ulong Low)? FingerprintHash => _hasFingerprintHash ? (_fingerprintHigh, _fingerprintLow) : null;

    /// <summary>The same finding at another severity (what configuration set, or weaker evidence).</summary>
    internal Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new(Descriptor, Location, Message, severity, AdditionalLocations, Properties, Fix, IsSuppressed, _fingerprintText, FingerprintHash);

    /// <summary>
    /// The same finding on weak evidence: shown as info, its message saying why it is not a warning, and the reason in the
    /// property <c>weakEvidence</c>.
    /// </summary>
    internal Diagnostic WithWeakEvidence(string reason) =>
        new(Descriptor, Location, $"{Message} (info, weak evidence: {reason})", DiagnosticSeverity.Info, AdditionalLocations, Properties.Add("weakEvidence", reason), Fix, IsSuppressed, _fingerprintText, FingerprintHash);

    /// <summary>The same finding with the fingerprint the engine computed and whether a baseline accepted it.</summary>
    internal Diagnostic WithFingerprint(string fingerprint, bool isSuppressed) =>
        new(Descriptor, Location, Message, Severity, AdditionalLocations, Properties, Fix, isSuppressed, fingerprint, null);

    /// <summary>The same finding with the fingerprint the engine computed (<see cref="DiagnosticFingerprint.Compute"/>'s 16 bytes) and whether a baseline accepted it.</summary>
    internal Diagnostic WithFingerprint((ulong High, ulong Low) fingerprint, bool isSuppressed) =>
        new(Descriptor, Location, Message, Severity, AdditionalLocations, Properties, Fix, isSuppressed, null, fingerprint);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Location.Path}({Location.LineSpan.Start}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
