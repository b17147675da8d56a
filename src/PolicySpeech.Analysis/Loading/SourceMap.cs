using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Loading;

/// <summary>
/// Maps offsets in a <see cref="SpeechDocument"/>'s loaded text back to where the reader finds them in the original file.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Plain text maps to itself. HTML maps each character to the line and column of the character in the decoded page
/// source that produced it; within a text node the position is found by walking the source, decoding character
/// references (<c>&amp;amp;</c>, <c>&amp;#20013;</c>) approximately, so a character that came from an entity maps to the
/// entity's <c>&amp;</c>. Line breaks the loader inserted between blocks map to the position just after the previous line's
/// last character. DOCX maps to the paragraph (0-based, body order, table cells included) and the offset in its
/// rendered text (numbering label included); the inserted line breaks between paragraphs map to the end of the
/// previous paragraph.
/// </remarks>
public sealed class SourceMap
{
    private readonly SourceText _text;
    private readonly Kind _kind;
    private readonly ImmutableArray<int> _htmlOffsets;
    private readonly SourceText? _htmlSource;
    private readonly ImmutableArray<DocxParagraphSpan> _paragraphs;

    private SourceMap(SourceText text, Kind kind, ImmutableArray<int> htmlOffsets, SourceText? htmlSource, ImmutableArray<DocxParagraphSpan> paragraphs)
    {
        _text = text;
        _kind = kind;
        _htmlOffsets = htmlOffsets;
        _htmlSource = htmlSource;
        _paragraphs = paragraphs;
    }

    private enum Kind
    {
        Identity,
        Html,
        Docx,
    }

    /// <summary>The DOCX paragraphs in text order (empty for other formats); for tests and tools inside the library.</summary>
    internal ImmutableArray<DocxParagraphSpan> Paragraphs => _paragraphs.IsDefault ? [] : _paragraphs;

    /// <summary>Where the character at <paramref name="offset"/> of the loaded text is in the original file.</summary>
    /// <param name="offset">An offset in the loaded text, from 0 to its length inclusive (the length maps to the end).</param>
    /// <returns>The location, 0-based.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative or past the end of the text.</exception>
    public SourceLocation Map(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, _text.Length);
        switch (_kind)
        {
            case Kind.Html:
            {
                var source = _htmlSource!;
                int sourceOffset;
                if (offset < _htmlOffsets.Length)
                {
                    sourceOffset = _htmlOffsets[offset];
                }
                else
                {
                    sourceOffset = _htmlOffsets.Length == 0 ? 0 : Math.Min(source.Length, _htmlOffsets[^1] + 1);
                }

                var position = source.GetLinePosition(Math.Clamp(sourceOffset, 0, source.Length));
                return new SourceLocation(position.Line, position.Character, null, null);
            }

            case Kind.Docx:
            {
                var position = _text.GetLinePosition(offset);
                int index = FindParagraph(offset);
                if (index < 0)
                {
                    return new SourceLocation(position.Line, position.Character, null, null);
                }

                var paragraph = _paragraphs[index];
                int inParagraph = Math.Min(offset - paragraph.TextStart, paragraph.Length);
                return new SourceLocation(position.Line, position.Character, paragraph.ParagraphIndex, inParagraph);
            }

            default:
            {
                var position = _text.GetLinePosition(offset);
                return new SourceLocation(position.Line, position.Character, null, null);
            }
        }
    }

    internal static SourceMap Identity(SourceText text) => new(text, Kind.Identity, default, null, default);

    internal static SourceMap ForHtml(SourceText text, ImmutableArray<int> sourceOffsets, SourceText pageSource)
    {
        if (sourceOffsets.Length != text.Length)
        {
            throw new ArgumentException("One source offset per character is required.", nameof(sourceOffsets));
        }

        return new(text, Kind.Html, sourceOffsets, pageSource, default);
    }

    internal static SourceMap ForDocx(SourceText text, ImmutableArray<DocxParagraphSpan> paragraphs) => new(text, Kind.Docx, default, null, paragraphs);

    private int FindParagraph(int offset)
    {
        // Last paragraph whose TextStart <= offset.
        int lo = 0;
        int hi = _paragraphs.Length - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_paragraphs[mid].TextStart <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }
}
