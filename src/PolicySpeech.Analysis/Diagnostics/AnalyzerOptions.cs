using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PolicySpeech.Diagnostics;

/// <summary>
/// Settings the rules read: words to accept, extra confusion pairs, extra dictionary words, and string-keyed per-rule
/// options (as Roslyn's <c>AnalyzerConfigOptions</c>) that any analyzer, built-in or third-party, reads through its context.
/// </summary>
/// <example><code>
/// // policyspeech.json: { "rules": { "ACME002": { "maxLength": "120" } } }  or  { "options": { "ACME002.maxLength": "120" } }
/// int max = context.Options.GetInt32("ACME002.maxLength", 150);
/// </code></example>
public sealed record AnalyzerOptions
{
    /// <summary>The key of PS2004's similarity threshold (0–1, default 0.8); <c>"duplicates": {"nearThreshold": …}</c> is an alias.</summary>
    internal const string NearDuplicateThresholdKey = "PS2004.threshold";

    /// <summary>The defaults: nothing accepted, no extra pairs, no per-rule options.</summary>
    public static AnalyzerOptions Default { get; } = new();

    /// <summary>Words the typo rule must accept as written.</summary>
    internal ImmutableHashSet<string> AcceptedWords { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>Extra words for the dictionary (known correct words).</summary>
    internal ImmutableHashSet<string> DictionaryWords { get; init; } = ImmutableHashSet<string>.Empty;

    /// <summary>Extra look-alike pairs: a wrong character and the right one.</summary>
    internal ImmutableArray<ConfusionPair> ConfusionPairs { get; init; } = [];

    /// <summary>
    /// The per-rule options, keyed <c>RULEID.name</c> (such as <c>PS2004.threshold</c>; keys compare ignoring case), as
    /// strings: read them with <see cref="TryGetValue"/> or the typed helpers.
    /// </summary>
    public ImmutableSortedDictionary<string, string> RuleOptions { get; init; } =
        ImmutableSortedDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>A copy with one per-rule option set.</summary>
    /// <param name="key">The key, <c>RULEID.name</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new options.</returns>
    public AnalyzerOptions WithRuleOption(string key, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        return this with { RuleOptions = RuleOptions.SetItem(key, value) };
    }

    /// <summary>The value of a per-rule option, if it is set.</summary>
    /// <param name="key">The key, <c>RULEID.name</c>.</param>
    /// <param name="value">The value when set.</param>
    /// <returns>Whether the option is set.</returns>
    public bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return RuleOptions.TryGetValue(key, out value);
    }

    /// <summary>A per-rule option as a number (invariant culture), or <paramref name="defaultValue"/> when it is not set.</summary>
    /// <param name="key">The key, <c>RULEID.name</c>.</param>
    /// <param name="defaultValue">The value when the option is not set.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The option is set but is not a number.</exception>
    public double GetDouble(string key, double defaultValue) =>
        Get(key, defaultValue, static s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null, "a number");

    /// <summary>A per-rule option as a whole number, or <paramref name="defaultValue"/> when it is not set.</summary>
    /// <param name="key">The key, <c>RULEID.name</c>.</param>
    /// <param name="defaultValue">The value when the option is not set.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The option is set but is not a whole number.</exception>
    public int GetInt32(string key, int defaultValue) =>
        Get(key, defaultValue, static s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null, "a whole number");

    /// <summary>A per-rule option as <c>true</c>/<c>false</c>, or <paramref name="defaultValue"/> when it is not set.</summary>
    /// <param name="key">The key, <c>RULEID.name</c>.</param>
    /// <param name="defaultValue">The value when the option is not set.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The option is set but is neither true nor false.</exception>
    public bool GetBoolean(string key, bool defaultValue) =>
        Get(key, defaultValue, static s => bool.TryParse(s, out var v) ? v : null, "true or false");

    /// <summary>A per-rule option as a string, or <paramref name="defaultValue"/> when it is not set.</summary>
    /// <param name="key">The key, <c>RULEID.name</c>.</param>
    /// <param name="defaultValue">The value when the option is not set.</param>
    /// <returns>The value.</returns>
    public string GetString(string key, string defaultValue) => TryGetValue(key, out var value) ? value : defaultValue;

    private T Get<T>(string key, T defaultValue, Func<string, T?> parse, string expected)
        where T : struct
    {
        if (!TryGetValue(key, out var text))
        {
            return defaultValue;
        }

        return parse(text.Trim()) ?? throw new FormatException($"the option '{key}' is '{text}', which is not {expected}");
    }
}
