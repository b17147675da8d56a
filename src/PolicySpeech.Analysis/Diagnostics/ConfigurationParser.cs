using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PolicySpeech.Diagnostics;

/// <summary>Reads <c>policyspeech.json</c> and baseline files with <see cref="Utf8JsonReader"/>, so every problem has a line and column.</summary>
internal sealed class ConfigurationParser
{
    internal const string BaselineSchema = "policyspeech-baseline/1";

    /// <summary>The largest configuration or baseline file read (64 MB, the same as a speech).</summary>
    internal const long MaxFileBytes = 64L * 1024 * 1024;

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly byte[] _bytes;
    private readonly int _offset;
    private readonly string _path;

    private ConfigurationParser(byte[] bytes, string path)
    {
        _bytes = bytes;
        _offset = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        _path = path;
    }

    public static SpeechConfiguration Parse(byte[] bytes, string path) => new ConfigurationParser(bytes, path).ParseConfiguration();

    public static ImmutableHashSet<BaselineEntry> ParseBaseline(byte[] bytes, string path) => new ConfigurationParser(bytes, path).ParseBaselineFile();

    internal static DiagnosticSeverity? ParseSeverityName(string value, out bool ok)
    {
        ok = true;
        switch (value.ToLowerInvariant())
        {
            case "error": return DiagnosticSeverity.Error;
            case "warning": return DiagnosticSeverity.Warning;
            case "info": return DiagnosticSeverity.Info;
            case "hidden": return DiagnosticSeverity.Hidden;
            case "none": return null;
            default:
                ok = false;
                return null;
        }
    }

