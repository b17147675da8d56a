using System.Buffers;
using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// Finds modal verbs (Lexicons/Semantics/modal-verbs.txt) and maps them to the modalities of
/// DESIGN.md: ensure, strive, should, encourage, prohibit, plan.
/// </summary>
/// <remarks>
/// Rules, in order (each tested):
/// <list type="bullet">
/// <item>Longest match at each position: 需要 (should) before 要, 必须 (ensure) before 须, 不得 before 得.</item>
/// <item>An occurrence inside a word of modal-blockers.txt is not modal: 重要, 主要, 要求, 纲要, 只要, 要素,
/// 应用, 供应, 不得不, 将来, 计划生育, 行动计划, 支持力度, 支持政策…</item>
/// <item>A modal verb needs a verb phrase after it: one followed by punctuation, the end of the text or
/// 的 is a noun (共同努力。, 工作需要，, 宣传引导。), and so is one right after 的 (…的支持, …的努力: the weak
/// noun-head reading of 支持 is dropped, not reported).</item>
/// <item>计划 right after a closing quote or book-title mark names a plan (“锦绣计划”的 is caught by the previous
/// rule, “人才强青”计划中 by this one).</item>
/// <item>将 is the disposal marker, not "will", when a verb of disposal-verbs.txt (纳入, 作为, 嵌入, 贯穿…)
/// follows in the same clause: 将妇女儿童权益保护纳入…; otherwise it is plan.</item>
/// <item>A doubled modal (要要, a typo PS2005 reports) counts once.</item>
/// </list>
/// </remarks>
internal static class ModalityRecognizer
{
    private sealed class Tables
    {
        public required WordSet Index { get; init; }

        public required Dictionary<string, ModalityKind> Modality { get; init; }

        public required Dictionary<string, (string Blocker, int Offset)[]> Blockers { get; init; }

        public required string[] DisposalVerbs { get; init; }

        public required SearchValues<char> Triggers { get; init; }
    }

    private static readonly Lazy<Tables> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly SearchValues<char> NounFollowers = SearchValues.Create("，。；：！？、,.;:!?）)》〉”’\"」』…—\r\n\t 的");

    private static readonly SearchValues<char> ClauseEnd = SearchValues.Create("，。；：！？,;:!?\r\n");

    /// <summary>Finds the modal verbs of <paramref name="text"/>.</summary>
    /// <param name="text">A clause, sentence or document.</param>
    /// <param name="baseOffset">Added to every span.</param>
    /// <returns>The modal verbs in text order.</returns>
    internal static ImmutableArray<ModalityMatch> Recognize(string text, int baseOffset = 0) => Recognize(text.AsSpan(), baseOffset);

    /// <inheritdoc cref="Recognize(string, int)"/>
    internal static ImmutableArray<ModalityMatch> Recognize(ReadOnlySpan<char> text, int baseOffset = 0)
    {
        var tables = Data.Value;
        ImmutableArray<ModalityMatch>.Builder? result = null;
        int lastEnd = -1;
        string? lastWord = null;
        int i = 0;
        while ((i = TriggerSearch.Next(text, i, tables.Triggers)) >= 0)
        {
            string? word = tables.Index.LongestAt(text, i);
            if (word is null)
            {
                i++;
                continue;
            }

            if (!IsModal(text, i, word, tables))
            {
                // Skip the whole word: when 需要 is a noun (群众的需要得到…), its 要 is not a modal either.
                i += word.Length;
                continue;
            }

            if (!(lastEnd == i && lastWord == word))
            {
                result ??= ImmutableArray.CreateBuilder<ModalityMatch>();
                result.Add(new ModalityMatch(new TextSpan(baseOffset + i, word.Length), word, tables.Modality[word]));
            }

            lastEnd = i + word.Length;
            lastWord = word;
            i += word.Length;
        }

        return result?.ToImmutable() ?? [];
    }

    /// <summary>The modality of the modal verb <see cref="Recognize(ReadOnlySpan{char}, int)"/> finds at the very start of <paramref name="text"/>, or null (without looking further).</summary>
    internal static ModalityKind? AtStart(ReadOnlySpan<char> text)
    {
        var tables = Data.Value;
        return tables.Index.LongestAt(text, 0) is { } word && IsModal(text, 0, word, tables) ? tables.Modality[word] : null;
    }

    /// <summary>The modality of a single word (确保 → ensure), or null when it is not in the lexicon.</summary>
    internal static ModalityKind? ModalityOf(string word) => Data.Value.Modality.TryGetValue(word, out var kind) ? kind : null;

    private static bool IsModal(ReadOnlySpan<char> text, int i, string word, Tables tables)
    {
        int end = i + word.Length;
        if (tables.Blockers.TryGetValue(word, out var blockers))
        {
            foreach (var (blocker, offset) in blockers)
            {
                int s = i - offset;
                if (s >= 0 && s + blocker.Length <= text.Length && text.Slice(s, blocker.Length).SequenceEqual(blocker))
                {
                    return false;
                }
            }
        }

        if (end >= text.Length || NounFollowers.Contains(text[end]))
        {
            return false;
        }

        // …的支持, …的努力: a noun. But 的 + 要/必须/应 is a headless relative clause as subject (确需蓄水的要经过论证).
        if (i > 0 && text[i - 1] == '的' && word is not ("要" or "必须" or "应" or "应当" or "须"))
        {
            return false;
        }

        if (word == "计划" && i > 0 && text[i - 1] is '”' or '"' or '》' or '’' or '」')
        {
            return false;
        }

        // 将把…纳入: 把 is the disposal marker, so 将 is "will".
        if (word == "将" && !(end < text.Length && text[end] == '把'))
        {
            var clause = text[end..];
            int stop = clause.IndexOfAny(ClauseEnd);
            if (stop >= 0)
            {
                clause = clause[..stop];
            }

            foreach (var verb in tables.DisposalVerbs)
            {
                if (clause.Contains(verb, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static Tables Load()
    {
        var modality = new Dictionary<string, ModalityKind>(StringComparer.Ordinal);
        foreach (var row in Lexicons.LexiconReader.ReadRows("Semantics/modal-verbs.txt"))
        {
            modality[row[0]] = ModalityKinds.Parse(row[1]);
        }

        var blockerWords = Lexicons.LexiconReader.ReadRows("Semantics/modal-blockers.txt").Select(r => r[0]).ToArray();
        var blockers = new Dictionary<string, (string, int)[]>(StringComparer.Ordinal);
        foreach (var word in modality.Keys)
        {
            var list = new List<(string, int)>();
            foreach (var b in blockerWords)
            {
                if (b == word)
                {
                    continue;
                }

                for (int at = b.IndexOf(word, StringComparison.Ordinal); at >= 0; at = b.IndexOf(word, at + 1, StringComparison.Ordinal))
                {
                    list.Add((b, at));
                }
            }

            blockers[word] = list.ToArray();
        }

        return new Tables
        {
            Index = new WordSet(modality.Keys),
            Modality = modality,
            Blockers = blockers,
            DisposalVerbs = Lexicons.LexiconReader.ReadRows("Semantics/disposal-verbs.txt").Select(r => r[0]).ToArray(),
            Triggers = SearchValues.Create(new string(modality.Keys.Select(k => k[0]).Distinct().ToArray())),
        };
    }
}
