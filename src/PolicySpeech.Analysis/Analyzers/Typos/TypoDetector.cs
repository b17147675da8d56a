using System.Reflection;
using PolicySpeech.Text;

namespace PolicySpeech.Analyzers;

/// <summary>
/// Finds suspected look-alike / sound-alike character typos (PS5001) in Chinese text.
/// </summary>
/// <remarks>
/// Only characters that have confusion candidates are examined. For such a character the detector compares the
/// best dictionary segmentation (maximum-probability path over a unigram word lexicon) of a small window around it
/// with the best segmentation of the same window after substituting the candidate. A typo is reported when the
/// substitution turns the character from a lone (or rare-word) piece into part of a lexicon word and raises the
/// window's log probability by more than a penalty that depends on how likely the confusion is.
/// Instances are immutable and thread-safe.
/// </remarks>
internal sealed class TypoDetector
{
    /// <summary>Characters of context taken on each side of the examined character.</summary>
    internal const int WindowRadius = 4;

    /// <summary>An original piece of two or more characters counts as a real word at or above this log-frequency margin over the out-of-vocabulary score.</summary>
    internal const float RareWordLogFrequency = 3.5f; // ln(33): jieba words seen fewer than ~30 times are treated as suspicious

    private static readonly Lazy<TypoDetector> DefaultInstance = new(CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TypoLexicon _lexicon;
    private readonly TypoConfusionSet _confusions;
    private readonly Dictionary<char, (string Word, int Offset)[]> _accepted;

    /// <summary>Creates a detector over the built-in data plus <paramref name="options"/>.</summary>
    /// <param name="options">Caller additions.</param>
    public TypoDetector(TypoDetectorOptions options)
        : this(Default._lexicon, Default._confusions, options)
    {
    }

    /// <summary>Creates a detector over explicit data (tests, tools).</summary>
    /// <param name="lexicon">The word lexicon.</param>
    /// <param name="confusions">The confusion set.</param>
    /// <param name="options">Caller additions.</param>
    internal TypoDetector(TypoLexicon lexicon, TypoConfusionSet confusions, TypoDetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _lexicon = lexicon.WithWords(options.ExtraWords.Concat(options.AcceptedWords));
        _confusions = confusions.With(options.ExtraConfusions);
        _accepted = options.AcceptedWords
            .Where(w => !string.IsNullOrEmpty(w))
            .SelectMany(w => w.Select((c, i) => (c, w, i)))
            .GroupBy(t => t.c)
            .ToDictionary(g => g.Key, g => g.Select(t => (t.w, t.i)).ToArray());
    }

    /// <summary>The detector over the built-in data; loaded once, on first use.</summary>
    public static TypoDetector Default => DefaultInstance.Value;

    /// <summary>The lexicon in use.</summary>
    internal TypoLexicon Lexicon => _lexicon;

    /// <summary>The confusion set in use.</summary>
    internal TypoConfusionSet Confusions => _confusions;

    /// <summary>Finds suspected typos in <c>text[start..start+length)</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="length">How many code units to examine.</param>
    /// <returns>The findings, in text order, not overlapping.</returns>
    public IEnumerable<TypoFinding> Find(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length, nameof(length));
        List<Candidate>? found = null;
        var end = start + length;
        var i = start;
        while (i < end)
        {
            if (!TypoLexicon.IsHan(text[i]))
            {
                i++;
                continue;
            }

            var runStart = i;
            while (i < end && TypoLexicon.IsHan(text[i]))
            {
                i++;
            }

            if (i - runStart >= 2)
            {
                ScanRun(text, runStart, i, ref found);
            }
        }

        return found is null ? [] : Resolve(text, found);
    }

    /// <summary>Finds suspected typos in the whole of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The findings.</returns>
    public IEnumerable<TypoFinding> Find(string text) => Find(text, 0, text?.Length ?? 0);

    private static TypoDetector CreateDefault()
    {
        var assembly = typeof(TypoDetector).Assembly;
        var policy = ReadText(assembly, "policy-words.txt");
        var extra = new List<(string, double)>();
        foreach (var raw in policy.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var freq = parts.Length > 1 && double.TryParse(parts[1], out var f) ? f : TypoLexicon.DefaultListedFrequency;
            extra.Add((parts[0], freq));
        }

        TypoLexicon lexicon;
        using (var words = Open(assembly, "words.txt.gz"))
        {
            lexicon = TypoLexicon.Load(words, extra);
        }

        var confusions = TypoConfusionSet.Create(TypoConfusionSet.Parse(
            ReadText(assembly, "confusions.txt"),
            ReadText(assembly, "confusions-curated.txt")));
        return new TypoDetector(lexicon, confusions, TypoDetectorOptions.Empty);
    }

    private static Stream Open(Assembly assembly, string fileName)
    {
        var suffix = ".Lexicons.Typos." + fileName;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded resource '{suffix}' is missing.");
        return assembly.GetManifestResourceStream(name)!;
    }

