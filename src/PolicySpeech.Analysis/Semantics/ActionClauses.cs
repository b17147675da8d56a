using System.Buffers;
namespace PolicySpeech.Semantics;

/// <summary>
/// Tells whether a clause is an action — it opens, after enumerators (一是, 首先) and manner adverbs (大力, 持续, 进一步), with a verb
/// of the genre's set (Lexicons/Semantics/action-verbs.txt) or of general Chinese (general-verbs.txt) — and whether its action is a requirement (严格, 坚决, 切实).
/// </summary>
internal sealed class ActionClauses
{
    private const int PrepositionReach = 24;

    private static readonly Lazy<ActionClauses> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WordSet _verbs;
    private readonly WordSet _generalVerbs;
    private readonly WordSet _plainVerbs;
    private readonly WordSet _adverbs;
    private readonly WordSet _requirements;
    private readonly WordSet _speaking;
    private readonly WordSet _enumerators;
    private readonly WordSet _items;
    private readonly WordSet _prepositions;
    private readonly WordSet _statementVerbs;
    private readonly WordSet _timeEnds;
    private readonly WordSet _frameEnds;
    private readonly WordSet _frameNouns;
    private readonly WordSet _beneficiaryVerbs;

    private ActionClauses(Dictionary<string, string[]> byType, string[] generalVerbs)
    {
        _generalVerbs = new WordSet(generalVerbs);
        string[] Get(string type) => byType.TryGetValue(type, out var words) ? words : [];
        _verbs = new WordSet([.. Get("verb"), .. Get("requirement")]);
        _plainVerbs = new WordSet(Get("verb"));
        _adverbs = new WordSet([.. Get("adverb"), .. Get("requirement")]);
        _requirements = new WordSet(Get("requirement"));
        _speaking = new WordSet(Get("speaking"));
        _enumerators = new WordSet([.. Get("enumerator"), .. Get("item")]);
        _items = new WordSet(Get("item"));
        _prepositions = new WordSet(Get("preposition"));
        _statementVerbs = new WordSet(Get("statement-verb"));
        _timeEnds = new WordSet(Get("time-end"));
        _frameEnds = new WordSet(Get("frame-end"));
        _frameNouns = new WordSet(Get("frame-noun"));
        _beneficiaryVerbs = new WordSet(Get("beneficiary-verb"));
    }

    internal static ActionClauses Instance => Data.Value;

    /// <summary>Whether <paramref name="clause"/> (its subject, modal verb and deadline already taken off) opens with an action verb.</summary>
    /// <param name="clause">The clause.</param>
    /// <param name="throughPreposition">Whether a verb after an opening prepositional phrase counts (在重点区域实行…).</param>
    /// <param name="general">Whether a verb of general Chinese counts too (general-verbs.txt: 发行, 摈弃), in a plan or outlook, where
    /// the clauses are tasks: not where it is followed by 的 (面临的…) or the clause states what something is (创新是第一动力).</param>
    internal bool IsAction(ReadOnlySpan<char> clause, bool throughPreposition = true, bool general = false)
    {
        var rest = SkipLead(clause);
        if (rest.Length < 2)
        {
            return false;
        }

        // The longest verb wins over an adverb of the same start (加快 is both: 加快建设 and 加快推进 are actions either way).
        return OpensWithVerb(rest, general) || (SkipAdverbs(rest) is var after && after.Length < rest.Length && OpensWithVerb(after, general))
            || (throughPreposition && (VerbAfterPreposition(rest) || BeneficiaryVerbAfter为(rest)));
    }

