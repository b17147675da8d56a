namespace PolicySpeech.Semantics;

/// <summary>
/// Gives a commitment without a time expression in its sentence the deadline of its scope (annotation guide §3): the time that
/// opened an earlier sentence of the paragraph (今年, 新的一年), else the section heading's (2026年重点工作 → 2026; “十五五” → 2030,
/// from 2026), else, in the plan zone of a work report or the directives of a speech that deploys the work at hand (部署会议), the
/// reference year (for a Party congress report, the end of the congress's five-year term); in the directives of another speech, the
/// year of the named national goal its opening serves when that lies ahead (<see cref="DocumentScope.GoalYear"/>). A conduct or directive requirement with none of these
/// keeps none: standing requirements have no deadline.
/// </summary>
internal sealed class DeadlineScopePass : ICommitmentPass
{
    /// <inheritdoc/>
    public void Run(List<CommitmentDraft> drafts, DocumentScope document)
    {
        // Consecutive commitments share their paragraph's or section's time: one Deadline each, not one per commitment.
        TimeMatch? lastTime = null;
        Deadline? lastDeadline = null;
        Deadline? documentDeadline = null;
        foreach (var draft in drafts)
        {
            if (draft.Deadline is not null || draft.Zone is Zone.Other or Zone.Review || draft.SentenceTimed)
            {
                continue;
            }

            var (time, source) = draft.ParagraphTime is { } paragraph ? (paragraph, DeadlineSource.Paragraph) : (draft.SectionTime, DeadlineSource.Section);
            if (time is not null)
            {
                if (!ReferenceEquals(time, lastTime) || lastDeadline?.Source != source)
                {
                    lastTime = time;
                    lastDeadline = time.ToDeadline(source);
                }

                draft.Deadline = lastDeadline;
            }
            else if (document.PlanYear is { } year
                && ((draft.Zone == Zone.Plan && document.IsReport) || (draft.Zone is Zone.Plan or Zone.Directive && document.IsDeployment)))
            {
                draft.Deadline = documentDeadline ??= new Deadline(string.Empty, TimeKind.Relative.ToContract(), year, null, default) { Source = DeadlineSource.Document };
            }
            else if (document.GoalYear is { } goal && draft.Zone is Zone.Plan or Zone.Directive)
            {
                draft.Deadline = documentDeadline ??= new Deadline(string.Empty, TimeKind.By.ToContract(), goal, null, default) { Source = DeadlineSource.Document };
            }
        }
    }
}
