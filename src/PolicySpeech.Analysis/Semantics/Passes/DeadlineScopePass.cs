namespace PolicySpeech.Semantics;

/// <summary>
/// Gives a commitment without a time expression in its sentence the deadline of its scope (annotation guide §3): the time that
/// opened an earlier sentence of the paragraph (今年, 新的一年), else the section heading's (2026年重点工作 → 2026; “十五五” → 2030,
/// from 2026), else, in the plan zone of a work report or the directives of a speech that deploys the work at hand (部署会议), the
/// reference year. A conduct or directive requirement with none of these
/// keeps none: standing requirements have no deadline.
/// </summary>
internal sealed class DeadlineScopePass : ICommitmentPass
{
    /// <inheritdoc/>
    public void Run(List<CommitmentDraft> drafts, DocumentScope document)
    {
        foreach (var draft in drafts)
        {
            var c = draft.Value;
            if (c.Deadline is not null || c.Zone is Zone.Other or Zone.Review || draft.SentenceTimed)
            {
                continue;
            }

            Deadline? scoped = null;
            if (draft.ParagraphTime is { } paragraph)
            {
                scoped = paragraph.ToDeadline() with { Source = DeadlineSource.Paragraph };
            }
            else if (draft.SectionTime is { } section)
            {
                scoped = section.ToDeadline() with { Source = DeadlineSource.Section };
            }
            else if (document.ReferenceYear is { } year
                && ((c.Zone == Zone.Plan && document.IsReport) || (c.Zone is Zone.Plan or Zone.Directive && document.IsDeployment)))
            {
                scoped = new Deadline(string.Empty, TimeKinds.Relative, year, null, default) { Source = DeadlineSource.Document };
            }

            if (scoped is not null)
            {
                draft.Value = c with { Deadline = scoped };
            }
        }
    }
}
