namespace PolicySpeech.Semantics;

/// <summary>What sort of commitment a statement is.</summary>
public enum CommitmentKind
{
    /// <summary>Something to do: 加快建设长江国际黄金旅游带.</summary>
    Task,

    /// <summary>A measured goal: 地区生产总值增长5%左右 (the commitment has a <see cref="Metric"/>).</summary>
    Target,

    /// <summary>An obligation or standard of conduct: 各级党委要…, 确保…, 严格落实…, 坚决….</summary>
    Requirement,
}
