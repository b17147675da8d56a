namespace PolicySpeech.Semantics;

/// <summary>
/// A colon frame (主要预期目标是：…, or 是：… after a heading-like line that names the targets): every clause after it is a target,
/// and a deadline in it holds for all of them (“十五五”期间…：…，到2030年…).
/// </summary>
internal sealed class ColonFrameRule(ExtractionText doc, BlockHistory previousBlocks) : IClauseRule
{
    /// <inheritdoc/>
    public bool Read(SentenceContext sentence, ClauseContext clause)
    {
        var c = clause.Clause;
        var text = doc.ClauseText(c);
        bool colon = c.Separator is '：' or ':';
        bool splitFrame = sentence.Index == 0 && colon && text is "是" or "为" && doc.Cues.FramesSearch.ContainsAny(previousBlocks.Span);
        if (!colon || !(splitFrame || doc.Cues.FramesSearch.ContainsAny(text)))
        {
            return false;
        }

        sentence.Frame = true;
        var frameTimes = splitFrame
            ? SentenceTimes.MergeAdjacent(TimeExpressionRecognizer.Recognize(previousBlocks.Text, doc.ReferenceYear, previousBlocks.Start, doc.PeriodsFromNextYear))
            : [.. clause.Times];
        var frameDeadline = clause.Own ?? frameTimes.FirstOrDefault(t => t.IsDeadline && t.Kind != TimeKind.Recurring);
        if (frameDeadline is not null && frameDeadline.Kind != TimeKind.Recurring)
        {
            sentence.Carried = frameDeadline;
            sentence.Sticky = true;
        }

        sentence.Paragraph.Frame = true;
        sentence.Paragraph.FrameDeadline = sentence.Carried;
        return true;
    }
}
