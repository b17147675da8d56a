using System.Collections.Immutable;
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
        string? baselinePath = null;
        var baseline = ImmutableHashSet<BaselineEntry>.Empty;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        try
        {
            var reader = new Utf8JsonReader(_bytes.AsSpan(_offset), ReaderOptions);
            Read(ref reader);
            Expect(ref reader, JsonTokenType.StartObject, "the configuration must be a JSON object");
            while (ReadProperty(ref reader, seen, out var key))
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
                        options = ReadDuplicates(ref reader, options);
                        break;
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
                        throw Error(reader.TokenStartIndex, $"unknown key '{key}' (expected severity, acceptedWords, dictionaryWords, confusionPairs, duplicates, baseline)");
                }
            }

            ExpectEnd(ref reader);
        }
        catch (JsonException ex)
        {
            throw FromJsonException(ex);
        }

        return new SpeechConfiguration
        {
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
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var reader = new Utf8JsonReader(_bytes.AsSpan(_offset), ReaderOptions);
            Read(ref reader);
            Expect(ref reader, JsonTokenType.StartObject, "the baseline must be a JSON object");
            while (ReadProperty(ref reader, seen, out var key))
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
            }

            ExpectEnd(ref reader);
        }
        catch (JsonException ex)
        {
            throw FromJsonException(ex);
        }

        return entries.ToImmutable();
    }

    private BaselineEntry ReadBaselineEntry(ref Utf8JsonReader reader)
    {
        long start = reader.TokenStartIndex;
        Expect(ref reader, JsonTokenType.StartObject, "a baseline entry must be an object with \"id\" and \"fingerprint\"");
        string? id = null;
        string? fingerprint = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (ReadProperty(ref reader, seen, out var key))
        {
            switch (key)
            {
                case "id":
                    id = ReadString(ref reader, key);
                    break;
                case "fingerprint":
                    fingerprint = ReadString(ref reader, key);
                    break;
                case "path":
                case "message":
                case "note":
                    ReadString(ref reader, key);
                    break;
                default:
                    throw Error(reader.TokenStartIndex, $"unknown key '{key}' in a baseline entry (expected id, fingerprint, path, message, note)");
            }
        }

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
            Expect(ref reader, JsonTokenType.StartObject, "a confusion pair must be an object {\"wrong\": \"冶\", \"right\": \"治\"}");
            string? wrong = null;
            string? right = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (ReadProperty(ref reader, seen, out var key))
            {
                switch (key)
                {
                    case "wrong":
                        wrong = ReadString(ref reader, key);
                        break;
                    case "right":
                        right = ReadString(ref reader, key);
                        break;
                    default:
                        throw Error(reader.TokenStartIndex, $"unknown key '{key}' in a confusion pair (expected wrong, right)");
                }
            }

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

    private AnalyzerOptions ReadDuplicates(ref Utf8JsonReader reader, AnalyzerOptions options)
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
                        Read(ref reader);
                        long at = reader.TokenStartIndex;
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out double value) || value is <= 0 or > 1)
                        {
                            throw Error(at, "'nearThreshold' must be a number greater than 0 and at most 1");
                        }

                        options = options with { NearDuplicateThreshold = value };
                        break;
                    }

                default:
                    throw Error(reader.TokenStartIndex, $"unknown key '{key}' in 'duplicates' (expected nearThreshold)");
            }
        }

        return options;
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
