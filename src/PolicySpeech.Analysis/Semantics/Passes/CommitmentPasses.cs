namespace PolicySpeech.Semantics;

/// <summary>The document passes, in the order they run after the sentence pass (Markdig's ordered parser list is the model).</summary>
internal static class CommitmentPasses
{
    /// <summary>Deadline scope (sentence > paragraph > section > document), then the metrics' semantics, then kind, then repeated passages.</summary>
    internal static IReadOnlyList<ICommitmentPass> All { get; } = [new DeadlineScopePass(), new MetricSemanticsPass(), new RestatedChangePass(), new CommitmentKindPass(), new RepeatedPassagePass()];
}
