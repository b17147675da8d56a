namespace PolicySpeech.Semantics;

/// <summary>What a target's number measures.</summary>
public enum MetricKind
{
    /// <summary>A level to reach or hold: 达到75%, 稳定在1300亿斤以上, 城镇调查失业率5.5%左右.</summary>
    Level,

    /// <summary>A growth rate: 增长5%, 涨幅3%, 上涨.</summary>
    Growth,

    /// <summary>An increment: 新增, 增加3000亿元, 再提高30元.</summary>
    Increment,

    /// <summary>A reduction: 降低3.8%, 下降, 减少.</summary>
    Reduction,

    /// <summary>A share or ratio: 占比, 比重, 强度, 相当于…的比例.</summary>
    Share,
}
