using System.Collections.Immutable;

namespace PolicySpeech.Semantics;

/// <summary>
/// Where a clause's modal verb stands and what it governs: at the head (after nothing, a subject, a time expression or a short
/// adverb), not inside an object or a name, not the speaker's "want to"; whether it takes the next clause with it; and the other
/// heads of a clause (a copula, a bare deadline).
/// </summary>
internal sealed class ModalHeads(ExtractionText doc, MeasureFilter measures)
{
    private readonly ExtractionText _doc = doc;
    private readonly MeasureFilter _measures = measures;

    /// <summary>The adverbs between a modal verb and a verb of cognition (要更加清醒地认识到).</summary>
    private static readonly string[] CognitionAdverbs = ["更加", "更", "也", "还", "始终", "进一步", "清醒地", "深刻地"];

    /// <summary>Whether a clause of the sentence opens with a modal verb (要…, 各级党委要…, 必须…): the sentence says what is to be done.</summary>
    public bool HasHeadModal(List<Clause> clauses, ImmutableArray<ModalityMatch> modals)
    {
        foreach (var m in modals)
        {
            if (m.Modality is ModalityKind.Encourage)
            {
                continue;
            }

            foreach (var c in clauses)
            {
                if (m.Span.Start >= c.Start && m.Span.Start < c.End)
                {
                    var (atHead, afterActor) = _doc.HeadPosition(c.Start, m.Span.Start);
                    if (atHead || afterActor)
                    {
                        return true;
                    }

                    break;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// 我还要说…, 我要讲几点意见, 这里特别要强调…: 要 after the speaker's own 我 (or 这里, the speech itself) before a verb of speaking means
    /// "want to" or "will", not an obligation.
    /// </summary>
    public bool SpeakerIntends(int clauseStart, ModalityMatch modal, int actionStart, int clauseEnd)
    {
        if (modal.Word != "要")
        {
            return false;
        }

        var before = _doc.Text.AsSpan(clauseStart, modal.Span.Start - clauseStart).TrimEnd("还也再就想特别".AsSpan());
        if (!before.EndsWith("我", StringComparison.Ordinal) && !before.EndsWith("这里", StringComparison.Ordinal))
        {
            return false;
        }

        return _doc.Actions.IsSpeaking(_doc.Text.AsSpan(actionStart, clauseEnd - actionStart));
    }

    /// <summary>The 、 between a number and a later modal verb of the same clause (经济增长5%左右、在实际工作中努力争取…), or null.</summary>
    public int? ListItemBefore(Clause clause, ModalityMatch modal, ImmutableArray<QuantityMatch> quantities, ImmutableArray<TimeMatch> times)
    {
        var last = _measures.LastValue(quantities, times, clause.Start, modal.Span.Start);
        if (last is null || last.Span.End > modal.Span.Start)
        {
            return null;
        }

        int from = last.Span.End;
        int at = _doc.Text.IndexOf('、', from, modal.Span.Start - from);
        return at >= 0 ? at : null;
    }

    public ModalityMatch? PrimaryModal(Clause clause, List<ModalityMatch> clauseModals)
    {
        foreach (var m in clauseModals)
        {
            int local = m.Span.Start;
            if (local > clause.Start && _doc.Text[local - 1] is '、' or '﹑')
            {
                continue; // …关爱妇女儿童、支持妇女儿童事业发展的浓厚氛围: inside an object
            }

            var prefix = _doc.Text.AsSpan(clause.Start, local - clause.Start).Trim();
            if (InsideQuote(prefix))
            {
                continue; // “锦绣计划省际协作联盟”: part of a name
            }

            if (m.Modality is ModalityKind.Encourage or ModalityKind.Plan && !prefix.IsEmpty)
            {
                // 支持/引导/鼓励/计划/将 in the middle of a clause is usually a plain verb (完善支持…的优惠措施).
                var (atHead, afterActor) = _doc.HeadPosition(clause.Start, local);
                if (!atHead && !afterActor && ModalAdverbs.LongestPrefix(prefix) is not { } adverb)
                {
                    continue;
                }
            }

            return m;
        }

        return null;
    }

    private static readonly WordSet ModalAdverbs = new(["依法", "大力", "积极", "继续", "进一步", "切实", "着力", "全力", "努力", "持续", "重点", "优先", "有序"]);

    private static bool InsideQuote(ReadOnlySpan<char> prefix)
    {
        int open = prefix.Count('“') + prefix.Count('《') + prefix.Count('「');
        int close = prefix.Count('”') + prefix.Count('》') + prefix.Count('」');
        return open > close;
    }

    public static ReadOnlySpan<char> StripAdverbs(ReadOnlySpan<char> text)
    {
        foreach (var adverb in CognitionAdverbs)
        {
            if (text.StartsWith(adverb, StringComparison.Ordinal))
            {
                return text[adverb.Length..];
            }
        }

        return text;
    }

    private bool OpensAdverbial(ReadOnlySpan<char> action)
    {
        if (_doc.Cues.LeadPrepositions.LongestPrefix(action) is not null)
        {
            return true;
        }

        if (action.StartsWith("在", StringComparison.Ordinal))
        {
            return action.EndsWith("中", StringComparison.Ordinal) || action.EndsWith("时", StringComparison.Ordinal)
                || action.EndsWith("过程中", StringComparison.Ordinal) || action.EndsWith("基础上", StringComparison.Ordinal)
                || action.EndsWith("前提下", StringComparison.Ordinal);
        }

        if (action.StartsWith("以", StringComparison.Ordinal) && action.Length >= 4)
        {
            return action[^3] == '为' || action[^2] == '为';
        }

        return false;
    }

    public static bool HasModalBefore(ImmutableArray<ModalityMatch> modals, int position)
    {
        foreach (var m in modals)
        {
            if (m.Span.Start < position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the modal clause (its action opening with a lead preposition) takes the next clause with it.</summary>
    public bool CanExtend(int actionStart, Clause clause, Clause next, ImmutableArray<ModalityMatch> modals, ImmutableArray<QuantityMatch> quantities, ImmutableArray<TimeMatch> times)
    {
        var action = _doc.Text.AsSpan(actionStart, clause.End - actionStart);
        if (!OpensAdverbial(action) || SentenceTimes.Within(modals, next.Start, next.End).Count > 0)
        {
            return false;
        }

        // 会同省民政厅将…纳入…: already a whole predicate; 按照…的标准配建…: the verb is in this clause;
        // 会同省委编办梳理…清单: 会同 and its partner are short, a longer clause has its own verb.
        if (action.Contains('将') || action.Contains('把') || action.Contains("标准", StringComparison.Ordinal)
            || (action.StartsWith("会同", StringComparison.Ordinal) && action.Length > 10)
            || _measures.HasValues(quantities, times, clause.Start, clause.End) || _measures.HasValues(quantities, times, next.Start, next.End))
        {
            return false;
        }

        foreach (var t in SentenceTimes.Within(times, next.Start, next.End))
        {
            if (t.IsDeadline && t.Kind == TimeKind.Recurring && _doc.HeadPosition(next.Start, t.Span.Start).AtHead)
            {
                return false; // …，每年对清单执行情况开展一次评估: a step of its own
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="t"/> opens its clause as the subject of 是 (今年是…收官之年).</summary>
    public bool IsCopula(TimeMatch t, int clauseStart)
    {
        var after = _doc.Text.AsSpan(t.Span.End);
        return CopulaStarts.LongestPrefix(after) is not null && _doc.HeadPosition(clauseStart, t.Span.Start).AtHead;
    }

    public bool IsOnlyDeadline(Clause clause, TimeMatch deadline)
    {
        var before = _doc.StripFillers(_doc.Text.AsSpan(clause.Start, deadline.Span.Start - clause.Start).Trim());
        var after = _doc.Text.AsSpan(deadline.Span.End, clause.End - deadline.Span.End).Trim();
        return before.IsEmpty && after.IsEmpty;
    }

    /// <summary>The clause without its deadline at the head and the fillers, scope words and enumerators before the verb (a 在 before a place stays).</summary>
    public ReadOnlySpan<char> StripHead(Clause clause, TimeMatch? own)
    {
        int from = clause.Start;
        if (own is not null && own.Span.Start >= clause.Start && own.Span.End <= clause.End && _doc.HeadPosition(clause.Start, own.Span.Start).AtHead)
        {
            from = own.Span.End;
        }

        var head = _doc.Text.AsSpan(from, clause.End - from).Trim();
        var stripped = _doc.StripFillers(head);

        // 在重点区域实行大气污染联防联控: the 在 taken for a filler opens a prepositional phrase whose verb comes after it.
        int preposition = head.Length - stripped.Length - 1;
        return preposition >= 0 && head[preposition] is '在' && !_doc.Actions.IsAction(stripped, throughPreposition: false) ? head[preposition..] : stripped;
    }

    public static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.EndsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The copulas a clause opens with when it states what something is (…，是…).</summary>
    public static readonly WordSet CopulaStarts = new(["是", "也是", "就是", "都是", "仍是", "还是", "既是", "正是"]);
}
