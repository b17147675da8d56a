namespace PolicySpeech.Semantics;

/// <summary>How firmly a modal verb commits (DESIGN.md); the contract string is written only at the output edge (<see cref="ModalityKinds.ToContract"/>).</summary>
internal enum ModalityKind
{
    /// <summary>Planned or announced (将, 计划, 拟, and every commitment without a modal verb of its own): <c>plan</c>.</summary>
    Plan,

    /// <summary>A firm obligation (必须, 务必): <c>must</c>.</summary>
    Must,

    /// <summary>Guaranteed (确保): <c>ensure</c>.</summary>
    Ensure,

    /// <summary>Striven for (力争, 争取, 努力): <c>strive</c>.</summary>
    Strive,

    /// <summary>Expected (要, 应, 需要): <c>should</c>.</summary>
    Should,

    /// <summary>Encouraged or supported (鼓励, 支持, 引导): <c>encourage</c>.</summary>
    Encourage,

    /// <summary>Forbidden (不得, 严禁): <c>prohibit</c>.</summary>
    Prohibit,
}
