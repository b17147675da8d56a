namespace PolicySpeech.Diagnostics;

/// <summary>
/// The settings of a <c>policyspeech.json</c> file: severities per ID and per category, words to accept, extra dictionary
/// words, extra confusion pairs, duplicate thresholds and a baseline of accepted findings. Immutable.
/// </summary>
/// <remarks>
/// The file is JSON (comments and trailing commas allowed); every key is optional and unknown keys are errors:
/// <code>
/// {
///   "severity": { "PS3003": "none", "PS5001": "error", "Repetition": "info" },
///   "acceptedWords": ["巾帼"],
///   "dictionaryWords": ["河长制"],
///   "confusionPairs": [ { "wrong": "冶", "right": "治" } ],
///   "duplicates": { "nearThreshold": 0.85 },
///   "baseline": "policyspeech.baseline.json"
/// }
/// </code>
/// A <c>severity</c> key with a digit in it is a diagnostic ID, any other is a category; values are <c>error</c>,
/// <c>warning</c>, <c>info</c>, <c>hidden</c> or <c>none</c> (not reported). An ID's setting wins over its category's.
/// <c>baseline</c> is a path relative to the configuration file, to a file of the form
/// <c>{"schema": "policyspeech-baseline/1", "accepted": [{"id": "PS1001", "fingerprint": "…"}]}</c> (entries may also carry
/// <c>path</c>, <c>message</c> and <c>note</c> for people); findings it lists are reported with
/// <see cref="Diagnostic.IsSuppressed"/> set.
/// </remarks>
public sealed record SpeechConfiguration
{
    /// <summary>The file name searched for next to a document and in its parent folders.</summary>
    internal const string FileName = "policyspeech.json";

    /// <summary>No file: default severities, default options, no baseline.</summary>
    public static SpeechConfiguration Default { get; } = new();

    /// <summary>The file the configuration was read from, or <see langword="null"/> for <see cref="Default"/> or one built in code.</summary>
    public string? Path { get; init; }

    /// <summary>Severities set per diagnostic ID (case-insensitive); a <see langword="null"/> value means <c>none</c>: not reported.</summary>
    public ImmutableDictionary<string, DiagnosticSeverity?> IdSeverities { get; init; } =
        ImmutableDictionary.Create<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severities set per category (case-insensitive); a <see langword="null"/> value means <c>none</c>: not reported.</summary>
    public ImmutableDictionary<string, DiagnosticSeverity?> CategorySeverities { get; init; } =
        ImmutableDictionary.Create<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>What the analyzers read: accepted words, dictionary words, confusion pairs, per-rule options.</summary>
    public AnalyzerOptions AnalyzerOptions { get; init; } = AnalyzerOptions.Default;

    /// <summary>
    /// The full paths of the third-party analyzer assemblies the file names (<c>"analyzers"</c>, relative to the file): the
    /// command line loads them as it loads <c>--analyzer</c>; the library itself loads nothing.
    /// </summary>
    public ImmutableArray<string> AnalyzerPaths { get; init; } = [];

    /// <summary>The full path of the baseline file, or <see langword="null"/> when there is none.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>The accepted findings of the baseline file.</summary>
    internal ImmutableHashSet<BaselineEntry> Baseline { get; init; } = [];

    /// <summary>The severity a diagnostic of <paramref name="descriptor"/> is reported at under this configuration.</summary>
    /// <param name="descriptor">The descriptor.</param>
    /// <returns>The severity, or <see langword="null"/> when it is not reported (<c>none</c>, or disabled by default and not configured).</returns>
    internal DiagnosticSeverity? GetSeverity(DiagnosticDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return TryGetConfiguredSeverity(descriptor, out var configured)
            ? configured
            : descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity : null;
    }

    /// <summary>Whether the baseline accepts the finding with this ID and fingerprint.</summary>
    /// <param name="id">The diagnostic ID.</param>
    /// <param name="fingerprint">The finding's <see cref="Diagnostic.Fingerprint"/>.</param>
    /// <returns><see langword="true"/> when the baseline lists it.</returns>
    internal bool IsInBaseline(string id, string fingerprint) => !Baseline.IsEmpty && Baseline.Contains(new BaselineEntry(id, fingerprint));

    /// <summary>Reads a configuration file (and the baseline it names).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigurationException">The file cannot be read or is malformed; the message names the file, line and problem.</exception>
    public static SpeechConfiguration Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = Loading.FileChecks.ReadLimited(path, ConfigurationParser.MaxFileBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ConfigurationException(path, 0, 0, $"cannot read the configuration file: {ex.Message}", ex);
        }

        return ConfigurationParser.Parse(bytes, path);
    }

    /// <summary>Parses configuration JSON. A <c>baseline</c> it names is read relative to the folder of <paramref name="path"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="path">The file the text came from, for messages and relative paths.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigurationException">The text is malformed; the message names the file, line and problem.</exception>
    public static SpeechConfiguration Parse(string json, string path)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(path);
        return ConfigurationParser.Parse(System.Text.Encoding.UTF8.GetBytes(json), path);
    }

    /// <summary>The <c>policyspeech.json</c> that applies to a document: the one in its folder, else the nearest in a parent folder.</summary>
    /// <param name="documentPath">The document's path.</param>
    /// <returns>The configuration file's full path, or <see langword="null"/> when there is none up to the file system's root.</returns>
    internal static string? FindFileFor(string documentPath)
    {
        ArgumentNullException.ThrowIfNull(documentPath);
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(documentPath));
        while (!string.IsNullOrEmpty(directory))
        {
            var candidate = System.IO.Path.Combine(directory, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            directory = System.IO.Path.GetDirectoryName(directory);
        }

        return null;
    }

    /// <summary>The configuration that applies to a document (see <see cref="FindFileFor"/>), or <see cref="Default"/> when no file applies.</summary>
    /// <param name="documentPath">The document's path.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigurationException">The file found is malformed.</exception>
    public static SpeechConfiguration FindFor(string documentPath) =>
        FindFileFor(documentPath) is { } file ? Load(file) : Default;

    internal bool TryGetConfiguredSeverity(DiagnosticDescriptor descriptor, out DiagnosticSeverity? severity)
    {
        if (IdSeverities.TryGetValue(descriptor.Id, out severity))
        {
            return true;
        }

        return CategorySeverities.TryGetValue(descriptor.Category, out severity);
    }
}
