using System.IO.Compression;
using PolicySpeech.Lexicons;
using PolicySpeech.Text;

namespace PolicySpeech.Spelling;

/// <summary>
/// Finds suspected look-alike / sound-alike character typos (PS5001) in Chinese text.
/// </summary>
/// <remarks>
/// Only characters that have confusion candidates are examined. For each run of CJK characters the detector builds
/// the best dictionary segmentation (maximum-probability path over a unigram word lexicon, as jieba does) with
/// forward and backward scores, so the best segmentation after substituting one candidate character is a maximum
/// over the few words covering it. A typo is reported when the character is a lone (or rare-word) piece of the
/// original segmentation, the substitution makes it part of a lexicon word that is not a personal or place name,
/// and the run's log probability rises by more than a penalty that depends on the confusion's origin (curated
/// pairs least, generated sound-alike pairs most). Parallel constructions (宜居宜业, 涉黑涉恶) and strings of
/// region abbreviations (京津冀, 浙川) are left alone.
/// Instances are immutable and thread-safe.
/// </remarks>
internal sealed partial class TypoDetector
{
    /// <summary>An original piece of two or more characters counts as a real word at or above this log-frequency margin over the out-of-vocabulary score.</summary>
    internal const float RareWordLogFrequency = 3.5f; // ln(33): jieba words seen fewer than ~30 times are treated as suspicious

    private const int HanBase = 0x4E00;
    private const int HanCount = 0x9FFF - HanBase + 1;

