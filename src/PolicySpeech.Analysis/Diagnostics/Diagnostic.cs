using System.Globalization;

namespace PolicySpeech.Diagnostics;

/// <summary>
/// One finding in one document: a descriptor, where, what, and optionally how to fix it. Immutable; created with
/// <see cref="Create(DiagnosticDescriptor, Location, object?[])"/>, as Roslyn's <c>Diagnostic.Create</c>.
/// </summary>
public sealed class Diagnostic
{
    private readonly State _state;

    private Diagnostic(in State state) => _state = state;

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
        return new Diagnostic(new State
        {
            Descriptor = descriptor,
            Location = location,
            Message = message,
            Severity = descriptor.DefaultSeverity,
            AdditionalLocations = additionalLocations is null ? [] : [.. additionalLocations],
            Properties = properties ?? ImmutableDictionary<string, string?>.Empty,
            Fix = fix,
        });
    }

    /// <summary>What kind of finding it is.</summary>
    public DiagnosticDescriptor Descriptor => _state.Descriptor;

    /// <summary>The descriptor's ID, such as <c>PS1001</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where the finding is.</summary>
    public Location Location => _state.Location;

    /// <summary>Other places that belong to it, such as the first occurrence of a duplicate.</summary>
    public ImmutableArray<Location> AdditionalLocations => _state.AdditionalLocations;

    /// <summary>The severity in effect (the default, or what configuration set).</summary>
    public DiagnosticSeverity Severity => _state.Severity;

    /// <summary>The message.</summary>
    public string Message => _state.Message;

    /// <summary>Extra facts a tool can read, such as <c>kind</c> and <c>unit</c> of a placeholder.</summary>
    public ImmutableDictionary<string, string?> Properties => _state.Properties;

    /// <summary>A fix, when a clear one exists.</summary>
    public CodeFix? Fix => _state.Fix;

    /// <summary>Whether a baseline accepted the finding: it is still reported, marked as suppressed.</summary>
    public bool IsSuppressed => _state.IsSuppressed;

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
    public string? Fingerprint => _state.FingerprintText ?? (_state.HasFingerprintHash ? DiagnosticFingerprint.ToHex(_state.FingerprintHigh, _state.FingerprintLow) : null);


    /// <summary>The same finding at another severity (what configuration set, or weaker evidence).</summary>
    internal Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new(_state with { Severity = severity });

    /// <summary>
    /// The same finding on weak evidence: shown as info, its message saying why it is not a warning, and the reason in the
    /// property <c>weakEvidence</c>.
    /// </summary>
    internal Diagnostic WithWeakEvidence(string reason) =>
        new(_state with { Message = $"{Message} (info, weak evidence: {reason})", Severity = DiagnosticSeverity.Info, Properties = Properties.Add("weakEvidence", reason) });

    /// <summary>The same finding with the fingerprint the engine computed and whether a baseline accepted it.</summary>
    internal Diagnostic WithFingerprint(string fingerprint, bool isSuppressed) =>
        new(_state with { IsSuppressed = isSuppressed, FingerprintText = fingerprint, HasFingerprintHash = false });

    /// <summary>The same finding with the fingerprint the engine computed (<see cref="DiagnosticFingerprint.Compute"/>'s 16 bytes) and whether a baseline accepted it.</summary>
    internal Diagnostic WithFingerprint((ulong High, ulong Low) fingerprint, bool isSuppressed) =>
        new(_state with { IsSuppressed = isSuppressed, FingerprintText = null, FingerprintHigh = fingerprint.High, FingerprintLow = fingerprint.Low, HasFingerprintHash = true });

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Location.Path}({Location.LineSpan.Start}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";

    // What a finding is, in one value, so that each With… method states only what it changes. The fingerprint the engine
    // computed is kept as its 16 bytes (two fields, 16 bytes in the object) and written as hex only when read: as a string
    // it cost 88 bytes more per finding. A fingerprint given as text is kept as it is.
    private readonly record struct State
    {
        public required DiagnosticDescriptor Descriptor { get; init; }

        public required Location Location { get; init; }

        public required string Message { get; init; }

        public required DiagnosticSeverity Severity { get; init; }

        public required ImmutableArray<Location> AdditionalLocations { get; init; }

        public required ImmutableDictionary<string, string?> Properties { get; init; }

        public required CodeFix? Fix { get; init; }

        public bool IsSuppressed { get; init; }

        public string? FingerprintText { get; init; }

        public ulong FingerprintHigh { get; init; }

        public ulong FingerprintLow { get; init; }

        public bool HasFingerprintHash { get; init; }
    }
}
