using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// Marks the commitments of a repeated passage (the same sentence written twice, as PS2002 reports it): each later copy carries
/// <see cref="Commitment.DuplicateOf"/>, the index of the first one, so that a count of commitments can leave them out.
/// </summary>
internal sealed class RepeatedPassagePass : ICommitmentPass
{
    /// <summary>Sentences shorter than this are set phrases that recur on purpose (加强党的领导), not a repeated passage.</summary>
    private const int MinimumSentenceLength = 12;

    /// <inheritdoc/>
    public void Run(List<CommitmentDraft> drafts, DocumentScope document)
    {
        var first = new Dictionary<(string Sentence, string Text, string Action, string? Metric), int>();
        var lastSpan = default(TextSpan);
        string? lastSentence = null;
        for (int i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var c = draft.Value;
            if (draft.Sentence.Length < MinimumSentenceLength)
            {
                continue;
            }

            if (lastSentence is null || draft.Sentence != lastSpan)
            {
                // The commitments of one sentence are consecutive: its text is copied once.
                lastSpan = draft.Sentence;
                lastSentence = document.Text.Substring(draft.Sentence.Start, draft.Sentence.Length);
            }

            var key = (lastSentence, c.Text, c.Action, c.Metric?.Text);
            if (first.TryGetValue(key, out int original))
            {
                if (drafts[original].Sentence != draft.Sentence)
                {
                    draft.Value = c with { DuplicateOf = original };
                }
            }
            else
            {
                first[key] = i;
            }
        }
    }
}
