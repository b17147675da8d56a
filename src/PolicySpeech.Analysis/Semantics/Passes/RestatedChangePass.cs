namespace PolicySpeech.Semantics;

/// <summary>
/// Drops a change that only restates the target before it (今年拟安排财政赤字1.62万亿元，比去年增加2700亿元; 中央财政赤字1.12万亿元，增加1700亿元):
/// the clause has no indicator of its own, only the change (with its baseline), in the same sentence right after a level of the same
/// unit. The annotation guide (§3) counts one target there, the level; its change against the year before is how it is said, not a
/// second commitment. Runs after <see cref="MetricSemanticsPass"/> (kinds and unit bases) and removes drafts, so before
/// <see cref="RepeatedPassagePass"/>, whose links are indexes.
/// </summary>
internal sealed class RestatedChangePass : ICommitmentPass
{
    /// <inheritdoc/>
    public void Run(List<CommitmentDraft> drafts, DocumentScope document)
    {
        int kept = 0;
        for (int i = 0; i < drafts.Count; i++)
        {
            if (i == 0 || !Restates(drafts[i - 1], drafts[i]))
            {
                drafts[kept++] = drafts[i];
            }
        }

        drafts.RemoveRange(kept, drafts.Count - kept);
    }

    private static bool Restates(CommitmentDraft before, CommitmentDraft draft) =>
        before.Metric is { Kind: MetricKind.Level } level && draft.Metric is { Kind: MetricKind.Increment or MetricKind.Reduction } change
        && before.Sentence == draft.Sentence && level.UnitBase is not null && level.UnitBase == change.UnitBase
        && HasNoIndicatorOfItsOwn(draft.Text, change);

    /// <summary>Whether the clause says only the change, after its baseline at most (比去年增加2700亿元, 增加1700亿元).</summary>
    private static bool HasNoIndicatorOfItsOwn(string clause, Metric change)
    {
        int at = clause.IndexOf(change.Text, StringComparison.Ordinal);
        return at == 0 || (at > 0 && change.Baseline is { } baseline && clause.AsSpan(0, at).SequenceEqual(baseline));
    }
}
