namespace PolicySpeech.Semantics;

/// <summary>One step of commitment extraction that works on all the commitments the sentence pass found in a document.</summary>
internal interface ICommitmentPass
{
    /// <summary>Completes or corrects <paramref name="drafts"/> in place (same order, same count unless the pass says otherwise).</summary>
    void Run(List<CommitmentDraft> drafts, DocumentScope document);
}
