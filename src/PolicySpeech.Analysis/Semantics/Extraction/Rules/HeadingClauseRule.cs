namespace PolicySpeech.Semantics;

/// <summary>A heading without a number: in a zone where every action counts, a heading that opens with a verb (培育壮大文化旅游产业) is one commitment.</summary>
internal sealed class HeadingClauseRule(ExtractionText doc, ModalHeads heads, MeasureFilter measures, ActorResolution actors, CommitmentEmitter emitter) : IClauseRule
{
    /// <inheritdoc/>
    public bool Read(SentenceContext sentence, ClauseContext clause)
    {
        if (!sentence.IsHeading || clause.Values(measures, sentence).Count > 0)
        {
            return false;
        }

        var c = clause.Clause;
        if (sentence.Covers && doc.Actions.IsAction(heads.StripHead(c, clause.Own), general: sentence.Plan))
        {
            var actor = actors.ModalLessActor(c, sentence.Paragraph, governed: false);
            emitter.Emit(sentence, new EmitRegion(c.Start, c.End, actor, null, sentence.Governing?.Modality ?? ModalityKind.Plan, clause.Deadline));
        }

        return true;
    }
}
