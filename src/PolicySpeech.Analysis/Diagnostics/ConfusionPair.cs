namespace PolicySpeech.Diagnostics;

/// <summary>A look-alike pair for the typo rule, from <c>policyspeech.json</c>: a character written by mistake and the one meant.</summary>
internal sealed class ConfusionPair(string wrong, string right)
{
    /// <summary>The character written by mistake, such as 冶.</summary>
    public string Wrong { get; } = wrong;

    /// <summary>The character meant, such as 治.</summary>
    public string Right { get; } = right;
}
