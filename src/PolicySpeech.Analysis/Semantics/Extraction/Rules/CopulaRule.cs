using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// 今年是…收官之年 / 明年是… / …，是…: a statement about the year or the subject, not a commitment. A sentence that opens by saying
/// what an actor is (政府是市场规则的制定者，…，要更多提供优质公共服务) names the subject of the directives after it.
/// </summary>
internal sealed class CopulaRule(ExtractionText doc, ModalHeads heads) : IClauseRule
{
    /// <summary>The longest subject a copula sentence may open with.</summary>
    private const int MaxSubject = 14;

    /// <inheritdoc/>
    public bool Read(SentenceContext sentence, ClauseContext clause)
    {
        var text = doc.ClauseText(clause.Clause);
        if (ModalHeads.CopulaStarts.LongestPrefix(text) is not null
            || (clause.Times.Count > 0 && heads.IsCopula(clause.Times[0], clause.Clause.Start)))
        {
            return true;
        }

        if (sentence.Index == 0 && clause.Modals.Count == 0)
        {
            int at = text.IndexOf('是');
            if (at is >= 2 and <= MaxSubject && ActorRecognizer.Classify(text[..at]) is not null)
            {
                int start = doc.Trimmed(clause.Clause.Start, clause.Clause.End).Start;
                sentence.Paragraph.CarriedActor = new Actor(text[..at].ToString(), true, new TextSpan(start, at));
            }
        }

        return false;
    }
}
