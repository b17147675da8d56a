namespace PolicySpeech.Semantics;

/// <summary>A clause that is only a deadline (到2025年，…): no commitment, but the deadline of the clauses after it.</summary>
internal sealed class DeadlineOnlyRule(ModalHeads heads) : IClauseRule
{
    /// <inheritdoc/>
    public bool Read(SentenceContext sentence, ClauseContext clause)
    {
        if (clause.Own is not { } own || !heads.IsOnlyDeadline(clause.Clause, own))
        {
            return false;
        }

        if (own.Kind != TimeKind.Recurring && (!sentence.Sticky || sentence.Index == 0))
        {
            sentence.Carried = own;
            sentence.Sticky = sentence.Index == 0 || sentence.Sticky;
        }

        return true;
    }
}
