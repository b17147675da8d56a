namespace PolicySpeech.Text;

/// <summary>A range between two <see cref="LinePosition"/>s (0-based).</summary>
public readonly record struct LinePositionSpan
{
    /// <summary>Creates the range.</summary>
    /// <param name="start">Where the range starts.</param>
    /// <param name="end">Where the range ends (exclusive).</param>
    public LinePositionSpan(LinePosition start, LinePosition end) => (Start, End) = (start, end);

    /// <summary>Where the range starts.</summary>
    public LinePosition Start { get; }

    /// <summary>Where the range ends (exclusive).</summary>
    public LinePosition End { get; }

    /// <inheritdoc/>
    public override string ToString() => $"({Start})-({End})";
}
