namespace PolicySpeech.Semantics;

/// <summary>
/// One rule of the clause pipeline (<see cref="SentenceReader"/>): the rules run in order on each clause, like Markdig's block
/// parsers; the first that returns true has read the clause, and the rules after it do not see it.
/// </summary>
internal interface IClauseRule
{
    /// <summary>Reads <paramref name="clause"/> of <paramref name="sentence"/>, emitting commitments and updating the sentence's state.</summary>
    /// <returns>Whether the clause is done with.</returns>
    bool Read(SentenceContext sentence, ClauseContext clause);
}
