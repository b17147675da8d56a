using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PolicySpeech.Text;

namespace PolicySpeech.Loading;

/// <summary>
/// Loads an HTML page through AngleSharp (default configuration: no loaders, no scripting, nothing fetched).
/// The text is the body in reading order, one block a line; see <see cref="HtmlTextExtractor"/> for the rules.
/// </summary>
internal static partial class HtmlLoader
{
    private static readonly string[] DateMetaNames =
    [
        "pubdate", "publishdate", "publish_date", "publishtime", "firstpublishedtime", "article:published_time",
        "og:published_time", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "dcterms.created",
        "dc.date.created", "citation_publication_date", "date", "created", "maketime",
    ];

    /// <summary>Decodes, parses and extracts an HTML page.</summary>
    /// <param name="bytes">The page's bytes.</param>
    /// <param name="path">The path, for messages.</param>
    /// <param name="options">The options.</param>
    /// <returns>The loaded text, metadata and source map.</returns>
    internal static LoadedContent Load(ReadOnlySpan<byte> bytes, string? path, LoadOptions options)
    {
        string source = Decode(bytes, path, options.Encoding, out var encoding, out var undecodable);
        if (HtmlNesting.Refusal(source) is { } refusal)
        {
            throw new SpeechLoadException(path, SpeechLoadFailure.MalformedHtml, refusal);
        }

        IHtmlDocument document;
        try
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
            document = parser.ParseDocument(source);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new SpeechLoadException(path, SpeechLoadFailure.MalformedHtml, $"the HTML could not be parsed ({ex.Message})", ex);
        }

        var metadata = ReadMetadata(document);
        var extractor = new HtmlTextExtractor(source);
        extractor.Extract(document);
        var offsets = extractor.SourceOffsets;
        var text = undecodable.IsEmpty ? SourceText.From(extractor.Text, encoding)
            : SourceText.From(extractor.Text, encoding, [.. undecodable.Select(u => u with { Position = TextPosition(offsets, u.Position) })]);
        var map = SourceMap.ForHtml(text, offsets, SourceText.From(source, encoding));
        return new LoadedContent(text, metadata, map);
    }

    /// <summary>Decodes an HTML page: forced encoding, else byte order mark, else a <c>&lt;meta&gt;</c> charset in the first 4 KB, else UTF-8 or GB18030.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="path">The path, for messages.</param>
    /// <param name="forced">A forced encoding, or <see langword="null"/>.</param>
    /// <param name="encoding">The encoding used.</param>
    /// <returns>The decoded page source.</returns>
    internal static string Decode(ReadOnlySpan<byte> bytes, string? path, Encoding? forced, out Encoding encoding) =>
        Decode(bytes, path, forced, out encoding, out _);

    /// <summary>The first offset of the extracted text that comes from <paramref name="sourcePosition"/> of the page or after it (the text's length when none does).</summary>
    private static int TextPosition(ImmutableArray<int> sourceOffsets, int sourcePosition)
    {
        int low = 0;
        int high = sourceOffsets.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (sourceOffsets[middle] < sourcePosition)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static string Decode(ReadOnlySpan<byte> bytes, string? path, Encoding? forced, out Encoding encoding, out ImmutableArray<UndecodableBytes> undecodable)
    {
        undecodable = [];
        if (forced is not null || TextDecoding.DetectBom(bytes, out _) is not null)
        {
            return TextDecoding.Decode(bytes, path, forced, out encoding, out undecodable);
        }

        if (TextDecoding.LooksBinary(bytes))
        {
            throw new SpeechLoadException(path, SpeechLoadFailure.Binary, "the file is binary, not HTML (it contains NUL bytes or control characters)");
        }

        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = MetaCharsetRegex().Match(head);
        if (match.Success && TextDecoding.ResolveCharset(match.Groups[1].Value) is { } declared)
        {
            var strict = (Encoding)declared.Clone();
            strict.DecoderFallback = DecoderFallback.ExceptionFallback;
            try
            {
                string text = strict.GetString(bytes);
                encoding = declared;
                return text;
            }
            catch (DecoderFallbackException)
            {
                // The declaration lies (a page saved as UTF-8 that still says gb2312, or the reverse): detect instead.
            }
        }

        return TextDecoding.DecodeUtf8OrGb18030(bytes, path, out encoding);
    }

    private static DocumentMetadata ReadMetadata(IHtmlDocument document)
    {
        var metas = document.QuerySelectorAll("meta");
        string? title = ReadTitle(document, metas);
        DateOnly? date = null;
        string? author = null;
        foreach (string wanted in DateMetaNames)
        {
            foreach (var meta in metas)
            {
                string? name = meta.GetAttribute("name") ?? meta.GetAttribute("property") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
                if (name is not null && string.Equals(name.Trim(), wanted, StringComparison.OrdinalIgnoreCase)
                    && ParseDate(meta.GetAttribute("content")) is { } parsed)
                {
                    date = parsed;
                    break;
                }
            }

            if (date is not null)
            {
                break;
            }
        }

        foreach (var meta in metas)
        {
            string? name = meta.GetAttribute("name");
            if (name is not null && (name.Equals("author", StringComparison.OrdinalIgnoreCase) || name.Equals("dc.creator", StringComparison.OrdinalIgnoreCase)))
            {
                author = Normalize(meta.GetAttribute("content"));
                if (author is not null)
                {
                    break;
                }
            }
        }

        return new DocumentMetadata(title, date, author);
    }

    /// <summary>
    /// The page title: the <c>ArticleTitle</c> meta that government CMSs write when present, else <c>&lt;title&gt;</c> without a
    /// trailing site name (<c>讲话_某某市人民政府</c> → <c>讲话</c>) when the page names its site in a <c>SiteName</c> meta.
    /// </summary>
    private static string? ReadTitle(IHtmlDocument document, IEnumerable<IElement> metas)
    {
        string? siteName = null;
        foreach (var meta in metas)
        {
            string? name = meta.GetAttribute("name") ?? meta.GetAttribute("property");
            if (name is null)
            {
                continue;
            }

            if (name.Equals("ArticleTitle", StringComparison.OrdinalIgnoreCase) && Normalize(meta.GetAttribute("content")) is { } articleTitle)
            {
                return articleTitle;
            }

            if (name.Equals("SiteName", StringComparison.OrdinalIgnoreCase) || name.Equals("og:site_name", StringComparison.OrdinalIgnoreCase))
            {
                siteName ??= Normalize(meta.GetAttribute("content"));
            }
        }

        string? title = Normalize(document.Title);
        if (title is not null && siteName is not null && title.Length > siteName.Length && title.EndsWith(siteName, StringComparison.Ordinal))
        {
            string stripped = title[..^siteName.Length].TrimEnd();
            if (stripped.Length > 0 && stripped[^1] is '_' or '-' or '|' or '–' or '—' or '－' or '｜')
            {
                return Normalize(stripped[..^1]) ?? title;
            }
        }

        return title;
    }

    /// <summary>Reads a date such as <c>2024-03-15</c>, <c>2024/3/15 10:00</c>, <c>2024年3月15日</c>, <c>2024-03-15T08:00:00+08:00</c> or <c>20240315</c>.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = DateRegex().Match(value);
        if (!match.Success)
        {
            return null;
        }

        int year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static string? Normalize(string? value)
    {
        if (value is null)
        {
            return null;
        }

        string collapsed = WhiteSpaceRegex().Replace(value, " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetRegex();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})(?:\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})|(?<m>\d{2})(?<d>\d{2})(?!\d))", RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"[ \t\r\n\f]+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpaceRegex();
}
