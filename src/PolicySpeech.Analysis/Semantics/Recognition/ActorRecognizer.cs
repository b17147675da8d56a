using System.Buffers;
using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// Finds the explicit subject of a modal verb (各级各部门要…, 省妇儿工委要…) and infers the speaker's
/// jurisdiction (我省, 我市, 我国) from a whole document. Data: Lexicons/Semantics/actors.txt.
/// </summary>
/// <remarks>
/// <para>Subject rule (<see cref="FindSubject(ReadOnlySpan{char}, int, int)"/>): take the text between the
/// previous clause boundary (，。；：！？ and line breaks; not 、 or brackets, which occur inside 各县（市、区）)
/// and the modal verb, at most 30 characters; drop adverbs right before the modal (都, 也, 还, 切实…), a
/// leading connective (同时, 此外…) and leading time expressions (今年, 到2025年). What is left is the actor
/// when it is, as a whole: an institution, jurisdiction or pronoun of the lexicon; a collective pattern
/// (各级*, 广大*, 全省上下); a productive institution name — a head suffix (厅, 局, 委, 委员会, 人民政府, 妇联…)
/// after 1–12 characters that contain no function word (的, 在, 对, 把, 将, 为…), do not start with a verb
/// (lead-verb: 发挥政府引导基金作用 is no institution) and do not end in a
/// suffix-blocker (干部, 全部, 大局, 举办…); or a coordination of actors joined by 、/和/及/与
/// (省教育厅、省卫生健康委). Otherwise the longest proper ending of it that is an actor and starts with a
/// region character (省市县区州乡镇) or 各/全/广大 is taken (今年省教育厅要 when 今年 is not stripped).</para>
/// <para>Jurisdiction rule (<see cref="InferJurisdiction(string)"/>): a document names its own level
/// with 我X and 全X. Score each sub-national level — province (我省/全省), municipality or city
/// (我市/全市), region (我区/全区), prefecture (我州/全州), county (我县/全县) — as 2 × the count of 我X
/// plus the count of 全X; the best level scoring at least 3 wins and 我X is returned (我省, 我市…).
/// Otherwise, when the text says 我国, 全国 or 全党, the answer is 我国 (national reports and the
/// central leaders' speeches: the country is the committed party of 国内生产总值增长5%左右; 国务院
/// is the author). Else null. The nation is not scored against the provinces because provincial reports
/// mention 全国 more often than 全省 (位居全国前列, 全国统一大市场: 43 全国 against 16 全省 in one
/// real report), and they still never call themselves 我国.</para>
/// </remarks>
internal static class ActorRecognizer
{
    private sealed class Tables
    {
        public required Dictionary<string, ActorKind> Fixed { get; init; }

        public required (string Prefix, string Suffix, ActorKind Kind)[] Patterns { get; init; }

        public required string[] Suffixes { get; init; }

        public required string[] SuffixBlockers { get; init; }

        public required string[] Connectives { get; init; }

        public required WordSet Adverbs { get; init; }

        public required WordSet LeadVerbs { get; init; }

        public required string[] Inanimate { get; init; }
    }

    private static readonly Lazy<Tables> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly SearchValues<char> Boundaries = SearchValues.Create("，。；：！？,;:!?\r\n\t 　“”\"《》");

    private static readonly SearchValues<char> FunctionChars = SearchValues.Create("的在对把将了是为向从被以于让使由地得着过，。；：！？0123456789%％*＊");

    private const string RegionChars = "省市县区州乡镇";

    /// <summary>The words that single out a part of a subject (国有企业特别是中央企业要…): the subject is the whole.</summary>
    private static readonly string[] FocusWords = ["特别是", "尤其是"];

    private const int MaxSubjectLength = 30;

    /// <summary>A sub-national level must score at least this (2 × 我X + 全X) to be the speaker's own.</summary>
    private const int MinimumSubNationalScore = 3;

