namespace PolicySpeech.Semantics;

/// <summary>
/// Completes each commitment's <see cref="Metric"/> with what <see cref="MetricSemantics"/> reads from its clause: the kind of
/// the number, the baseline, the value in base units and the canonical indicator id.
/// </summary>
internal sealed class MetricSemanticsPass : ICommitmentPass
{
    /// <inheritdoc/>
    public void Run(List<CommitmentDraft> drafts, DocumentScope document)
    {
        foreach (var draft in drafts)
        {
            if (draft.Metric is { } metric)
            {
                draft.Metric = MetricSemantics.Complete(metric, document.Text, draft.Sentence);
            }
        }
    }
}
