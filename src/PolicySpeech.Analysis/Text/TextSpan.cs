namespace PolicySpeech.Text;

/// <summary>A range of UTF-16 code units in a <see cref="SourceText"/>: a start offset and a length.</summary>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    /// <summary>Creates the span.</summary>
    /// <param name="start">The offset of the first code unit.</param>
    /// <param name="length">The number of code units.</param>
    public TextSpan(int start, int length) => (Start, Length) = (start, length);

    /// <summary>The offset of the first code unit.</summary>
    public int Start { get; }

    /// <summary>The number of code units.</summary>
    public int Length { get; }

    /// <summary>The offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no code unit.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and end offsets.</summary>
    /// <param name="start">The first offset.</param>
    /// <param name="end">The offset just past the end.</param>
    /// <returns>The span.</returns>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="position"/> lies inside the span (the end excluded).</summary>
    /// <param name="position">An offset.</param>
    /// <returns><see langword="true"/> when <c>Start &lt;= position &lt; End</c>.</returns>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>Whether <paramref name="span"/> lies entirely inside this span.</summary>
    /// <param name="span">Another span.</param>
    /// <returns><see langword="true"/> when the other span is contained.</returns>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    /// <param name="span">Another span.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <inheritdoc/>
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