    /// <summary>Finds the explicit subject right before a modal verb.</summary>
    /// <param name="text">The clause or sentence (or the whole document).</param>
    /// <param name="modalStart">The offset in <paramref name="text"/> where the modal verb starts (local, without <paramref name="baseOffset"/>).</param>
    /// <param name="baseOffset">Added to the returned span.</param>
    /// <returns>The actor, or null when the modal verb has no explicit subject.</returns>
    internal static ActorMatch? FindSubject(ReadOnlySpan<char> text, int modalStart, int baseOffset = 0)
    {
        var tables = Data.Value;
        if (modalStart <= 0 || modalStart > text.Length)
        {
            return null;
        }

        int end = modalStart;
        for (int guard = 0; guard < 3; guard++)
        {
            string? adverb = tables.Adverbs.LongestEndingAt(text, end);
            if (adverb is null || end - adverb.Length <= 0)
            {
                break;
            }

            end -= adverb.Length;
        }

        // 各级民政部门每年要…: a time expression between the subject and the modal verb.
        {
            int from = end;
            while (from > 0 && end - from < MaxSubjectLength && !Boundaries.Contains(text[from - 1]))
            {
                from--;
            }

            var trailing = TimeExpressionRecognizer.Recognize(text[from..end], null);
            if (trailing.Length > 0 && trailing[^1].Span.End == end - from && trailing[^1].Span.Start > 0)
            {
                end = from + trailing[^1].Span.Start;
            }
        }

        int start = end;
        while (start > 0 && end - start < MaxSubjectLength && !Boundaries.Contains(text[start - 1]))
        {
            start--;
        }

        if (start > 0 && !Boundaries.Contains(text[start - 1]))
        {
            return null; // too long to be a subject
        }

        // Leading connectives and time expressions.
        for (int guard = 0; guard < 3 && start < end; guard++)
        {
            string? connective = null;
            foreach (var c in tables.Connectives)
            {
                if (text[start..end].StartsWith(c, StringComparison.Ordinal))
                {
                    connective = c;
                    break;
                }
            }

            if (connective is not null)
            {
                start += connective.Length;
                continue;
            }

            var times = TimeExpressionRecognizer.Recognize(text[start..end], null);
            if (times.Length > 0 && times[0].Span.Start == 0)
            {
                start += times[0].Span.Length;
                continue;
            }

            break;
        }

        if (start >= end)
        {
            return null;
        }

        var phrase = text[start..end];

        // 各级政府要大力支持: the subject belongs to the first modal (要); 支持 has none of its own.
        if (!ModalityRecognizer.Recognize(phrase).IsEmpty)
        {
            return null;
        }

        if (Classify(phrase, tables, allowCoordination: true) is { } kind)
        {
            return new ActorMatch(new TextSpan(baseOffset + start, end - start), phrase.ToString(), kind);
        }

        for (int s = start + 1; s <= end - 2; s++)
        {
            char first = text[s];
            if (RegionChars.IndexOf(first) < 0 && first != '各' && first != '全' && !text[s..end].StartsWith("广大", StringComparison.Ordinal))
            {
                continue;
            }

            var tail = text[s..end];
            if (Classify(tail, tables, allowCoordination: false) is { } k)
            {
                return new ActorMatch(new TextSpan(baseOffset + s, end - s), tail.ToString(), k);
            }
        }

        return null;
    }

    /// <inheritdoc cref="FindSubject(ReadOnlySpan{char}, int, int)"/>
    internal static ActorMatch? FindSubject(string text, int modalStart, int baseOffset = 0) => FindSubject(text.AsSpan(), modalStart, baseOffset);

    /// <summary>Finds the explicit subjects of every modal verb in <paramref name="text"/>.</summary>
    /// <param name="text">A sentence, paragraph or document.</param>
    /// <param name="baseOffset">Added to every span.</param>
    /// <returns>The subjects in text order, without duplicates.</returns>
    internal static ImmutableArray<ActorMatch> FindActors(ReadOnlySpan<char> text, int baseOffset = 0)
    {
        var result = ImmutableArray.CreateBuilder<ActorMatch>();
        foreach (var modal in ModalityRecognizer.Recognize(text))
        {
            if (FindSubject(text, modal.Span.Start, baseOffset) is { } actor
                && (result.Count == 0 || result[^1].Span != actor.Span))
            {
                result.Add(actor);
            }
        }

        return result.ToImmutable();
    }

