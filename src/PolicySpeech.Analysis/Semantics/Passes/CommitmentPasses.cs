namespace PolicySpeech.Semantics;

/// <summary>The document passes, in the order they run after the sentence pass (Markdig's ordered parser list is the model).</summary>
internal static class CommitmentPasses
{
    /// <summary>Deadline scope (sentence > paragraph > section > document), then kind, then repeated passages.</summary>
    internal static IReadOnlyList<ICommitmentPass> All { get; } = [new DeadlineScopePass(), new CommitmentKindPass(), new RepeatedPassagePass()];
}
