namespace PolicySpeech.Semantics;

/// <summary>
/// 经济增长5%左右、在实际工作中努力争取更好结果: a target listed before a modal verb of the same clause keeps the list's modality and
/// is emitted on its own; the modal verb governs only the rest of the clause, which the rules after read.
/// </summary>
internal sealed class ListHeadRule(ModalHeads heads, ActorResolution actors, CommitmentEmitter emitter) : IClauseRule
{
    /// <inheritdoc/>
    public bool Read(SentenceContext sentence, ClauseContext clause)
    {
        var c = clause.Clause;
        if (clause.Primary is { } primary && !(sentence.Past || clause.Past || sentence.Statement || sentence.IsHeading)
            && (sentence.Frame || sentence.InheritedFrame || sentence.Governing is not null || sentence.Plan || sentence.Carried is not null)
            && heads.ListItemBefore(c, primary, sentence.Quantities, sentence.Times) is { } separator)
        {
            var item = new Clause(c.Start, separator, '、');
            var actor = actors.ModalLessActor(item, sentence.Paragraph, sentence.Governing is not null || ModalHeads.HasModalBefore(sentence.Modals, c.Start));
            emitter.Emit(sentence, new EmitRegion(item.Start, item.End, actor, null, sentence.ModalLessModality, clause.Deadline, actor.Explicit ? actor.Span : null));
            clause.Clause = new Clause(separator + 1, c.End, c.Separator);
        }

        return false;
    }
}
