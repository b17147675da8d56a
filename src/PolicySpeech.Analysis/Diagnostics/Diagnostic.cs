using System.Collections.Immutable;
using System.Globalization;
using PolicySpeech.Text;

namespace PolicySpeech.Diagnostics;

/// <summary>One finding in one document: a descriptor, where, what, and optionally how to fix it. Immutable.</summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic at its descriptor's default severity.</summary>
    /// <param name="descriptor">What kind of finding it is.</param>
    /// <param name="location">Where it is.</param>
    /// <param name="message">The message (already formatted).</param>
    public Diagnostic(DiagnosticDescriptor descriptor, Location location, string message)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(message);
        Descriptor = descriptor;
        Location = location;
        Message = message;
        Severity = descriptor.DefaultSeverity;
    }

    /// <summary>Creates a diagnostic whose message is the descriptor's format applied to <paramref name="messageArgs"/>.</summary>
    /// <param name="descriptor">What kind of finding it is.</param>
    /// <param name="location">Where it is.</param>
    /// <param name="messageArgs">The values for the message format.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new Diagnostic(descriptor, location, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArgs));
    }

    /// <summary>What kind of finding it is.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The descriptor's ID, such as <c>PS1001</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where the finding is.</summary>
    public Location Location { get; init; }

    /// <summary>Other places that belong to it, such as the first occurrence of a duplicate.</summary>
    public ImmutableArray<Location> AdditionalLocations { get; init; } = [];

    /// <summary>The severity in effect (the default, or what configuration set).</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>The message.</summary>
    public string Message { get; init; }

    /// <summary>Extra facts a tool can read, such as <c>kind</c> and <c>unit</c> of a placeholder.</summary>
    public ImmutableDictionary<string, string?> Properties { get; init; } = ImmutableDictionary<string, string?>.Empty;

    /// <summary>A fix, when a clear one exists.</summary>
    public CodeFix? Fix { get; init; }

    /// <summary>Whether a baseline accepted the finding: it is still reported, marked as suppressed.</summary>
    public bool IsSuppressed { get; init; }

    /// <summary>
    /// A stable identity of the finding across runs, set by <see cref="AnalyzerDriver"/>, so it survives edits elsewhere in
    /// the document. <see langword="null"/> until a driver has computed it. Baselines and SARIF's <c>partialFingerprints</c>
    /// use it.
    /// </summary>
    /// <remarks>
    /// The fingerprint is the first 16 bytes, as 32 lower-case hex digits, of SHA-256 over the UTF-8 of
    /// <c>ID + U+001F + text + U+001F + occurrence</c>: <c>text</c> is the flagged text (the location's span) normalised
    /// to Unicode NFKC (so full- and half-width forms are equal) with white space removed, or the message when that is
    /// empty; <c>occurrence</c> is the 0-based decimal index of the finding among the document's findings with the same ID
    /// and the same normalised text, in text order. Offsets and line numbers are not part of it.
    /// </remarks>
    public string? Fingerprint { get; init; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Location.Path}({Location.LineSpan.Start}): {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
