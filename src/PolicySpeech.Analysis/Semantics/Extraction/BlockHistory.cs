namespace PolicySpeech.Semantics;

/// <summary>The text of the last two blocks (paragraphs or headings), for a colon frame split over lines (…发展的 / 主要预期目标 / 是：…).</summary>
internal sealed class BlockHistory(string text)
{
    private const int MaxLength = 200;
    private string? _text;

    /// <summary>Where the remembered text starts.</summary>
    public int Start { get; private set; }

    /// <summary>Where it ends.</summary>
    public int End { get; private set; }

    /// <summary>The remembered text, materialised only when a split frame needs it.</summary>
    public string Text => _text ??= text[Start..End];

    /// <summary>The remembered text as a span.</summary>
    public ReadOnlySpan<char> Span => text.AsSpan(Start, End - Start);

    /// <summary>Remembers the block from <paramref name="start"/> to <paramref name="end"/> after the previous one (at most 200 characters in all).</summary>
    public void Record(int start, int end)
    {
        int from = End - Start == 0 ? start : Start;
        if (end - from > MaxLength)
        {
            from = end - Math.Min(end - start, MaxLength);
        }

        Start = from;
        End = end;
        _text = null;
    }
}
