namespace PolicySpeech.Semantics;

/// <summary>The cue words of the commitment extractor (Lexicons/Semantics/commitment-cues.txt), by type, loaded once.</summary>
internal sealed class CommitmentCues
{
    private static readonly Lazy<CommitmentCues> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private CommitmentCues(Dictionary<string, string[]> byType, (string Compound, string First, string Second)[] pairs)
    {
        Pairs = pairs;
        string[] Get(string type) => byType.TryGetValue(type, out var words) ? words : [];
        WordSet Set(string type) => new(Get(type));
        IndicatorLeads = Set("indicator-lead");
        Scopes = Set("scope");
        Populations = Set("population");
        Cognitions = Set("cognition");
        LeadPrepositions = Set("lead-preposition");
        PastHeads = Set("past-head");
        PastsOrStatements = new([.. Get("past"), .. Get("statement")]);
        Comparisons = new(Get("comparison"));
        Frames = Set("frame");
        PrepositionObjects = Set("preposition-object");
        AtLeast = Set("at-least");
        Statives = Get("stative");
        Fillers = Set("filler");
        NotPerfective = Get("not-perfective");
        ResultAdverbs = Set("result-adverb");
        ResultVerbs = Set("result-verb");
        ResultNouns = Set("result-noun");
    }

    internal static CommitmentCues Instance => Data.Value;

    internal WordSet IndicatorLeads { get; }

    internal WordSet Scopes { get; }

    internal WordSet Populations { get; }

    internal WordSet Cognitions { get; }

    internal WordSet LeadPrepositions { get; }

    internal WordSet PastHeads { get; }

    internal WordSet Frames { get; }

    internal WordSet PrepositionObjects { get; }

    internal WordSet AtLeast { get; }

    internal string[] Statives { get; }

    internal WordSet Fillers { get; }

    /// <summary>Degree adverbs before a change verb in a goal stated as a state (显著, 稳步, 基本).</summary>
    internal WordSet ResultAdverbs { get; }

    /// <summary>Change verbs that end a goal stated as a state (提高, 形成, 完善).</summary>
    internal WordSet ResultVerbs { get; }

    /// <summary>What a goal stated as a state achieves after 取得 (进展, 突破, 成效).</summary>
    internal WordSet ResultNouns { get; }

    /// <summary>The longest adverb-to-noun distance in 取得…进展 (取得决定性进展).</summary>
    private const int MaxResultQualifier = 4;

    /// <summary>
    /// Whether <paramref name="clause"/> states a goal as the state its subject reaches (自主创新能力显著提高, 市场经济体制更加完善,
    /// 新农村建设取得重大进展): a subject of at least two characters, then a degree adverb and a change verb at its end, or
    /// 取得 with at most a short qualifier and an achievement noun.
    /// </summary>
    internal bool IsResultState(ReadOnlySpan<char> clause)
    {
        clause = clause.TrimEnd();
        if (ResultNouns.LongestEndingAt(clause, clause.Length) is { } noun)
        {
            var before = clause[..^noun.Length];
            int at = before.LastIndexOf("取得", StringComparison.Ordinal);
            return at >= 2 && before.Length - at - 2 <= MaxResultQualifier;
        }

        if (ResultVerbs.LongestEndingAt(clause, clause.Length) is not { } verb)
        {
            return false;
        }

        var head = clause[..^verb.Length];
        return ResultAdverbs.LongestEndingAt(head, head.Length) is { } adverb && head.Length - adverb.Length >= 2;
    }

    /// <summary>Words with 了 that are not the perfective aspect (为了, 了解).</summary>
    internal string[] NotPerfective { get; }

    /// <summary>Whether a verb in <paramref name="text"/> takes the perfective 了 (提高了, 解决了): a 了 after a Han character that
    /// no <see cref="NotPerfective"/> word covers.</summary>
    internal bool HasPerfective(ReadOnlySpan<char> text)
    {
        // Each 了 after the first character, found with a vectorised search.
        for (int i = text.IsEmpty ? -1 : text[1..].IndexOf('了') + 1; i > 0; i = text[(i + 1)..].IndexOf('了') is int next and >= 0 ? i + 1 + next : -1)
        {
            // 来了就不想离开, 离开了又…: 了 before 就/又/才 is a condition inside a purpose clause, not a completed fact.
            bool condition = i + 1 < text.Length && text[i + 1] is '就' or '又' or '才' or '再' or '便';
            if (ChineseNumerals.IsCjkIdeograph(text[i - 1]) && !condition && !InNotPerfectiveWord(text, i))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the 了 at position i is part of a not-perfective word (为了, 了解).
    private bool InNotPerfectiveWord(ReadOnlySpan<char> text, int i)
    {
        foreach (var w in NotPerfective)
        {
            int from = i - w.IndexOf('了');
            if (from >= 0 && from + w.Length <= text.Length && text.Slice(from, w.Length).SequenceEqual(w))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The past and statement words in one set: a clause holding any of them states, it does not commit.</summary>
    internal WordSet PastsOrStatements { get; }

    /// <summary>The baselines of the year before (比上年, 较上年): a statement outside a plan or outlook, a target's baseline in one.</summary>
    internal WordSet Comparisons { get; }

    /// <summary><see cref="Frames"/> for a one-pass search.</summary>
    internal WordSet FramesSearch => Frames;


    /// <summary>Contracted pairs (城乡 = 城镇 + 农村), from Lexicons/Semantics/paired-compounds.txt.</summary>
    internal (string Compound, string First, string Second)[] Pairs { get; }

    private static CommitmentCues Load()
    {
        var byType = Lexicons.LexiconReader.ReadRows("Semantics/commitment-cues.txt")
            .GroupBy(r => r[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[0]).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ToArray(), StringComparer.Ordinal);
        var pairs = Lexicons.LexiconReader.ReadRows("Semantics/paired-compounds.txt").Select(r => (r[0], r[1], r[2])).ToArray();
        return new CommitmentCues(byType, pairs);
    }
}
