namespace PolicySpeech.Text;

/// <summary>A range between two <see cref="LinePosition"/>s (0-based).</summary>
/// <param name="Start">Where the range starts.</param>
/// <param name="End">Where the range ends (exclusive).</param>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    /// <inheritdoc/>
    public override string ToString() => $"({Start})-({End})";
}
