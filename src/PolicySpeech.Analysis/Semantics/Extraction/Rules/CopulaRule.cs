namespace PolicySpeech.Semantics;

/// <summary>今年是…收官之年 / 明年是… / …，是…: a statement about the year or the subject, not a commitment.</summary>
internal sealed class CopulaRule(ExtractionText doc, ModalHeads heads) : IClauseRule
{
    /// <inheritdoc/>
    public bool Read(SentenceContext sentence, ClauseContext clause) =>
        ModalHeads.CopulaStarts.LongestPrefix(doc.ClauseText(clause.Clause)) is not null
        || (clause.Times.Count > 0 && heads.IsCopula(clause.Times[0], clause.Clause.Start));
}
