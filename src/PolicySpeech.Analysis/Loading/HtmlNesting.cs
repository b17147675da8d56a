namespace PolicySpeech.Loading;

/// <summary>
/// A linear pre-scan of an HTML source that estimates how deeply its elements nest and counts its elements, so a
/// pathological page (tens of thousands of nested <c>&lt;div&gt;</c>s, <c>&lt;div/&gt;</c>s or <c>&lt;rb&gt;</c>s, which the
/// HTML tree builder handles in time quadratic in the depth) is refused instead of hanging.
/// </summary>
/// <remarks>
/// In HTML, <c>&lt;div/&gt;</c> opens a <c>div</c> (the slash means nothing outside SVG and MathML), and <c>rb</c>, <c>rt</c>,
/// <c>rp</c> and <c>rtc</c> close each other only inside a <c>ruby</c>: elsewhere they nest. Both count as nesting here.
/// </remarks>
internal static class HtmlNesting
{
    /// <summary>The deepest nesting accepted; real pages stay well under 100.</summary>
    internal const int MaxDepth = 1024;

    /// <summary>The most start tags accepted (real pages have a few thousand; the tree builder slows down more than linearly past that).</summary>
    internal const int MaxElements = 100_000;

    /// <summary>
    /// The most total nesting accepted: the sum, over start tags, of the depth each one opens at. The tree builder's work
    /// grows with this sum (a scope check walks the open elements), so 900,000 paragraphs 1,000 deep would take minutes.
    /// </summary>
    internal const long MaxDepthSum = 20_000_000;

    private static readonly HashSet<string> NotCounted = new(StringComparer.Ordinal)
    {
        // Void elements.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame", "image",

        // Elements whose end tag may be omitted (old pages rarely close them); html/head/body are implied anyway.
        "p", "li", "dt", "dd", "td", "th", "tr", "tbody", "thead", "tfoot", "colgroup", "option", "optgroup", "html", "head", "body",
    };

    private static readonly HashSet<string> Ruby = new(StringComparer.Ordinal) { "rb", "rt", "rp", "rtc" };

    private static readonly HashSet<string> Foreign = new(StringComparer.Ordinal) { "svg", "math" };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    /// <summary>Why <paramref name="source"/> is refused (too deep, too many elements), or <see langword="null"/>.</summary>
    /// <param name="source">The decoded page source.</param>
    /// <returns>The reason, for <see cref="SpeechLoadException"/>.</returns>
    internal static string? Refusal(string source)
    {
        int depth = EstimateDepth(source, out int elements, out long depthSum);
        if (depth > MaxDepth)
        {
            return $"the HTML nests elements more than {MaxDepth} deep";
        }

        if (elements > MaxElements)
        {
            return $"the HTML has more than {MaxElements} elements";
        }

        return depthSum > MaxDepthSum ? $"the HTML has too many deeply nested elements (the sum of their depths passes {MaxDepthSum})" : null;
    }

    /// <summary>The estimated maximum nesting depth of <paramref name="source"/>.</summary>
    /// <param name="source">The decoded page source.</param>
    /// <param name="elements">The start tags seen (the scan stops past <see cref="MaxElements"/>).</param>
    /// <param name="depthSum">The sum of the depths the start tags open at (the scan stops past <see cref="MaxDepthSum"/>).</param>
    /// <param name="stopAt">Stop scanning once this depth is reached.</param>
    /// <returns>The depth, at most <paramref name="stopAt"/>.</returns>
    internal static int EstimateDepth(string source, out int elements, out long depthSum, int stopAt = MaxDepth + 1)
    {
        int depth = 0;
        int max = 0;
        int i = 0;
        int ruby = 0;
        int foreign = 0;
        elements = 0;
        depthSum = 0;
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
                if (name == "ruby" && ruby > 0)
                {
                    ruby--;
                }
                else if (Foreign.Contains(name) && foreign > 0)
                {
                    foreign--;
                }

                if (!NotCounted.Contains(name) && !(ruby > 0 && Ruby.Contains(name)) && depth > 0)
                {
                    depth--;
                }

                continue;
            }

            depthSum += depth;
            if (++elements > MaxElements || depthSum > MaxDepthSum)
            {
                return max;
            }

            if (RawText.Contains(name))
            {
                int end = source.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? source.Length : end;
                continue;
            }

            bool selfClosing = source[close - 1] == '/';
            if (NotCounted.Contains(name) || (foreign > 0 && selfClosing) || (ruby > 0 && Ruby.Contains(name)))
            {
                continue;
            }

            if (name == "ruby")
            {
                ruby++;
            }
            else if (Foreign.Contains(name) && !selfClosing)
            {
                foreign++;
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