    private SpeechConfiguration ParseConfiguration()
    {
        var ids = ImmutableDictionary.CreateBuilder<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);
        var categories = ImmutableDictionary.CreateBuilder<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);
        var options = AnalyzerOptions.Default;
        var ruleOptions = new Dictionary<string, (string Value, long At)>(StringComparer.OrdinalIgnoreCase);
        var analyzerPaths = ImmutableArray.CreateBuilder<string>();
        string? baselinePath = null;
        var baseline = ImmutableHashSet<BaselineEntry>.Empty;
        ReadObjectFile("the configuration must be a JSON object", (ref Utf8JsonReader reader, string key) =>
        {
            switch (key)
            {
                case "$schema":
                    ReadString(ref reader, key);
                    break;
                case "severity":
                    ReadSeverities(ref reader, ids, categories);
                    break;
                case "acceptedWords":
                    options = options with { AcceptedWords = ReadStringArray(ref reader, key).ToImmutableHashSet(StringComparer.Ordinal) };
                    break;
                case "dictionaryWords":
                    options = options with { DictionaryWords = ReadStringArray(ref reader, key).ToImmutableHashSet(StringComparer.Ordinal) };
                    break;
                case "confusionPairs":
                    options = options with { ConfusionPairs = ReadConfusionPairs(ref reader) };
                    break;
                case "duplicates":
                    ReadDuplicates(ref reader, ruleOptions);
                    break;
                case "options":
                    ReadFlatOptions(ref reader, ruleOptions);
                    break;
                case "rules":
                    ReadRuleOptions(ref reader, ruleOptions);
                    break;
                case "analyzers":
                    {
                        var directory = Path.GetDirectoryName(Path.GetFullPath(_path)) ?? ".";
                        foreach (var relative in ReadStringArray(ref reader, key))
                        {
                            analyzerPaths.Add(Path.GetFullPath(Path.Combine(directory, relative)));
                        }

                        break;
                    }

                case "baseline":
                    {
                        long at = reader.TokenStartIndex;
                        var relative = ReadString(ref reader, key);
                        var directory = Path.GetDirectoryName(Path.GetFullPath(_path)) ?? ".";
                        baselinePath = Path.GetFullPath(Path.Combine(directory, relative));
                        byte[] baselineBytes;
                        try
                        {
                            baselineBytes = Loading.FileChecks.ReadLimited(baselinePath, MaxFileBytes);
                        }
                        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                        {
                            throw Error(at, $"cannot read the baseline file '{baselinePath}': {ex.Message}");
                        }

                        baseline = ParseBaseline(baselineBytes, baselinePath);
                        break;
                    }

                default:
                    throw Error(reader.TokenStartIndex, $"unknown key '{key}' (expected severity, acceptedWords, dictionaryWords, confusionPairs, duplicates, options, rules, analyzers, baseline)");
            }
        });
        options = options with { RuleOptions = CheckRuleOptions(ruleOptions) };

        return new SpeechConfiguration
        {
            AnalyzerPaths = analyzerPaths.ToImmutable(),
            Path = Path.GetFullPath(_path),
            IdSeverities = ids.ToImmutable(),
            CategorySeverities = categories.ToImmutable(),
            AnalyzerOptions = options,
            BaselinePath = baselinePath,
            Baseline = baseline,
        };
    }

    private ImmutableHashSet<BaselineEntry> ParseBaselineFile()
    {
        var entries = ImmutableHashSet.CreateBuilder<BaselineEntry>();
        ReadObjectFile("the baseline must be a JSON object", (ref Utf8JsonReader reader, string key) =>
        {
            switch (key)
            {
                case "schema":
                    {
                        long at = reader.TokenStartIndex;
                        var schema = ReadString(ref reader, key);
                        if (schema != BaselineSchema)
                        {
                            throw Error(at, $"unsupported baseline schema '{schema}' (expected '{BaselineSchema}')");
                        }

                        break;
                    }

                case "accepted":
                    Read(ref reader);
                    Expect(ref reader, JsonTokenType.StartArray, "'accepted' must be an array of {\"id\", \"fingerprint\"} objects");
                    while (true)
                    {
                        Read(ref reader);
                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            break;
                        }

                        entries.Add(ReadBaselineEntry(ref reader));
                    }

                    break;
                default:
                    throw Error(reader.TokenStartIndex, $"unknown key '{key}' (expected schema, accepted)");
            }
        });

        return entries.ToImmutable();
    }

    private BaselineEntry ReadBaselineEntry(ref Utf8JsonReader reader)
    {
        long start = reader.TokenStartIndex;
        var (id, fingerprint) = ReadStringPair(
            ref reader, "a baseline entry", "a baseline entry must be an object with \"id\" and \"fingerprint\"", "id", "fingerprint", ["path", "message", "note"]);

        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(fingerprint))
        {
            throw Error(start, "a baseline entry needs both \"id\" and \"fingerprint\"");
        }

        return new BaselineEntry(id, fingerprint);
    }

    private void ReadSeverities(ref Utf8JsonReader reader, ImmutableDictionary<string, DiagnosticSeverity?>.Builder ids, ImmutableDictionary<string, DiagnosticSeverity?>.Builder categories)
    {
        Read(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "'severity' must be an object mapping IDs or categories to error, warning, info, hidden or none");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (ReadProperty(ref reader, seen, out var key))
        {
            Read(ref reader);
            long at = reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Error(at, $"the severity of '{key}' must be a string: error, warning, info, hidden or none");
            }

            var value = GetString(ref reader);
            var severity = ParseSeverityName(value, out bool ok);
            if (!ok)
            {
                throw Error(at, $"bad severity '{value}' for '{key}' (expected error, warning, info, hidden or none)");
            }

            if (key.Length == 0)
            {
                throw Error(at, "an empty ID or category in 'severity'");
            }

            (key.Any(char.IsAsciiDigit) ? ids : categories)[key] = severity;
        }
    }

    private ImmutableArray<ConfusionPair> ReadConfusionPairs(ref Utf8JsonReader reader)
    {
        Read(ref reader);
        Expect(ref reader, JsonTokenType.StartArray, "'confusionPairs' must be an array of {\"wrong\": \"冶\", \"right\": \"治\"} objects");
        var pairs = ImmutableArray.CreateBuilder<ConfusionPair>();
        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                break;
            }

            long start = reader.TokenStartIndex;
            var (wrong, right) = ReadStringPair(
                ref reader, "a confusion pair", "a confusion pair must be an object {\"wrong\": \"冶\", \"right\": \"治\"}", "wrong", "right", []);

            if (string.IsNullOrEmpty(wrong) || string.IsNullOrEmpty(right))
            {
                throw Error(start, "a confusion pair needs non-empty \"wrong\" and \"right\"");
            }

            if (wrong == right)
            {
                throw Error(start, $"the confusion pair '{wrong}' → '{right}' changes nothing");
            }

            pairs.Add(new ConfusionPair(wrong, right));
        }

        return pairs.ToImmutable();
    }

    private void ReadDuplicates(ref Utf8JsonReader reader, Dictionary<string, (string Value, long At)> ruleOptions)
    {
        Read(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "'duplicates' must be an object such as {\"nearThreshold\": 0.8}");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (ReadProperty(ref reader, seen, out var key))
        {
            switch (key)
            {
                case "nearThreshold":
                    {
                        // An alias of the per-rule option PS2004.threshold.
                        Read(ref reader);
                        long at = reader.TokenStartIndex;
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out double value) || value is <= 0 or > 1)
                        {
                            throw Error(at, "'nearThreshold' must be a number greater than 0 and at most 1");
                        }

                        AddRuleOption(ruleOptions, AnalyzerOptions.NearDuplicateThresholdKey, value.ToString("R", CultureInfo.InvariantCulture), at);
                        break;
                    }

                default:
                    throw Error(reader.TokenStartIndex, $"unknown key '{key}' in 'duplicates' (expected nearThreshold)");
            }
        }
    }

    /// <summary>Reads <c>"options": {"PS2004.threshold": "0.85", "ACME002.maxLength": 120}</c>.</summary>
    private void ReadFlatOptions(ref Utf8JsonReader reader, Dictionary<string, (string Value, long At)> ruleOptions)
    {
        Read(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "'options' must be an object mapping \"RULEID.name\" keys to values, such as {\"PS2004.threshold\": \"0.85\"}");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (ReadProperty(ref reader, seen, out var key))
        {
            long at = reader.TokenStartIndex;
            int dot = key.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || dot == key.Length - 1)
            {
                throw Error(at, $"the option key '{key}' must be RULEID.name, such as PS2004.threshold");
            }

            AddRuleOption(ruleOptions, key, ReadOptionValue(ref reader, key), at);
        }
    }

    /// <summary>Reads <c>"rules": {"PS2004": {"threshold": "0.85"}}</c>.</summary>
    private void ReadRuleOptions(ref Utf8JsonReader reader, Dictionary<string, (string Value, long At)> ruleOptions)
    {
        Read(ref reader);
        Expect(ref reader, JsonTokenType.StartObject, "'rules' must be an object mapping rule IDs to their options, such as {\"PS2004\": {\"threshold\": \"0.85\"}}");
        var seenIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (ReadProperty(ref reader, seenIds, out var id))
        {
            if (id.Length == 0 || id.Contains('.', StringComparison.Ordinal))
            {
                throw Error(reader.TokenStartIndex, $"'{id}' in 'rules' must be a rule ID, such as PS2004");
            }

            Read(ref reader);
            Expect(ref reader, JsonTokenType.StartObject, $"the options of '{id}' in 'rules' must be an object, such as {{\"threshold\": \"0.85\"}}");
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            while (ReadProperty(ref reader, seen, out var name))
            {
                long at = reader.TokenStartIndex;
                if (name.Length == 0)
                {
                    throw Error(at, $"an empty option name under '{id}' in 'rules'");
                }

                AddRuleOption(ruleOptions, id + "." + name, ReadOptionValue(ref reader, id + "." + name), at);
            }
        }
    }

    /// <summary>An option's value: a string, or a number or true/false written as JSON (kept as the invariant text).</summary>
    private string ReadOptionValue(ref Utf8JsonReader reader, string key)
    {
        Read(ref reader);
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return GetString(ref reader);
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            default:
                throw Error(reader.TokenStartIndex, $"the option '{key}' must be a string, a number, true or false");
        }
    }

    private void AddRuleOption(Dictionary<string, (string Value, long At)> ruleOptions, string key, string value, long at)
    {
        if (!ruleOptions.TryAdd(key, (value, at)))
        {
            throw Error(at, $"the option '{key}' is set twice (an alias such as duplicates.nearThreshold sets {AnalyzerOptions.NearDuplicateThresholdKey})");
        }
    }

    /// <summary>
    /// Checks the options of the built-in rules (a misspelt name or a bad value is an error with its line); options of other
    /// rules belong to third-party analyzers and are passed on as written.
    /// </summary>
    private ImmutableSortedDictionary<string, string> CheckRuleOptions(Dictionary<string, (string Value, long At)> ruleOptions)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, (value, at)) in ruleOptions)
        {
            string id = key[..key.IndexOf('.', StringComparison.Ordinal)];
            if (Analyzers.BuiltInRules.Descriptors.Any(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase)))
            {
                if (!string.Equals(key, AnalyzerOptions.NearDuplicateThresholdKey, StringComparison.OrdinalIgnoreCase))
                {
                    throw Error(at, $"unknown option '{key}' (the built-in rules' options: {AnalyzerOptions.NearDuplicateThresholdKey})");
                }

                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double threshold) || threshold is <= 0 or > 1 || double.IsNaN(threshold))
                {
                    throw Error(at, $"'{key}' must be a number greater than 0 and at most 1");
                }
            }

            result[key] = value;
        }

        return result.ToImmutable();
    }

    private List<string> ReadStringArray(ref Utf8JsonReader reader, string key)
    {
        Read(ref reader);
        Expect(ref reader, JsonTokenType.StartArray, $"'{key}' must be an array of strings");
        var values = new List<string>();
        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return values;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw Error(reader.TokenStartIndex, $"'{key}' must contain only strings");
            }

            var value = GetString(ref reader).Trim();
            if (value.Length == 0)
            {
                throw Error(reader.TokenStartIndex, $"an empty string in '{key}'");
            }

            values.Add(value);
        }
    }

    /// <summary>Reads the next property name of the current object; false at its end.</summary>
    /// <summary>
    /// Reads an object of two string properties, <paramref name="first"/> and <paramref name="second"/> (each may be missing),
    /// and string properties <paramref name="ignored"/> that are read and dropped; any other key is an error naming
    /// <paramref name="what"/>.
    /// </summary>
    private (string? First, string? Second) ReadStringPair(
        ref Utf8JsonReader reader, string what, string notAnObject, string first, string second, string[] ignored)
    {
        Expect(ref reader, JsonTokenType.StartObject, notAnObject);
        string? firstValue = null;
        string? secondValue = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (ReadProperty(ref reader, seen, out var key))
        {
            if (key == first)
            {
                firstValue = ReadString(ref reader, key);
            }
            else if (key == second)
            {
                secondValue = ReadString(ref reader, key);
            }
            else if (ignored.Contains(key))
            {
                ReadString(ref reader, key);
            }
            else
            {
                string[] expected = [first, second, .. ignored];
                throw Error(reader.TokenStartIndex, $"unknown key '{key}' in {what} (expected {string.Join(", ", expected)})");
            }
        }

        return (firstValue, secondValue);
    }

    /// <summary>Reads one property of an object: <paramref name="reader"/> is on its name, <paramref name="key"/>.</summary>
    private delegate void PropertyReader(ref Utf8JsonReader reader, string key);

    /// <summary>
    /// Reads the whole file as one JSON object, handing each property to <paramref name="readProperty"/>: a duplicate key,
    /// a JSON syntax error or anything after the object is a <see cref="ConfigurationException"/> with its line and column.
    /// </summary>
    private void ReadObjectFile(string notAnObject, PropertyReader readProperty)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(_bytes.AsSpan(_offset), ReaderOptions);
            Read(ref reader);
            Expect(ref reader, JsonTokenType.StartObject, notAnObject);
            while (ReadProperty(ref reader, seen, out var key))
            {
                readProperty(ref reader, key);
            }

            ExpectEnd(ref reader);
        }
        catch (JsonException ex)
        {
            throw FromJsonException(ex);
        }
    }

    private bool ReadProperty(ref Utf8JsonReader reader, HashSet<string> seen, out string key)
    {
        Read(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            key = "";
            return false;
        }

        key = GetString(ref reader);
        if (!seen.Add(key))
        {
            throw Error(reader.TokenStartIndex, $"the key '{key}' appears twice");
        }

        return true;
    }

    /// <summary>A string token's value; a string that is not valid UTF-8 is a configuration error, not a crash.</summary>
    private string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error(reader.TokenStartIndex, "a string is not valid UTF-8");
        }
    }

    private string ReadString(ref Utf8JsonReader reader, string key)
    {
        Read(ref reader);
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(reader.TokenStartIndex, $"'{key}' must be a string");
        }

        return GetString(ref reader);
    }

    private void Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw Error(_bytes.Length - _offset, "unexpected end of file");
        }
    }

    private void Expect(ref Utf8JsonReader reader, JsonTokenType type, string problem)
    {
        if (reader.TokenType != type)
        {
            throw Error(reader.TokenStartIndex, problem);
        }
    }

    private void ExpectEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            throw Error(reader.TokenStartIndex, "unexpected content after the end of the object");
        }
    }

    private ConfigurationException Error(long position, string problem)
    {
        int end = (int)Math.Min(_offset + position, _bytes.Length);
        int line = 1;
        int lineStart = _offset;
        for (int i = _offset; i < end; i++)
        {
            if (_bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        int column = Encoding.UTF8.GetCharCount(_bytes, lineStart, end - lineStart) + 1;
        return new ConfigurationException(_path, line, column, problem);
    }

    private ConfigurationException FromJsonException(JsonException ex)
    {
        int line = (int)(ex.LineNumber ?? 0) + 1;
        int lineStart = _offset;
        for (int i = _offset, seen = 1; i < _bytes.Length && seen < line; i++)
        {
            if (_bytes[i] == (byte)'\n')
            {
                seen++;
                lineStart = i + 1;
            }
        }

        int bytesInLine = (int)Math.Min(ex.BytePositionInLine ?? 0, _bytes.Length - lineStart);
        int column = Encoding.UTF8.GetCharCount(_bytes, lineStart, bytesInLine) + 1;
        var message = ex.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut].TrimEnd();
        }

        return new ConfigurationException(_path, line, column, "invalid JSON: " + message.ToString(CultureInfo.InvariantCulture), ex);
    }
}