    private static readonly Lazy<TypoDetector> DefaultInstance = new(CreateDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TypoLexicon _lexicon;
    private readonly TypoConfusionSet _confusions;
    private readonly Dictionary<char, (string Word, int Offset)[]> _accepted;
    private readonly HashSet<char> _regions;
    private readonly bool[] _isRegion; // _regions as a table indexed by character - U+4E00 (runs hold only such characters)

    /// <summary>Creates a detector over the built-in data plus <paramref name="options"/>.</summary>
    /// <param name="options">Caller additions.</param>
    public TypoDetector(TypoDetectorOptions options)
        : this(Default._lexicon, Default._confusions, Default._regions, options)
    {
    }

    /// <summary>Creates a detector over explicit data (tests, tools).</summary>
    /// <param name="lexicon">The word lexicon.</param>
    /// <param name="confusions">The confusion set.</param>
    /// <param name="regions">One-character region abbreviations (京, 津, 冀, …).</param>
    /// <param name="options">Caller additions.</param>
    internal TypoDetector(TypoLexicon lexicon, TypoConfusionSet confusions, IReadOnlySet<char> regions, TypoDetectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _regions = [.. regions];
        _isRegion = new bool[HanCount];
        foreach (var c in _regions)
        {
            if (TypoLexicon.IsHan(c))
            {
                _isRegion[c - HanBase] = true;
            }
        }

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
    public IEnumerable<TypoFinding> Find(string text, int start, int length) => Find(text, start, length, null);

    /// <summary>Finds suspected typos in <c>text[start..start+length)</c>, reusing <paramref name="workspace"/>'s buffers.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="length">How many code units to examine.</param>
    /// <param name="workspace">Buffers from <see cref="CreateWorkspace"/> of this detector, used by one thread at a time; null for fresh ones.</param>
    /// <returns>The findings, in text order, not overlapping.</returns>
    internal IReadOnlyList<TypoFinding> Find(string text, int start, int length, Workspace? workspace)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length, nameof(length));
        List<Candidate>? found = null;
        RunChart? chart = workspace?.Chart;
        if (chart is not null && !ReferenceEquals(chart.Lexicon, _lexicon))
        {
            chart = null;
        }

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
                if (chart is null)
                {
                    chart = new RunChart(_lexicon);
                    if (workspace is not null)
                    {
                        workspace.Chart = chart;
                    }
                }

                ScanRun(text, runStart, i, chart, ref found);
            }
        }

        return found is null ? [] : Resolve(text, found);
    }

    /// <summary>
    /// Whether <c>text[start..start+length)</c> holds two CJK characters in a row, the shortest run <see cref="Find(string, int, int)"/>
    /// examines: where it does not, Find finds nothing, and a caller need not load a detector.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="length">How many code units to examine.</param>
    /// <returns>Whether there is such a pair.</returns>
    internal static bool HasRun(string text, int start, int length)
    {
        var end = start + length;
        for (var i = start + 1; i < end; i++)
        {
            if (TypoLexicon.IsHan(text[i]) && TypoLexicon.IsHan(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Scratch buffers for <see cref="Find(string, int, int, Workspace?)"/>, so that a caller scanning many blocks allocates them once.</summary>
    /// <returns>A workspace for one thread at a time.</returns>
    internal static Workspace CreateWorkspace() => new();

    /// <summary>Finds suspected typos in the whole of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The findings.</returns>
    public IEnumerable<TypoFinding> Find(string text) => Find(text, 0, text?.Length ?? 0);

    private static TypoDetector CreateDefault()
    {
        // The confusion set loads on a worker thread while this one reads the lexicon (cold-start wall time).
        var confusionTask = Task.Run(() => TypoConfusionSet.Create(TypoConfusionSet.Parse(
            LexiconReader.ReadRows("Spelling/confusions.txt"),
            LexiconReader.ReadRows("Spelling/confusions-curated.txt"))));
        var lexicon = LoadDefaultLexicon();
        var confusions = confusionTask.GetAwaiter().GetResult();
        var regions = LexiconReader.ReadColumn("Spelling/region-abbreviations.txt")
            .SelectMany(l => l.Where(TypoLexicon.IsHan))
            .ToHashSet();
        return new TypoDetector(lexicon, confusions, regions, TypoDetectorOptions.Empty);
    }

    /// <summary>The default lexicon from its precomputed binary form, <c>Lexicons/Spelling/words.bin</c> (written by <see cref="WriteDefaultLexiconBinary"/>).</summary>
    private static TypoLexicon LoadDefaultLexicon()
    {
        using var stream = LexiconReader.Open("Spelling/words.bin");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return TypoLexicon.ReadBinary(bytes);
    }

    /// <summary>
    /// The default lexicon built from its text sources: the jieba-derived word list (<c>tools/lexicon/data/words.txt.gz</c>, a
    /// build input that is not shipped) and the embedded <c>Lexicons/Spelling/policy-words.txt</c>.
    /// </summary>
    /// <param name="words">The gzip'ed word list (columns word, frequency, name).</param>
    internal static TypoLexicon LoadDefaultLexiconFromText(Stream words)
    {
        var extra = LexiconReader.ReadColumn("Spelling/policy-words.txt").Select(w => (w, TypoLexicon.DefaultListedFrequency));
        using var zip = new GZipStream(words, CompressionMode.Decompress);
        using var reader = new StreamReader(zip, System.Text.Encoding.UTF8);
        return TypoLexicon.Load(LexiconReader.Parse(reader, "words.txt.gz").Rows, extra);
    }

    /// <summary>
    /// Writes the binary form of the default lexicon built from its text sources; tools/lexicon/build_typo_binary.sh
    /// calls it to regenerate <c>Lexicons/Spelling/words.bin</c>.
    /// </summary>
    /// <param name="words">The gzip'ed word list, <c>tools/lexicon/data/words.txt.gz</c>.</param>
    /// <param name="destination">The stream to write to.</param>
    internal static void WriteDefaultLexiconBinary(Stream words, Stream destination) =>
        LoadDefaultLexiconFromText(words).WriteBinary(destination);

    private static float Penalty(TypoConfusionKind kind) => kind switch
    {
        TypoConfusionKind.Curated => 6.0f,
        TypoConfusionKind.Extra => 5.0f,
        TypoConfusionKind.Shape => 15.0f,
        _ => 15.0f,
    };

    private void ScanRun(string text, int runStart, int runEnd, RunChart chart, ref List<Candidate>? found)
    {
        var rareLimit = _lexicon.OutOfVocabularyLogProb + RareWordLogFrequency;
        var charted = false;
        var lexicon = _lexicon;
        for (var i = runStart; i < runEnd; i++)
        {
            if (!_confusions.TryGet(text[i], out var candidates))
            {
                continue;
            }

            if (!charted)
            {
                chart.Build(text, runStart, runEnd);
                charted = true;
            }

            var p = i - runStart;
            if (chart.PieceLength[p] >= 2 && chart.PieceLogProb[p] > rareLimit)
            {
                continue; // the character sits inside a real word
            }

            if (IsAccepted(text, i) || IsRegionPair(text, runStart, runEnd, i))
            {
                continue;
            }

            var left = i > runStart ? text[i - 1] : '\0'; // '\0' joins no bigram
            var right = i + 1 < runEnd ? text[i + 1] : '\0';
            var hasBest = false;
            Candidate best = default;
            foreach (var (to, kind) in candidates)
            {
                if (!lexicon.HasBigram(left, to) && !lexicon.HasBigram(to, right))
                {
                    continue; // the candidate joins neither neighbour in any word
                }

                var score = chart.BestWith(p, to, out var pieceStart, out var pieceLength, out var pieceKey);
                if (pieceLength < 2 || lexicon.IsName(pieceKey))
                {
                    continue; // no word formed, or only a name: a name is no safe correction
                }

                var margin = score - chart.Total - Penalty(kind);
                if (margin > 0 && (!hasBest || margin > best.Margin))
                {
                    best = new Candidate(i, to, kind, margin, runStart + pieceStart, pieceLength);
                    hasBest = true;
                }
            }

            if (hasBest && !IsParallelConstruction(text, best.WordStart, best.WordLength)
                && !StraddlesWordBoundary(text, chart, runStart, best))
            {
                (found ??= []).Add(best);
            }
        }
    }

    /// <summary>
    /// Whether a character of the suspicious word repeats just outside it, as in parallel constructions such as
    /// 宜居宜业, 涉黑涉恶, 一企一策 or 全域全时: there the odd pairing is deliberate abbreviation, not a typo.
    /// </summary>
    private static bool IsParallelConstruction(string text, int wordStart, int wordLength)
    {
        const int Reach = 4;
        var from = Math.Max(0, wordStart - Reach);
        var to = Math.Min(text.Length, wordStart + wordLength + Reach);
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

    /// <summary>Whether the character and a neighbour are both region abbreviations (浙川, 川渝, 粤港澳).</summary>
    private bool IsRegionPair(string text, int runStart, int runEnd, int i) =>
        _isRegion[text[i] - HanBase]
        && ((i > runStart && _isRegion[text[i - 1] - HanBase]) || (i + 1 < runEnd && _isRegion[text[i + 1] - HanBase]));

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

    /// <summary>
    /// The word chart of one run of CJK characters: every lexicon word in it, the best segmentation score of each
    /// prefix (forward) and suffix (backward), and the piece of the best segmentation covering each position.
    /// With these, the best score after substituting one character is a maximum over the few pieces covering it.
    /// </summary>
    internal sealed class RunChart
    {
        private const int L = TypoLexicon.MaxWordLength;
        private readonly TypoLexicon _lexicon;
        private string _text = "";
        private int _start;
        private bool _backwardReady;
        private float[] _words = new float[64 * L]; // _words[s * L + k - 1]: score of text[s..s+k), NaN when not a word
        private float[] _forward = new float[65];
        private float[] _backward = new float[65];
        private byte[] _back = new byte[65];

        public RunChart(TypoLexicon lexicon)
        {
            _lexicon = lexicon;
        }

        public TypoLexicon Lexicon => _lexicon;

        public int N { get; private set; }

        public float Total { get; private set; }

        public byte[] PieceLength { get; private set; } = new byte[64];

        public float[] PieceLogProb { get; private set; } = new float[64];

        public void Build(string text, int start, int end)
        {
            _text = text;
            var lexicon = _lexicon;
            _start = start;
            var n = end - start;
            N = n;
            if (PieceLength.Length < n)
            {
                var size = Math.Max(n, PieceLength.Length * 2);
                _words = new float[size * L];
                _forward = new float[size + 1];
                _backward = new float[size + 1];
                _back = new byte[size + 1];
                PieceLength = new byte[size];
                PieceLogProb = new float[size];
            }

            var words = _words;
            for (var s = 0; s < n; s++)
            {
                var row = s * L;
                words[row] = lexicon.SingleScore(text[start + s]);
                words[row + 1] = words[row + 2] = words[row + 3] = float.NaN;
                ulong key = text[start + s];
                for (var k = 2; k <= L && s + k <= n; k++)
                {
                    key = (key << 16) | text[start + s + k - 1];
                    if (!lexicon.TryGetEntry(key, out var lp, out var extendable))
                    {
                        break;
                    }

                    words[row + k - 1] = lp;
                    if (!extendable)
                    {
                        break;
                    }
                }
            }

            var forward = _forward;
            var back = _back;
            forward[0] = 0;
            for (var j = 1; j <= n; j++)
            {
                var best = float.NegativeInfinity;
                for (var k = 1; k <= Math.Min(L, j); k++)
                {
                    var lp = words[((j - k) * L) + k - 1];
                    if (!float.IsNaN(lp) && forward[j - k] + lp > best)
                    {
                        best = forward[j - k] + lp;
                        back[j] = (byte)k;
                    }
                }

                forward[j] = best;
            }

            for (var e = n; e > 0; e -= back[e])
            {
                var k = back[e];
                var lp = words[((e - k) * L) + k - 1];
                for (var q = e - k; q < e; q++)
                {
                    PieceLength[q] = k;
                    PieceLogProb[q] = lp;
                }
            }

            Total = forward[n];
            _backwardReady = false;
        }

        /// <summary>The best score of each suffix; only <see cref="BestWith"/> needs it, so it is computed on first use per run.</summary>
        private void BuildBackward()
        {
            var n = N;
            var words = _words;
            var backward = _backward;
            backward[n] = 0;
            for (var s = n - 1; s >= 0; s--)
            {
                var best = float.NegativeInfinity;
                for (var k = 1; k <= Math.Min(L, n - s); k++)
                {
                    var lp = words[(s * L) + k - 1];
                    if (!float.IsNaN(lp) && lp + backward[s + k] > best)
                    {
                        best = lp + backward[s + k];
                    }
                }

                backward[s] = best;
            }

            _backwardReady = true;
        }

        /// <summary>
        /// The best segmentation score of the run as written among those that use a word of two or more characters scoring above
        /// <paramref name="minLogProb"/> that crosses a boundary of <c>[spanStart, spanEnd)</c> (run-relative): it holds some of the
        /// span's characters and some outside it. Negative infinity when there is no such word.
        /// </summary>
        public float BestAcross(int spanStart, int spanEnd, float minLogProb, out int wordStart, out int wordLength)
        {
            if (!_backwardReady)
            {
                BuildBackward();
            }

            var best = float.NegativeInfinity;
            wordStart = wordLength = 0;
            for (var s = Math.Max(0, spanStart - L + 1); s < spanEnd; s++)
            {
                for (var k = 2; k <= L && s + k <= N; k++)
                {
                    var e = s + k;
                    var crosses = (s < spanStart && e > spanStart && e < spanEnd) || (s > spanStart && s < spanEnd && e > spanEnd);
                    var lp = _words[(s * L) + k - 1];
                    if (!crosses || float.IsNaN(lp) || lp <= minLogProb)
                    {
                        continue;
                    }

                    var score = _forward[s] + lp + _backward[e];
                    if (score > best)
                    {
                        best = score;
                        wordStart = s;
                        wordLength = k;
                    }
                }
            }

            return best;
        }

        /// <summary>Whether a word of the run as written, scoring above <paramref name="minLogProb"/>, ends just before <paramref name="p"/> (run-relative).</summary>
        public bool WordEndsBefore(int p, float minLogProb)
        {
            for (var k = 2; k <= L && k <= p; k++)
            {
                var lp = _words[((p - k) * L) + k - 1];
                if (!float.IsNaN(lp) && lp > minLogProb)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The best segmentation score with the character at <paramref name="p"/> replaced by <paramref name="to"/>.</summary>
        public float BestWith(int p, char to, out int pieceStart, out int pieceLength, out ulong pieceKey)
        {
            if (!_backwardReady)
            {
                BuildBackward();
            }

            var best = _forward[p] + _lexicon.SingleScore(to) + _backward[p + 1];
            pieceStart = p;
            pieceLength = 1;
            pieceKey = to;
            for (var s = Math.Max(0, p - L + 1); s <= p; s++)
            {
                ulong key = s == p ? to : _text[_start + s];
                for (var k = 2; k <= L && s + k <= N; k++)
                {
                    var q = s + k - 1;
                    key = (key << 16) | (q == p ? to : _text[_start + q]);
                    if (!_lexicon.TryGetEntry(key, out var lp, out var extendable))
                    {
                        break;
                    }

                    if (q >= p && !float.IsNaN(lp))
                    {
                        var score = _forward[s] + lp + _backward[s + k];
                        if (score > best)
                        {
                            best = score;
                            pieceStart = s;
                            pieceLength = k;
                            pieceKey = key;
                        }
                    }

                    if (!extendable)
                    {
                        break;
                    }
                }
            }

            return best;
        }
    }

    /// <summary>Scratch buffers of <see cref="Find(string, int, int, Workspace?)"/>: one run chart, reused run after run.</summary>
    internal sealed class Workspace
    {
        internal RunChart? Chart { get; set; }
    }

    private readonly record struct Candidate(int Position, char To, TypoConfusionKind Kind, float Margin, int WordStart, int WordLength);
}
