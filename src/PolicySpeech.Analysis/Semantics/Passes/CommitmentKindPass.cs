namespace PolicySpeech.Semantics;

/// <summary>
/// Sets <see cref="Commitment.Kind"/>: a target when it has a metric; a requirement when its modality binds (must, ensure,
/// prohibit), when a written subject is told what it should do (各级党委要…), or when its action opens with a word of obligation
/// (严格落实…, 坚决守住…); otherwise a task.
/// </summary>
internal sealed class CommitmentKindPass : ICommitmentPass
{
    /// <inheritdoc/>
    public void Run(List<CommitmentDraft> drafts, DocumentScope document)
    {
        var actions = ActionClauses.Instance;
        foreach (var draft in drafts)
        {
            var c = draft;
            var kind = c.Metric is not null ? CommitmentKind.Target
                : c.Modality is ModalityKind.Must or ModalityKind.Ensure or ModalityKind.Prohibit || (c.Modality == ModalityKind.Should && c.Actor.Explicit) || actions.IsRequirement(c.Action)
                    ? CommitmentKind.Requirement
                    : CommitmentKind.Task;
            draft.Kind = kind;
        }
    }
}
