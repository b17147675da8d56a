namespace PolicySpeech.Semantics;

/// <summary>
/// Sets the clause's deadline and modal verb for the rules after it (reads nothing): a deadline at its head carries to the later
/// clauses of the sentence (a recurring one does not, nor past a sticky one); the deadline is its own, else the carried one.
/// </summary>
internal sealed class DeadlineCarryRule(ModalHeads heads) : IClauseRule
{
    /// <inheritdoc/>
    public bool Read(SentenceContext sentence, ClauseContext clause)
    {
        var own = clause.Own;
        if (own is not null && clause.OwnAtHead && own.Kind != TimeKind.Recurring && !sentence.Sticky)
        {
            sentence.Carried = own;
        }

        clause.Deadline = own ?? sentence.Carried;
        clause.Primary = heads.PrimaryModal(clause.Clause, clause.Modals);
        return false;
    }
}
