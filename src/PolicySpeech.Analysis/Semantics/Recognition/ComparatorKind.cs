namespace PolicySpeech.Semantics;

/// <summary>How a quantity bounds its value (DESIGN.md's comparators); the contract string is written only at the output edge (<see cref="ComparatorKinds.ToContract"/>).</summary>
internal enum ComparatorKind
{
    /// <summary>Exactly (<c>=</c>): 达到90%.</summary>
    Equal,

    /// <summary>At least (<c>&gt;=</c>): 90%以上, 不低于.</summary>
    AtLeast,

    /// <summary>At most (<c>&lt;=</c>): 控制在3%以内, 不超过.</summary>
    AtMost,

    /// <summary>About (<c>~</c>): 5%左右.</summary>
    About,

    /// <summary>More than (<c>&gt;</c>): 超过, 高于.</summary>
    Greater,

    /// <summary>Less than (<c>&lt;</c>): 低于, 少于.</summary>
    Less,

    /// <summary>Between two values (<c>range</c>): 6.5%—7%.</summary>
    Range,
}
