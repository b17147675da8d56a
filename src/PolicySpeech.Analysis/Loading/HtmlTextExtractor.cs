using System.Collections.Immutable;
using System.Net;
using System.Text;
using AngleSharp.Dom;

namespace PolicySpeech.Loading;

/// <summary>
/// Turns a parsed HTML document into lines of text, recording for every character its offset in the page source.
/// </summary>
/// <remarks>
/// <para>Rules. The body is read in document order. Block elements (p, div, h1–h6, li, tr, section, article, blockquote,
/// table, ul, ol, dl, dt, dd, pre, header, footer, main, nav, aside, figure, figcaption, form, address, hr, center …)
/// and <c>&lt;br&gt;</c> end the current line; table cells in a row are separated by a tab. Exactly one <c>\n</c> separates
/// lines and empty lines are dropped. Runs of ASCII white space collapse to one space (a run holding a line break between
/// two East Asian characters disappears, as CSS does); each line is trimmed of ASCII white space and no-break spaces at
/// both ends, while full-width indentation (<c>U+3000</c>) is kept. Inside <c>&lt;pre&gt;</c> white space is kept and its
/// line breaks end lines.</para>
/// <para>Content container. When the page has an element that looks like the article body — <c>&lt;article&gt;</c>,
/// <c>&lt;main&gt;</c>, <c>role=main</c>, or a class or id containing "article", "content", "TRS_Editor", "zoom", "zhengwen"
/// or "zwnr" — and it holds at least 40% of the body's visible text, only that container is read (the deepest such
/// element holding at least 60% of the largest one's text), preceded by the page's first <c>&lt;h1&gt;</c> when that stands
/// above the container. So the top bar, menus, breadcrumbs, "share" links and footer of a typical government page are left
/// out. Otherwise the whole body is read.</para>
/// <para>Dropped: script, style, noscript, template, svg, math, iframe, object, embed, canvas, select and elements with
/// the <c>hidden</c> attribute or an inline <c>display:none</c>. When the whole body is read, page chrome — <c>&lt;nav&gt;</c>, <c>&lt;header&gt;</c>,
/// <c>&lt;footer&gt;</c>, <c>&lt;aside&gt;</c> and the ARIA roles navigation, banner, contentinfo, complementary — is dropped
/// only when the page has a content container (<c>&lt;article&gt;</c>, <c>&lt;main&gt;</c>, <c>role=main</c>, or a class
/// containing "article" or "content") and the chrome element is neither inside nor around such a container; pages
/// without one keep all their text, so a title inside a lone <c>&lt;header&gt;</c> is never lost.</para>
/// </remarks>
internal sealed class HtmlTextExtractor
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "thead", "tfoot", "tr", "ul", "listing", "plaintext", "xmp",
    };

    private static readonly HashSet<string> DroppedElements = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select",
        "head", "title", "textarea", "noembed", "noframes",
    };

    private static readonly string[] ContentMarkers = ["article", "content", "trs_editor", "zoom", "zhengwen", "zwnr"];

    private static readonly HashSet<string> ChromeElements = new(StringComparer.Ordinal) { "nav", "header", "footer", "aside" };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase) { "navigation", "banner", "contentinfo", "complementary" };

    private readonly string _source;
    private readonly StringBuilder _out = new();
    private readonly List<int> _outOffsets = [];
    /// <summary>The current line; a list, not a <see cref="StringBuilder"/>, whose indexer walks its chunks (quadratic on a 50 MB text node).</summary>
    private readonly List<char> _line = [];
    private readonly List<int> _lineOffsets = [];
    private readonly List<bool> _lineBreakSpace = [];
    private int _cursor;
    private int _preDepth;
    private bool _dropChrome;

    /// <summary>Creates an extractor over the decoded page source the document was parsed from.</summary>
    /// <param name="source">The page source.</param>
    internal HtmlTextExtractor(string source)
    {
        _source = source;
    }

    /// <summary>The extracted text.</summary>
    internal string Text => _out.ToString();

    /// <summary>For each character of <see cref="Text"/>, its offset in the page source.</summary>
    internal ImmutableArray<int> SourceOffsets => [.. _outOffsets];

    /// <summary>Extracts the text of <paramref name="document"/>.</summary>
    /// <param name="document">The parsed document.</param>
    internal void Extract(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        if (body is null)
        {
            return;
        }

        var contentRoot = ChooseContentRoot(body);
        if (contentRoot is not null)
        {
            // A title written above the content container (<h1> outside it) still opens the text.
            var heading = body.QuerySelector("h1");
            if (heading is not null && !contentRoot.Contains(heading) && heading.CompareDocumentPosition(contentRoot).HasFlag(DocumentPositions.Following))
            {
                Walk(heading);
            }

            Walk(contentRoot);
        }
        else
        {
            _dropChrome = body.Descendants<IElement>().Any(IsContentRoot);
            Walk(body);
        }

        FlushLine();
    }

    /// <summary>
    /// The page's content container, when it has one that holds most of the text: among the elements <see cref="IsContentRoot"/>
    /// accepts, the deepest whose text is at least 60% of the largest one's, provided it holds at least 40% of the body's text.
    /// </summary>
    /// <param name="body">The body.</param>
    /// <returns>The container, or <see langword="null"/> to read the whole body.</returns>
    internal static IElement? ChooseContentRoot(IElement body)
    {
        var candidates = body.Descendants<IElement>().Where(IsContentRoot).Select(e => (Element: e, Length: VisibleLength(e))).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        int largest = candidates.Max(c => c.Length);
        if (largest == 0)
        {
            return null;
        }

        var chosen = candidates.Where(c => c.Length * 10 >= largest * 6).MaxBy(c => Depth(c.Element));
        return chosen.Length * 10 >= VisibleLength(body) * 4 ? chosen.Element : null;
    }

    private static int Depth(IElement element)
    {
        int depth = 0;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            depth++;
        }

        return depth;
    }

    /// <summary>Non-white-space characters in text nodes under <paramref name="root"/>, outside script, style and the like.</summary>
    private static int VisibleLength(IElement root)
    {
        int length = 0;
        foreach (var text in root.Descendants<IText>())
        {
            bool dropped = false;
            for (var parent = text.ParentElement; parent is not null && parent != root; parent = parent.ParentElement)
            {
                if (DroppedElements.Contains(parent.LocalName))
                {
                    dropped = true;
                    break;
                }
            }

            if (!dropped)
            {
                foreach (char c in text.Data)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        length++;
                    }
                }
            }
        }

        return length;
    }

    private void Walk(INode root)
    {
        // Iterative walk (a deeply nested page must not overflow the stack): (node, exiting).
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                string name = element.LocalName;
                if (exit)
                {
                    if (name == "pre" || name == "listing" || name == "plaintext")
                    {
                        _preDepth--;
                    }

                    if (BlockElements.Contains(name))
                    {
                        FlushLine();
                    }

                    continue;
                }

                if (element.SourceReference is { } reference)
                {
                    _cursor = Math.Max(_cursor, Math.Clamp(reference.Position.Position - 1, 0, _source.Length));
                }

                if (IsDropped(element, name))
                {
                    SkipRawText(name);
                    continue;
                }

                if (name == "br")
                {
                    FlushLine();
                    continue;
                }

                if (BlockElements.Contains(name))
                {
                    FlushLine();
                }
                else if ((name == "td" || name == "th") && HasContent())
                {
                    Append('\t', _cursor, false);
                }

                if (name == "pre" || name == "listing" || name == "plaintext")
                {
                    _preDepth++;
                }

                stack.Push((node, true));

                // By index: AngleSharp's PreviousSibling looks the node up in its parent's children, so walking an element's
                // children backwards through it was quadratic in their number (100,000 flat <span>s took seconds).
                var children = node.ChildNodes;
                for (int i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push((children[i], false));
                }
            }
            else if (node is IText text)
            {
                AddText(text.Data);
            }
        }
    }

    private static bool IsContentRoot(IElement element)
    {
        string name = element.LocalName;
        if (name is "article" or "main")
        {
            return true;
        }

        if (string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return HasContentMarker(element.GetAttribute("class")) || HasContentMarker(element.GetAttribute("id"));
    }

    /// <summary>Class or id words that content management systems (Chinese government sites included) give the article body.</summary>
    private static bool HasContentMarker(string? value) =>
        value is not null && ContentMarkers.Any(marker => value.Contains(marker, StringComparison.OrdinalIgnoreCase));

    private static bool IsAsciiWhiteSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsTrimmed(char c) => IsAsciiWhiteSpace(c) || c == '\u00A0';

    /// <summary>East Asian wide or full-width characters (and the quotes, dashes and ellipsis Chinese text uses), between which a source line break vanishes.</summary>
    private static bool IsWide(char c) =>
        c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60')
            or (>= '\uFFE0' and <= '\uFFE6') or (>= '\uD800' and <= '\uDFFF')
            or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026';

    private bool IsDropped(IElement element, string name)
    {
        if (DroppedElements.Contains(name) || element.HasAttribute("hidden"))
        {
            return true;
        }

        string? style = element.GetAttribute("style");
        if (style is not null && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!_dropChrome)
        {
            return false;
        }

        string? role = element.GetAttribute("role");
        if (!ChromeElements.Contains(name) && (role is null || !ChromeRoles.Contains(role.Trim())))
        {
            return false;
        }

        for (var ancestor = element.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (IsContentRoot(ancestor))
            {
                return false;
            }
        }

        return !element.Descendants<IElement>().Any(IsContentRoot);
    }

    /// <summary>After a dropped raw-text element (script, style …), moves the source cursor past its end tag so its content is never matched as text.</summary>
    private void SkipRawText(string name)
    {
        if (name is not ("script" or "style" or "textarea" or "title" or "noscript" or "noembed" or "noframes" or "xmp" or "iframe"))
        {
            return;
        }

        int end = _source.IndexOf("</" + name, _cursor, StringComparison.OrdinalIgnoreCase);
        if (end < 0)
        {
            return;
        }

        int close = _source.IndexOf('>', end);
        _cursor = close < 0 ? _source.Length : close + 1;
    }

    private bool HasContent()
    {
        for (int i = 0; i < _line.Count; i++)
        {
            if (!IsTrimmed(_line[i]))
            {
                return true;
            }
        }

        return false;
    }

    private void AddText(string data)
    {
        if (data.Length == 0)
        {
            return;
        }

        var offsets = Align(data);
        for (int j = 0; j < data.Length; j++)
        {
            char c = data[j];
            int offset = offsets[j];
            if (_preDepth > 0)
            {
                if (c == '\n')
                {
                    FlushLine();
                }
                else if (c != '\r')
                {
                    Append(c, offset, false);
                }

                continue;
            }

            if (IsAsciiWhiteSpace(c))
            {
                bool isBreak = c is '\n' or '\r';
                if (_line.Count == 0)
                {
                    continue;
                }

                if (IsAsciiWhiteSpace(_line[^1]))
                {
                    if (isBreak && _line[^1] == ' ')
                    {
                        _lineBreakSpace[^1] = true;
                    }

                    continue;
                }

                Append(' ', offset, isBreak);
                continue;
            }

            Append(c, offset, false);
        }
    }

    private void Append(char c, int offset, bool breakSpace)
    {
        _line.Add(c);
        _lineOffsets.Add(offset);
        _lineBreakSpace.Add(breakSpace);
    }

    private void FlushLine()
    {
        int start = 0;
        int end = _line.Count - 1;
        while (start <= end && IsTrimmed(_line[start]))
        {
            start++;
        }

        while (end >= start && IsTrimmed(_line[end]))
        {
            end--;
        }

        if (start <= end)
        {
            if (_out.Length > 0)
            {
                _out.Append('\n');
                _outOffsets.Add(Math.Min(_source.Length, _outOffsets[^1] + 1));
            }

            for (int i = start; i <= end; i++)
            {
                char c = _line[i];
                if (c == ' ' && _lineBreakSpace[i] && i > start && i < end && IsWide(_line[i - 1]) && IsWide(_line[i + 1]))
                {
                    continue;
                }

                _out.Append(c);
                _outOffsets.Add(_lineOffsets[i]);
            }
        }

        _line.Clear();
        _lineOffsets.Clear();
        _lineBreakSpace.Clear();
    }

    /// <summary>Finds, for each character of a text node, the offset in the page source it came from (approximately for character references).</summary>
    private int[] Align(string data)
    {
        var offsets = new int[data.Length];
        int r = SkipMarkup(_cursor);
        if (!StartsHere(r, data))
        {
            int found = FindProbe(r, data);
            if (found >= 0)
            {
                r = found;
            }
        }

        for (int j = 0; j < data.Length; j++)
        {
            if (r >= _source.Length)
            {
                offsets[j] = _source.Length;
                continue;
            }

            char s = _source[r];
            char d = data[j];
            if (s == '&')
            {
                int length = EntityLength(r);
                if (length > 0)
                {
                    string decoded = WebUtility.HtmlDecode(_source.Substring(r, length));
                    if (decoded.Length > 0 && decoded != _source.Substring(r, length) && string.CompareOrdinal(data, j, decoded, 0, decoded.Length) == 0)
                    {
                        for (int k = 0; k < decoded.Length; k++)
                        {
                            offsets[j + k] = r;
                        }

                        j += decoded.Length - 1;
                        r += length;
                        continue;
                    }
                }
            }

            if (s == '\r' && d == '\n')
            {
                offsets[j] = r;
                r += r + 1 < _source.Length && _source[r + 1] == '\n' ? 2 : 1;
                continue;
            }

            if (s == '<' && d != '<')
            {
                int skipped = SkipMarkup(r);
                if (skipped > r)
                {
                    r = skipped;
                    j--;
                    continue;
                }
            }

            offsets[j] = r;
            r++;
        }

        _cursor = Math.Max(_cursor, r);
        return offsets;
    }

    private bool StartsHere(int r, string data)
    {
        if (r >= _source.Length)
        {
            return false;
        }

        char s = _source[r];
        char d = data[0];
        return s == d || s == '&' || (s == '\r' && d == '\n');
    }

    /// <summary>Searches forward for the first few plain characters of the text node.</summary>
    private int FindProbe(int from, string data)
    {
        int first = 0;
        while (first < data.Length && IsAsciiWhiteSpace(data[first]))
        {
            first++;
        }

        int length = 0;
        while (first + length < data.Length && length < 12 && data[first + length] is not ('&' or '<' or '>' or '"' or '\'' or '\u00A0') && !IsAsciiWhiteSpace(data[first + length]))
        {
            length++;
        }

        if (length == 0 || from >= _source.Length)
        {
            return -1;
        }

        int found = _source.IndexOf(data.Substring(first, length), from, StringComparison.Ordinal);
        if (found < 0)
        {
            return -1;
        }

        // Step back over the white space the node starts with, if the source has it just before.
        int back = found;
        for (int i = first - 1; i >= 0 && back > from && IsAsciiWhiteSpace(_source[back - 1]); i--)
        {
            back--;
        }

        return back;
    }

    private int SkipMarkup(int r)
    {
        while (r + 1 < _source.Length && _source[r] == '<')
        {
            char next = _source[r + 1];
            if (next == '!' && string.CompareOrdinal(_source, r, "<!--", 0, 4) == 0)
            {
                int end = _source.IndexOf("-->", r + 4, StringComparison.Ordinal);
                r = end < 0 ? _source.Length : end + 3;
            }
            else if (char.IsAsciiLetter(next) || next is '/' or '!' or '?')
            {
                char quote = '\0';
                int i = r + 1;
                for (; i < _source.Length; i++)
                {
                    char c = _source[i];
                    if (quote != '\0')
                    {
                        if (c == quote)
                        {
                            quote = '\0';
                        }
                    }
                    else if (c is '"' or '\'' && _source[i - 1] == '=')
                    {
                        quote = c;
                    }
                    else if (c == '>')
                    {
                        break;
                    }
                }

                r = Math.Min(_source.Length, i + 1);
            }
            else
            {
                break;
            }
        }

        return r;
    }

    private int EntityLength(int r)
    {
        int i = r + 1;
        int limit = Math.Min(_source.Length, r + 40);
        if (i < limit && _source[i] == '#')
        {
            i++;
            bool hex = i < limit && (_source[i] is 'x' or 'X');
            if (hex)
            {
                i++;
            }

            int digits = i;
            while (i < limit && (hex ? char.IsAsciiHexDigit(_source[i]) : char.IsAsciiDigit(_source[i])))
            {
                i++;
            }

            if (i == digits)
            {
                return 0;
            }
        }
        else
        {
            int letters = i;
            while (i < limit && char.IsAsciiLetterOrDigit(_source[i]))
            {
                i++;
            }

            if (i == letters)
            {
                return 0;
            }
        }

        if (i < _source.Length && _source[i] == ';')
        {
            i++;
        }

        return i - r;
    }
}
