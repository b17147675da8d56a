using System.Collections.Immutable;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PolicySpeech.Loading;

/// <summary>Builds the text of a Word body: one paragraph a line, numbering labels rendered, paragraph spans recorded.</summary>
internal sealed class DocxTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly ImmutableArray<DocxParagraphSpan>.Builder _paragraphs = ImmutableArray.CreateBuilder<DocxParagraphSpan>();
    private readonly Dictionary<string, Style> _styles = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyle;
    private readonly DocxNumbering _numbering;
    private readonly CancellationToken _cancellationToken;
    private int _paragraphIndex;

    /// <summary>Reads the styles and numbering of <paramref name="main"/>.</summary>
    /// <param name="main">The main document part.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    internal DocxTextBuilder(MainDocumentPart main, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        var styles = main.StyleDefinitionsPart?.Styles;
        if (styles is not null)
        {
            foreach (var style in styles.Elements<Style>())
            {
                if (style.StyleId?.Value is { } id)
                {
                    _styles.TryAdd(id, style);
                    if (style.Type?.InnerText == "paragraph" && style.Default?.Value == true)
                    {
                        _defaultParagraphStyle ??= id;
                    }
                }
            }
        }

        _numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering, NumIdOfStyle);
    }

    /// <summary>The text built so far.</summary>
    internal string Text => _text.ToString();

    /// <summary>The paragraphs that gave lines, in text order.</summary>
    internal ImmutableArray<DocxParagraphSpan> Paragraphs => _paragraphs.ToImmutable();

    /// <summary>Walks block-level content (body, table, row, cell, content control) in document order.</summary>
    /// <param name="container">The container.</param>
    internal void WalkBlocks(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    _cancellationToken.ThrowIfCancellationRequested();
                    EmitParagraph(paragraph);
                    break;
                case SectionProperties or TableProperties or TableGrid or TableRowProperties or TableCellProperties
                    or SdtProperties or SdtEndCharProperties or BookmarkStart or BookmarkEnd:
                    break;
                default:
                    if (child.HasChildren)
                    {
                        WalkBlocks(child);
                    }

                    break;
            }
        }
    }

    private void EmitParagraph(Paragraph paragraph)
    {
        int index = _paragraphIndex++;
        var properties = paragraph.ParagraphProperties;
        string? styleId = properties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

        var runs = new StringBuilder();
        AppendRuns(paragraph, runs);
        string content = runs.ToString().Trim('\n');

        string? label = null;
        var (numId, ilvl) = ResolveNumbering(properties, styleId);
        if (numId is int id && id != 0)
        {
            int level = ilvl ?? (styleId is null ? null : _numbering.LevelOfStyle(id, styleId)) ?? 0;
            label = _numbering.Next(id, level);
        }

        string line = label + content;
        if (line.Length == 0)
        {
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _paragraphs.Add(new DocxParagraphSpan(_text.Length, line.Length, index, ResolveOutlineLevel(properties, styleId), label));
        _text.Append(line);
    }

    private static void AppendRuns(OpenXmlElement element, StringBuilder builder)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case WordText text:
                    builder.Append(text.Text);
                    break;
                case TabChar or PositionalTab:
                    builder.Append('\t');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
                case SymbolChar symbol:
                    AppendSymbol(symbol, builder);
                    break;
                case ParagraphProperties or RunProperties or DeletedRun or MoveFromRun or DeletedText or DeletedFieldCode
                    or FieldCode or Drawing or Picture or EmbeddedObject or AlternateContent or FootnoteReference
                    or EndnoteReference or CommentReference or SoftHyphen or Paragraph or LastRenderedPageBreak:
                    break;
                default:
                    if (child.HasChildren)
                    {
                        AppendRuns(child, builder);
                    }

                    break;
            }
        }
    }

    private static void AppendSymbol(SymbolChar symbol, StringBuilder builder)
    {
        if (symbol.Char?.Value is { } hex && int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out int code)
            && code is > 0 and < 0xD800 && code is not (>= 0xE000 and <= 0xF8FF))
        {
            builder.Append((char)code);
        }
    }

    private (int? NumId, int? Ilvl) ResolveNumbering(ParagraphProperties? properties, string? styleId)
    {
        int? numId = properties?.NumberingProperties?.NumberingId?.Val?.Value;
        int? ilvl = properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value;
        if (numId is not null)
        {
            return (numId, ilvl);
        }

        foreach (var style in StyleChain(styleId))
        {
            var numbering = style.StyleParagraphProperties?.NumberingProperties;
            if (numbering is null)
            {
                continue;
            }

            ilvl ??= numbering.NumberingLevelReference?.Val?.Value;
            if (numbering.NumberingId?.Val?.Value is int styleNumId)
            {
                return (styleNumId, ilvl);
            }
        }

        return (null, null);
    }

    private int? ResolveOutlineLevel(ParagraphProperties? properties, string? styleId)
    {
        int? level = properties?.OutlineLevel?.Val?.Value;
        if (level is null)
        {
            foreach (var style in StyleChain(styleId))
            {
                level = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
                if (level is not null)
                {
                    break;
                }
            }
        }

        return level is >= 0 and < 9 ? level : null;
    }

    private int? NumIdOfStyle(string styleId)
    {
        foreach (var style in StyleChain(styleId))
        {
            if (style.StyleParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is int numId)
            {
                return numId;
            }
        }

        return null;
    }

    private IEnumerable<Style> StyleChain(string? styleId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (styleId is not null && seen.Add(styleId) && _styles.TryGetValue(styleId, out var style))
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }
}