    private static string ReadText(Assembly assembly, string fileName)
    {
        using var stream = Open(assembly, fileName);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static float Penalty(TypoConfusionKind kind) => kind switch
    {
        TypoConfusionKind.Curated => 6.0f,
        TypoConfusionKind.Extra => 5.0f,
        TypoConfusionKind.Shape => 15.0f,
        _ => 15.0f,
    };

    private void ScanRun(string text, int runStart, int runEnd, ref List<Candidate>? found)
    {
        Span<char> buffer = stackalloc char[2 * WindowRadius + 1];
        var rareLimit = _lexicon.OutOfVocabularyLogProb + RareWordLogFrequency;
        for (var i = runStart; i < runEnd; i++)
        {
            var c = text[i];
            if (!_confusions.TryGet(c, out var candidates) || IsAccepted(text, i))
            {
                continue;
            }

            var ws = Math.Max(runStart, i - WindowRadius);
            var we = Math.Min(runEnd, i + WindowRadius + 1);
            var focus = i - ws;
            var haveOriginal = false;
            var originalScore = 0f;
            Candidate? best = null;
            foreach (var (to, kind) in candidates)
            {
                var left = i > runStart && _lexicon.HasBigram(text[i - 1], to);
                var right = i + 1 < runEnd && _lexicon.HasBigram(to, text[i + 1]);
                if (!left && !right)
                {
                    continue;
                }

                var window = buffer[..(we - ws)];
                text.AsSpan(ws, we - ws).CopyTo(window);
                if (!haveOriginal)
                {
                    originalScore = _lexicon.BestSegmentation(window, focus, out _, out var originalPiece, out var originalPieceLp);
                    haveOriginal = true;
                    if (originalPiece >= 2 && originalPieceLp > rareLimit)
                    {
                        break; // the character sits inside a real word
                    }
                }

                window[focus] = to;
                var score = _lexicon.BestSegmentation(window, focus, out var pieceStart, out var pieceLength, out _);
                if (pieceLength < 2)
                {
                    continue;
                }

                var margin = score - originalScore - Penalty(kind);
                if (margin > 0 && (best is null || margin > best.Margin))
                {
                    best = new Candidate(i, to, kind, margin, ws + pieceStart, pieceLength);
                }
            }

            if (best is not null && !IsParallelConstruction(text, runStart, runEnd, best.WordStart, best.WordLength))
            {
                (found ??= []).Add(best);
            }
        }
    }

    /// <summary>
    /// Whether a character of the suspicious word repeats just outside it, as in parallel constructions such as
    /// 宜居宜业, 涉黑涉恶, 一企一策 or 全域全时: there the odd pairing is deliberate abbreviation, not a typo.
    /// </summary>
    private static bool IsParallelConstruction(string text, int runStart, int runEnd, int wordStart, int wordLength)
    {
        const int Reach = 3;
        var from = Math.Max(runStart, wordStart - Reach);
        var to = Math.Min(runEnd, wordStart + wordLength + Reach);
        for (var k = wordStart; k < wordStart + wordLength; k++)
        {
            for (var j = from; j < to; j++)
            {
                if ((j < wordStart || j >= wordStart + wordLength) && text[j] == text[k])
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsAccepted(string text, int i)
    {
        if (_accepted.Count == 0 || !_accepted.TryGetValue(text[i], out var words))
        {
            return false;
        }

        foreach (var (word, offset) in words)
        {
            var s = i - offset;
            if (s >= 0 && s + word.Length <= text.Length && text.AsSpan(s, word.Length).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static List<TypoFinding> Resolve(string text, List<Candidate> found)
    {
        var kept = new List<Candidate>();
        foreach (var candidate in found.OrderByDescending(c => c.Margin))
        {
            if (!kept.Exists(k => k.WordStart < candidate.WordStart + candidate.WordLength && candidate.WordStart < k.WordStart + k.WordLength))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort((a, b) => a.Position.CompareTo(b.Position));
        var result = new List<TypoFinding>(kept.Count);
        foreach (var k in kept)
        {
            var original = text.Substring(k.WordStart, k.WordLength);
            var replacement = string.Create(k.WordLength, (original, k.Position - k.WordStart, k.To), static (span, s) =>
            {
                s.original.AsSpan().CopyTo(span);
                span[s.Item2] = s.To;
            });
            var confidence = Math.Round(1.0 - (0.5 * Math.Exp(-k.Margin / 3.0)), 3);
            result.Add(new TypoFinding(
                new TextSpan(k.WordStart, k.WordLength),
                original,
                replacement,
                new TextSpan(k.Position, 1),
                k.To.ToString(),
                confidence,
                k.Kind));
        }

        return result;
    }

    private sealed record Candidate(int Position, char To, TypoConfusionKind Kind, float Margin, int WordStart, int WordLength);
}
