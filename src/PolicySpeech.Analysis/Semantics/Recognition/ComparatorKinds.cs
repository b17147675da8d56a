namespace PolicySpeech.Semantics;

/// <summary>The contract strings of <see cref="ComparatorKind"/> (DESIGN.md: the <c>comparator</c> field), both ways.</summary>
internal static class ComparatorKinds
{
    /// <summary>The contract string of <paramref name="kind"/> (=, &gt;=, &lt;=, ~, &gt;, &lt;, range).</summary>
    public static string ToContract(this ComparatorKind kind) => kind switch
    {
        ComparatorKind.AtLeast => ">=",
        ComparatorKind.AtMost => "<=",
        ComparatorKind.About => "~",
        ComparatorKind.Greater => ">",
        ComparatorKind.Less => "<",
        ComparatorKind.Range => "range",
        _ => "=",
    };

    /// <summary>The kind a lexicon row names (comparators.txt, quantity-qualifiers.txt).</summary>
    /// <exception cref="FormatException">The name is none of the contract strings.</exception>
    public static ComparatorKind Parse(string name) => name switch
    {
        "=" => ComparatorKind.Equal,
        ">=" => ComparatorKind.AtLeast,
        "<=" => ComparatorKind.AtMost,
        "~" => ComparatorKind.About,
        ">" => ComparatorKind.Greater,
        "<" => ComparatorKind.Less,
        "range" => ComparatorKind.Range,
        _ => throw new FormatException($"unknown comparator '{name}'"),
    };
}