    /// <summary>Whether a verb of the genre's list, or where <paramref name="general"/> one of general Chinese, opens <paramref name="text"/>.</summary>
    private bool OpensWithVerb(ReadOnlySpan<char> text, bool general)
    {
        int verb = _verbs.PrefixLength(text);
        if (verb > 0)
        {
            // 我国奉行的…政策: a verb before 的 modifies a noun, before 型 or 式 it makes an adjective (引领型改革); 扩大消费是…重要着力点:
            // the verb phrase is the subject of 是.
            return verb == text.Length || (text[verb] is not ('的' or '型' or '式') && (!HasCopula(text[verb..]) || _statementVerbs.PrefixLength(text) == verb));
        }

        int n = general ? _generalVerbs.PrefixLength(text) : 0;
        return n > 0 && n < text.Length && text[n] != '的' && !text[n..].Contains('是') && !text[n..].Contains("在于", StringComparison.Ordinal);
    }

    /// <summary>The shortest beneficiary between 为 and its verb (为企业提供…).</summary>
    private const int MinBeneficiary = 2;

    /// <summary>
    /// Whether <paramref name="rest"/> opens with 为 and a beneficiary, then a verb that takes one (为防疫重点地区单列信贷规模; beneficiary-verb in
    /// action-verbs.txt): not 为了, and not a purpose (为实现…目标), where a verb follows 为 at once.
    /// </summary>
    private bool BeneficiaryVerbAfter为(ReadOnlySpan<char> rest)
    {
        if (rest.Length < MinBeneficiary + 3 || rest[0] != '为' || rest[1] == '了')
        {
            return false;
        }

        for (int i = 1 + MinBeneficiary; i < rest.Length - 1; i++)
        {
            if (rest[i - 1] != '的' && _beneficiaryVerbs.PrefixLength(rest[i..]) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="action"/> opens with a preposition and is only a frame of the next clause's action (<see cref="IsFrame"/>).</summary>
    internal bool IsPrepositionalFrame(ReadOnlySpan<char> action)
    {
        action = action.Trim();
        int n = _prepositions.PrefixLength(action);
        return n > 0 && n < action.Length && IsFrame(action, n);
    }

    /// <summary>
    /// Whether a clause opening with a preposition (its first <paramref name="preposition"/> characters) is only a frame of the next
    /// clause's action: 在做好防控工作的前提下, 按照…的要求 (frame-end, frame-noun in action-verbs.txt), 以疫情防治为切入点.
    /// </summary>
    private bool IsFrame(ReadOnlySpan<char> clause, int preposition)
    {
        clause = clause.TrimEnd();
        if (clause[0] == '以' && preposition == 1 && clause.Length >= 4 && clause[^4..^1].Contains('为'))
        {
            return true;
        }

        // 在…的基础上, 从…中; not 把计划工作建立在…的基础上, where the verb is the clause's own
        if (clause[0] is '在' or '从' && preposition == 1 && _frameEnds.LongestSuffix(clause) is not null)
        {
            return true;
        }

        if (clause[0] is '对' or '向' or '把' or '从')
        {
            return false; // 对党员提出更严格的要求: the noun after 的 is the object of the clause's own verb
        }

        // No frame noun ends another, so the longest one at the end is the only one.
        return _frameNouns.LongestSuffix(clause) is { } noun && clause.Length > noun.Length && clause[^(noun.Length + 1)] == '的';
    }

    private bool EndsWithTime(ReadOnlySpan<char> clause) => _timeEnds.LongestSuffix(clause.TrimEnd()) is not null;

    /// <summary>
    /// A clause that opens with a prepositional phrase (在重点区域实行大气污染联防联控, 对排污企业全面实行在线监测) is an action when a
    /// verb follows within <see cref="PrepositionReach"/> characters, not right after 的 (对…的支持 is a noun).
    /// </summary>
    private bool VerbAfterPreposition(ReadOnlySpan<char> rest)
    {
        int n = _prepositions.PrefixLength(rest);
        if (n == 0 || EndsWithTime(rest) || IsFrame(rest, n))
        {
            return false; // 从规划实施起, 在新冠肺炎疫情发生后: a time; 在…的前提下, 以…为契机: a frame of the next clause's action
        }

        int reach = Math.Min(rest.Length - 2, PrepositionReach);
        for (int i = n + 1; i <= reach; i++)
        {
            if (rest[i - 1] != '的' && _verbs.PrefixLength(rest[i..]) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> is itself a verb that takes an object (确保, 支持, 争取), not only an auxiliary.</summary>
    internal bool IsVerb(string word) => _plainVerbs.PrefixLength(word) == word.Length;

    /// <summary>The longest verb that takes an object (推进, 确保) starting at <paramref name="position"/> of <paramref name="text"/>, or null.</summary>
    internal string? VerbAt(ReadOnlySpan<char> text, int position) => _plainVerbs.LongestAt(text, position);

    /// <summary>
    /// Whether <paramref name="rest"/> (what follows a clause's first verb) has the copula 是, which makes the verb phrase before it a
    /// subject (推动高质量发展是根本出路): not 是 inside a word (特别是, 还是, 而不是, 就是, 实事求是, 是否, 是非). A verb that takes a
    /// statement as its object (坚持房子是用来住的定位: type statement-verb in action-verbs.txt) keeps its clause an action.
    /// </summary>
    private static bool HasCopula(ReadOnlySpan<char> rest)
    {
        for (int i = 0; i < rest.Length; i++)
        {
            if (rest[i] == '是' && !(i > 0 && NotCopulaBefore.Contains(rest[i - 1])) && !(i + 1 < rest.Length && rest[i + 1] is '否' or '非'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Characters before 是 that make a word of it (特别是, 尤其是, 还是, 但是, 就是, 或是, 凡是, 总是, 只是, 于是, 正是, 而是, 不是, 都是, 也是, 即是, 要是, 若是, 可是, 倒是, 实事求是).</summary>
    private static readonly SearchValues<char> NotCopulaBefore = SearchValues.Create("别其还但就或凡总只于正而不都也即要若可倒求");

    /// <summary>Whether the action opens with a word that makes it a requirement (严格落实…, 坚决守住…, 切实…).</summary>
    internal bool IsRequirement(ReadOnlySpan<char> action) => _requirements.PrefixLength(SkipLead(action)) > 0;

    /// <summary>Whether <paramref name="text"/> opens an item of a list (一是, 第二, 首先).</summary>
    internal bool OpensItem(ReadOnlySpan<char> text) => _items.PrefixLength(text.TrimStart(" \t　".AsSpan())) > 0;

    /// <summary>Whether <paramref name="text"/> opens with a verb of speaking (说, 讲几点意见, 强调).</summary>
    internal bool IsSpeaking(ReadOnlySpan<char> text) => _speaking.PrefixLength(text.TrimStart("再简单一下".AsSpan())) > 0;

    private ReadOnlySpan<char> SkipLead(ReadOnlySpan<char> clause)
    {
        var rest = clause.Trim().TrimStart("，,、：: 　—―".AsSpan()); // ――增强发展协调性: a dash opens an item of a list
        for (int guard = 0; guard < 2; guard++)
        {
            int n = _enumerators.PrefixLength(rest);
            if (n == 0)
            {
                break;
            }

            rest = rest[n..].TrimStart("，,、：: 　".AsSpan());
        }

        return rest;
    }

    private ReadOnlySpan<char> SkipAdverbs(ReadOnlySpan<char> rest)
    {
        for (int guard = 0; guard < 4; guard++)
        {
            int n = _adverbs.PrefixLength(rest);
            if (n == 0 || n >= rest.Length)
            {
                break;
            }

            rest = rest[n..].TrimStart('地');
        }

        return rest;
    }

    private static ActionClauses Load()
    {
        var byType = Lexicons.LexiconReader.ReadRows("Semantics/action-verbs.txt")
            .GroupBy(r => r[1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => r[0]).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return new ActionClauses(byType, Lexicons.LexiconReader.ReadColumn("Semantics/general-verbs.txt"));
    }
}
