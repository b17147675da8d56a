namespace PolicySpeech.Semantics;

/// <summary>The contract strings of <see cref="ModalityKind"/> (DESIGN.md: the <c>modality</c> field), both ways.</summary>
internal static class ModalityKinds
{
    /// <summary>The contract string of <paramref name="kind"/> (ensure, strive, should, encourage, prohibit, plan, must).</summary>
    public static string ToContract(this ModalityKind kind) => kind switch
    {
        ModalityKind.Must => "must",
        ModalityKind.Ensure => "ensure",
        ModalityKind.Strive => "strive",
        ModalityKind.Should => "should",
        ModalityKind.Encourage => "encourage",
        ModalityKind.Prohibit => "prohibit",
        _ => "plan",
    };

    /// <summary>The kind a lexicon row names (modal-verbs.txt's second column).</summary>
    /// <exception cref="FormatException">The name is none of the contract strings.</exception>
    public static ModalityKind Parse(string name) => name switch
    {
        "must" => ModalityKind.Must,
        "ensure" => ModalityKind.Ensure,
        "strive" => ModalityKind.Strive,
        "should" => ModalityKind.Should,
        "encourage" => ModalityKind.Encourage,
        "prohibit" => ModalityKind.Prohibit,
        "plan" => ModalityKind.Plan,
        _ => throw new FormatException($"modal-verbs.txt: unknown modality '{name}'"),
    };
}
