namespace PolicySpeech.Semantics;

/// <summary>What a redacted placeholder stands for (PS1001's property <c>kind</c>: <c>number</c>, <c>name</c>, <c>unknown</c>).</summary>
public enum PlaceholderKind
{
    /// <summary>Nothing around it says what was removed.</summary>
    Unknown,

    /// <summary>A number: a unit or % follows (<c>**万人以上</c>, <c>*%</c>), or digits or an ordinal surround it.</summary>
    Number,

    /// <summary>Part of a name or a quoted title (<c>“**技工”</c>, <c>法治**建设</c>).</summary>
    Name,
}
