namespace PolicySpeech.Semantics;

/// <summary>
/// Never a commitment without a modal verb: a clause of a sentence that opens in the past or states what something is, or of a
/// paragraph that did and has not turned to the future, or a clause with a past marker (已达, 推行了).
/// </summary>
internal sealed class PastStatementRule : IClauseRule
{
    /// <inheritdoc/>
    public bool Read(SentenceContext sentence, ClauseContext clause) => sentence.Past || clause.Past || sentence.Statement;
}
