using System.Security.Cryptography;
using System.Text;

namespace PolicySpeech.Text;

/// <summary>
/// The immutable text of a document as decoded: its characters, the encoding it was read with,
/// a SHA-256 checksum and a line table built on first use. Thread-safe.
/// </summary>
public sealed class SourceText
{
    private readonly string _text;
    private ImmutableArray<int> _lineStarts;
    private ImmutableArray<byte> _checksum;

    private SourceText(string text, Encoding? encoding, ImmutableArray<UndecodableBytes> undecodable = default)
    {
        _text = text;
        Encoding = encoding;
        Undecodable = undecodable.IsDefault ? [] : undecodable;
    }

    /// <summary>Creates a text decoded from bytes, some of which could not be decoded and were read as U+FFFD.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="encoding">The encoding used.</param>
    /// <param name="undecodable">Where bytes were read as U+FFFD.</param>
    /// <returns>The text.</returns>
    internal static SourceText From(string text, Encoding encoding, ImmutableArray<UndecodableBytes> undecodable) => new(text, encoding, undecodable);

    /// <summary>Where the loader read bytes it could not decode as U+FFFD (reported by the parser as PS0003); empty for a text given as a string or changed.</summary>
    internal ImmutableArray<UndecodableBytes> Undecodable { get; }

    /// <summary>Creates a text from a string.</summary>
    /// <param name="text">The characters.</param>
    /// <param name="encoding">The encoding the characters were decoded from, if they came from bytes.</param>
    /// <returns>The text.</returns>
    /// <example><code>var text = SourceText.From("同志们：\n今天……");</code></example>
    public static SourceText From(string text, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text, encoding);
    }

    /// <summary>The encoding the text was decoded from, or <see langword="null"/> when it was given as a string.</summary>
    public Encoding? Encoding { get; }

    /// <summary>The number of UTF-16 code units.</summary>
    public int Length => _text.Length;

    /// <summary>The code unit at <paramref name="position"/>.</summary>
    /// <param name="position">A 0-based offset.</param>
    public char this[int position] => _text[position];

    /// <summary>The SHA-256 hash of the text encoded as UTF-8 (so the same words hash alike whatever file encoding they came in).</summary>
    public ImmutableArray<byte> Checksum
    {
        get
        {
            if (_checksum.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _checksum, ImmutableArray.Create(SHA256.HashData(Encoding.UTF8.GetBytes(_text))));
            }

            return _checksum;
        }
    }

    /// <summary>The checksum as 64 lowercase hex digits.</summary>
    public string ChecksumHex => Convert.ToHexStringLower(Checksum.AsSpan());

    /// <summary>The number of lines (a text ending in a line break has an empty last line).</summary>
    public int LineCount => LineStarts.Length;

    private ImmutableArray<int> LineStarts
    {
        get
        {
            if (_lineStarts.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _lineStarts, ComputeLineStarts(_text));
            }

            return _lineStarts;
        }
    }

    /// <summary>The line with 0-based number <paramref name="lineNumber"/>.</summary>
    /// <param name="lineNumber">0-based.</param>
    /// <returns>The line.</returns>
    public TextLine GetLine(int lineNumber)
    {
        var starts = LineStarts;
        ArgumentOutOfRangeException.ThrowIfNegative(lineNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lineNumber, starts.Length);
        int start = starts[lineNumber];
        int next = lineNumber + 1 < starts.Length ? starts[lineNumber + 1] : _text.Length;
        int end = next;
        if (end > start && _text[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && _text[end - 1] == '\r')
        {
            end--;
        }

        return new TextLine(lineNumber, TextSpan.FromBounds(start, end), TextSpan.FromBounds(start, next));
    }

    /// <summary>The 0-based line number of the line that contains <paramref name="position"/>.</summary>
    /// <param name="position">An offset from 0 to <see cref="Length"/> inclusive.</param>
    /// <returns>The 0-based line number.</returns>
    public int GetLineNumber(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, _text.Length);
        var starts = LineStarts;
        int index = starts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The 0-based line and column of <paramref name="position"/>.</summary>
    /// <param name="position">An offset from 0 to <see cref="Length"/> inclusive.</param>
    /// <returns>The position.</returns>
    public LinePosition GetLinePosition(int position)
    {
        int line = GetLineNumber(position);
        return new LinePosition(line, position - LineStarts[line]);
    }

    /// <summary>The 0-based line and column range of <paramref name="span"/>.</summary>
    /// <param name="span">A span inside the text.</param>
    /// <returns>The range.</returns>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) => new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The offset of a 0-based line position.</summary>
    /// <param name="position">The line position.</param>
    /// <returns>The offset.</returns>
    public int GetPosition(LinePosition position) => LineStarts[position.Line] + position.Character;

    /// <summary>The text of <paramref name="span"/> as a new <see cref="SourceText"/> with the same encoding.</summary>
    /// <param name="span">A span inside the text.</param>
    /// <returns>The sub-text.</returns>
    public SourceText GetSubText(TextSpan span) => new(ToString(span), Encoding);

    /// <summary>The characters of <paramref name="span"/>.</summary>
    /// <param name="span">A span inside the text.</param>
    /// <returns>The string.</returns>
    public string ToString(TextSpan span)
    {
        CheckSpan(span);
        return _text.Substring(span.Start, span.Length);
    }

    /// <summary>The characters of <paramref name="span"/> without copying.</summary>
    /// <param name="span">A span inside the text.</param>
    /// <returns>The characters.</returns>
    public ReadOnlySpan<char> AsSpan(TextSpan span)
    {
        CheckSpan(span);
        return _text.AsSpan(span.Start, span.Length);
    }

    /// <summary>All the characters without copying.</summary>
    /// <returns>The characters.</returns>
    public ReadOnlySpan<char> AsSpan() => _text.AsSpan();

    /// <summary>A new text with <paramref name="changes"/> applied. The changes refer to this text's offsets and must not overlap.</summary>
    /// <param name="changes">The changes, in any order.</param>
    /// <returns>The changed text, with the same encoding.</returns>
    /// <exception cref="ArgumentException">Two changes overlap or a change lies outside the text.</exception>
    public SourceText WithChanges(IEnumerable<TextChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var ordered = changes.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.Length).ToList();
        if (ordered.Count == 0)
        {
            return this;
        }

        var builder = new StringBuilder(_text.Length);
        int position = 0;
        foreach (var change in ordered)
        {
            CheckSpan(change.Span);
            if (change.Span.Start < position)
            {
                throw new ArgumentException($"The change at {change.Span} overlaps the change before it.", nameof(changes));
            }

            builder.Append(_text, position, change.Span.Start - position).Append(change.NewText);
            position = change.Span.End;
        }

        builder.Append(_text, position, _text.Length - position);
        return new SourceText(builder.ToString(), Encoding);
    }

    /// <summary>All the characters.</summary>
    /// <returns>The whole text.</returns>
    public override string ToString() => _text;

    private void CheckSpan(TextSpan span)
    {
        if (span.Start < 0 || span.Length < 0 || span.End > _text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"The span {span} lies outside the text of length {_text.Length}.");
        }
    }

    private static ImmutableArray<int> ComputeLineStarts(string text)
    {
        var starts = ImmutableArray.CreateBuilder<int>(Math.Max(4, text.Length / 40));
        starts.Add(0);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToImmutable();
    }
}