    /// <inheritdoc cref="FindActors(ReadOnlySpan{char}, int)"/>
    internal static ImmutableArray<ActorMatch> FindActors(string text, int baseOffset = 0) => FindActors(text.AsSpan(), baseOffset);

    /// <summary>Whether <paramref name="phrase"/> as a whole is an actor, and of which kind.</summary>
    internal static ActorKind? Classify(ReadOnlySpan<char> phrase) => Classify(phrase, Data.Value, allowCoordination: true);

    /// <summary>The speaker's jurisdiction (我省, 我市, 我区, 我州, 我县, 我国), or null when the text names none.</summary>
    /// <param name="documentText">The whole document.</param>
    /// <returns>我 + the level character of the best-scoring level.</returns>
    internal static string? InferJurisdiction(string documentText)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        const string levels = "省市区州县";
        var text = documentText.AsSpan();
        string? best = null;
        int bestScore = MinimumSubNationalScore - 1;
        foreach (char level in levels)
        {
            int score = (2 * Count(text, ['我', level])) + Count(text, ['全', level]);
            if (score > bestScore)
            {
                bestScore = score;
                best = "我" + level;
            }
        }

        if (best is not null)
        {
            return best;
        }

        return Count(text, "我国") + Count(text, "全国") + Count(text, "全党") > 0 ? "我国" : null;
    }

    private static int Count(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        int n = 0;
        int at;
        while ((at = text.IndexOf(word, StringComparison.Ordinal)) >= 0)
        {
            n++;
            text = text[(at + word.Length)..];
        }

        return n;
    }

    /// <summary>Whether the phrase's head is a thing that cannot act (各级培训方式, 各类资金): no actor, whatever its opening.</summary>
    private static bool EndsWithInanimate(ReadOnlySpan<char> phrase, Tables tables)
    {
        foreach (var word in tables.Inanimate)
        {
            if (phrase.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ActorKind? Classify(ReadOnlySpan<char> phrase, Tables tables, bool allowCoordination)
    {
        if (phrase.IsEmpty)
        {
            return null;
        }

        var lookup = tables.Fixed.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(phrase, out var fixedKind))
        {
            return fixedKind;
        }

        foreach (var (prefix, suffix, kind) in tables.Patterns)
        {
            int middle = phrase.Length - prefix.Length - suffix.Length;
            if (middle is >= 1 and <= 8 && phrase.StartsWith(prefix, StringComparison.Ordinal) && phrase.EndsWith(suffix, StringComparison.Ordinal)
                && phrase[prefix.Length..^suffix.Length].IndexOfAny(FunctionChars) < 0 && !EndsWithInanimate(phrase, tables))
            {
                return kind;
            }
        }

        if (phrase.Length <= 14 && phrase.IndexOfAny(FunctionChars) < 0 && !tables.LeadVerbs.StartsWithAny(phrase))
        {
            foreach (var blocker in tables.SuffixBlockers)
            {
                if (phrase.EndsWith(blocker, StringComparison.Ordinal))
                {
                    goto NotProductive;
                }
            }

            foreach (var suffix in tables.Suffixes)
            {
                if (phrase.Length > suffix.Length && phrase.EndsWith(suffix, StringComparison.Ordinal)
                    && phrase.IndexOfAny('、', '和', '及') < 0)
                {
                    return ActorKind.Institution;
                }
            }
        }

    NotProductive:
        // 国有企业特别是中央企业: an actor narrowed to the part of it that leads (特别是, 尤其是) is that actor.
        if (allowCoordination && FocusAt(phrase, out int focus, out int focusLength)
            && Classify(phrase[..focus], tables, allowCoordination: true) is { } whole
            && Classify(phrase[(focus + focusLength)..], tables, allowCoordination: true) is not null)
        {
            return whole;
        }

        if (allowCoordination && phrase.IndexOfAny("、和及与") >= 0)
        {
            ActorKind? last = null;
            int from = 0;
            for (int q = 0; q <= phrase.Length; q++)
            {
                if (q == phrase.Length || "、和及与".Contains(phrase[q]))
                {
                    var part = phrase[from..q];
                    var k = Classify(part, tables, allowCoordination: false);
                    if (k is null)
                    {
                        // 省政务服务和数据管理局: one institution whose name contains 和, not a coordination.
                        return ProductiveName(phrase, tables);
                    }

                    last = k;
                    from = q + 1;
                }
            }

            return last;
        }

        return null;
    }

    /// <summary>Where a focus word (特别是, 尤其是) stands inside <paramref name="phrase"/>, after at least two characters.</summary>
    private static bool FocusAt(ReadOnlySpan<char> phrase, out int at, out int length)
    {
        foreach (var word in FocusWords)
        {
            at = phrase.IndexOf(word, StringComparison.Ordinal);
            if (at >= 2 && at + word.Length + 2 <= phrase.Length)
            {
                length = word.Length;
                return true;
            }
        }

        at = -1;
        length = 0;
        return false;
    }

    /// <summary>A name of up to 14 characters ending in an institution suffix, with no function word and no 、.</summary>
    private static ActorKind? ProductiveName(ReadOnlySpan<char> phrase, Tables tables)
    {
        if (phrase.Length > 14 || phrase.IndexOfAny(FunctionChars) >= 0 || phrase.IndexOf('、') >= 0 || tables.LeadVerbs.StartsWithAny(phrase))
        {
            return null;
        }

        foreach (var blocker in tables.SuffixBlockers)
        {
            if (phrase.EndsWith(blocker, StringComparison.Ordinal))
            {
                return null;
            }
        }

        foreach (var suffix in tables.Suffixes)
        {
            if (phrase.Length > suffix.Length + 2 && phrase.EndsWith(suffix, StringComparison.Ordinal))
            {
                return ActorKind.Institution;
            }
        }

        return null;
    }

    private static Tables Load()
    {
        var rows = Lexicons.LexiconReader.ReadRows("Semantics/actors.txt");
        var fixedWords = new Dictionary<string, ActorKind>(StringComparer.Ordinal);
        var patterns = new List<(string, string, ActorKind)>();

        // The types that are plain word lists, each in file order.
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["suffix"] = [],
            ["suffix-blocker"] = [],
            ["connective"] = [],
            ["adverb"] = [],
            ["lead-verb"] = [],
            ["inanimate"] = [],
        };
        foreach (var row in rows)
        {
            string word = row[0];
            switch (row[1])
            {
                case "institution":
                    fixedWords[word] = ActorKind.Institution;
                    break;
                case "jurisdiction":
                    fixedWords[word] = ActorKind.Jurisdiction;
                    break;
                case "pronoun":
                    fixedWords[word] = ActorKind.Pronoun;
                    break;
                case "collective":
                    int star = word.IndexOf('*', StringComparison.Ordinal);
                    if (star >= 0)
                    {
                        patterns.Add((word[..star], word[(star + 1)..], ActorKind.Collective));
                    }
                    else
                    {
                        fixedWords[word] = ActorKind.Collective;
                    }

                    break;
                default:
                    if (!lists.TryGetValue(row[1], out var list))
                    {
                        throw new InvalidOperationException($"actors.txt: unknown type '{row[1]}' for '{word}'.");
                    }

                    list.Add(word);
                    break;
            }
        }

        return new Tables
        {
            Fixed = fixedWords,
            Patterns = patterns.OrderByDescending(p => p.Item1.Length + p.Item2.Length).ToArray(),
            Suffixes = lists["suffix"].OrderByDescending(s => s.Length).ToArray(),
            SuffixBlockers = lists["suffix-blocker"].ToArray(),
            Connectives = lists["connective"].OrderByDescending(s => s.Length).ToArray(),
            Adverbs = new WordSet(lists["adverb"]),
            LeadVerbs = new WordSet(lists["lead-verb"]),
            Inanimate = lists["inanimate"].ToArray(),
        };
    }
}
