namespace PolicySpeech.Text;

/// <summary>A 0-based line and 0-based UTF-16 column. Add one to each only when printing.</summary>
public readonly record struct LinePosition : IComparable<LinePosition>
{
    /// <summary>Creates the position.</summary>
    /// <param name="line">The 0-based line number.</param>
    /// <param name="character">The 0-based column, in UTF-16 code units.</param>
    public LinePosition(int line, int character) => (Line, Character) = (line, character);

    /// <summary>The 0-based line number.</summary>
    public int Line { get; }

    /// <summary>The 0-based column, in UTF-16 code units.</summary>
    public int Character { get; }

    /// <inheritdoc/>
    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    /// <summary>The position as people read it: <c>line,column</c>, both 1-based.</summary>
    /// <returns>For example <c>13,86</c>.</returns>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}
