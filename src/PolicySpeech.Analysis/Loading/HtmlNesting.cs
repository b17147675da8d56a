namespace PolicySpeech.Loading;

/// <summary>
/// A linear pre-scan of an HTML source that estimates how deeply its elements nest, so a pathological page (tens of
/// thousands of nested <c>&lt;div&gt;</c>s, which the HTML tree builder handles in quadratic time) is refused instead of hanging.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>The deepest nesting accepted; real pages stay well under 100.</summary>
    internal const int MaxDepth = 4096;

    private static readonly HashSet<string> NotCounted = new(StringComparer.Ordinal)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",

        // Elements whose end tag may be omitted (old pages rarely close them); html/head/body are implied anyway.
        "p", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot", "colgroup", "option", "optgroup", "rb", "rt", "rp", "rtc", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>The estimated maximum nesting depth of <paramref name="source"/>.</summary>
    /// <param name="source">The decoded page source.</param>
    /// <param name="stopAt">Stop scanning once this depth is reached.</param>
    /// <returns>The depth, at most <paramref name="stopAt"/>.</returns>
    internal static int EstimateDepth(string source, int stopAt = MaxDepth + 1)
    {
        int depth = 0;
        int max = 0;
        int i = 0;
        while (i < source.Length)
        {
            int open = source.IndexOf('<', i);
            if (open < 0 || open + 1 >= source.Length)
            {
                break;
            }

            char next = source[open + 1];
            if (next == '!')
            {
                int end = string.CompareOrdinal(source, open, "<!--", 0, 4) == 0 ? source.IndexOf("-->", open + 4, StringComparison.Ordinal) : source.IndexOf('>', open);
                i = end < 0 ? source.Length : end + 1;
                continue;
            }

            bool closing = next == '/';
            int nameStart = open + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < source.Length && (char.IsAsciiLetterOrDigit(source[nameEnd]) || source[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(source[nameStart]))
            {
                i = open + 1;
                continue;
            }

            string name = source[nameStart..nameEnd].ToLowerInvariant();
            int close = source.IndexOf('>', nameEnd);
            if (close < 0)
            {
                break;
            }

            i = close + 1;
            if (closing)
            {
                if (!NotCounted.Contains(name) && depth > 0)
                {
                    depth--;
                }

                continue;
            }

            if (RawText.Contains(name))
            {
                int end = source.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? source.Length : end;
                continue;
            }

            if (NotCounted.Contains(name) || source[close - 1] == '/')
            {
                continue;
            }

            depth++;
            if (depth > max)
            {
                max = depth;
                if (max >= stopAt)
                {
                    return max;
                }
            }
        }

        return max;
    }
}
