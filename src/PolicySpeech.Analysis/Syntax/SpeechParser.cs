using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using PolicySpeech.Diagnostics;
using PolicySpeech.Text;

namespace PolicySpeech.Syntax;

/// <summary>
/// Turns any text into a <see cref="SpeechSyntaxTree"/>: front matter, salutation, numbered sections,
/// paragraphs, sentences, clauses and closing. Never throws on text; every character ends up in a token
/// or in trivia, so <c>tree.Root.ToFullString()</c> equals the text.
/// </summary>
internal static partial class SpeechParser
{
    /// <summary>PS0001: a heading marker with no heading text.</summary>
    public static readonly DiagnosticDescriptor EmptyHeading = new(
        "PS0001", "Heading without text", "The heading '{0}' has a number but no text", "Syntax",
        DiagnosticSeverity.Info, true, "A heading marker such as 一、 stands alone with nothing after it.", DiagnosticDescriptor.HelpBase + "PS0001.md");

    /// <summary>PS0002: text before the title.</summary>
    public static readonly DiagnosticDescriptor TextBeforeTitle = new(
        "PS0002", "Text before the title", "'{0}' comes before the title; it looks like page furniture or a misplaced line", "Syntax",
        DiagnosticSeverity.Info, true, "Lines before the document's title are usually remnants of a web page or a copy-paste error.", DiagnosticDescriptor.HelpBase + "PS0002.md");

    /// <summary>PS0003: bytes the loader could not decode and read as U+FFFD.</summary>
    public static readonly DiagnosticDescriptor UndecodableBytes = new(
        "PS0003", "Undecodable bytes", "The bytes {0} at byte offset {1} are not valid {2}; they were read as U+FFFD", "Syntax",
        DiagnosticSeverity.Warning, true, "A lone UTF-16 surrogate, an odd byte at the end of a UTF-16 file or an invalid UTF-8 sequence cannot be decoded; the text shows U+FFFD in its place.", DiagnosticDescriptor.HelpBase + "PS0003.md");

    private const int MaxFrontMatterLines = 16;
    private const int MaxFrontMatterLineLength = 50;
    private const int MaxQuoteReach = 300;

    /// <summary>Parses <paramref name="text"/> into a tree.</summary>
    /// <param name="text">The text.</param>
    /// <param name="path">The document's path, used in locations.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The tree.</returns>
    public static SpeechSyntaxTree Parse(SourceText text, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new Builder(text, path, cancellationToken);
        var (root, diagnostics) = builder.Build();
        return new SpeechSyntaxTree(text, path, root, diagnostics);
    }

    [GeneratedRegex(@"^(?:在[^，。！？；,]{2,60}?(?:上|中|时)的(?:讲话|发言|致辞|报告|主旨演讲)|[^，。！？；,]{2,30}?(?:讲话|工作报告))(?:[（(][^）)]{4,24}[）)])?")]
    private static partial Regex MergedTitle();

    [GeneratedRegex(@"^[^\s。！？；，,：:]{1,16}?[：:]")]
    private static partial Regex SalutationHead();

    [GeneratedRegex(@"^(?:\d{4}|[〇零一二三四五六七八九]{4})年.{1,12}日在.+上$")]
    private static partial Regex DatedOccasion();

    // Words that mark a line, each list a WordSet (the library's one multi-word matcher): a salutation's addressees, a closing
    // line, a title's kind of text.
    private static readonly Semantics.WordSet SalutationWords = new(["同志", "代表", "委员", "领导", "同事", "朋友", "女士", "先生", "来宾", "各位", "老师", "同学"]);
    private static readonly Semantics.WordSet ClosingWords = new(["谢谢", "就讲这些", "讲到这里", "到此结束"]);
    private static readonly Semantics.WordSet TitleWords = new(["讲话", "报告", "致辞", "发言", "总结", "会议", "意见", "纲要", "要点", "规划", "方案", "决定", "演讲", "贺词"]);

    /// <summary>A non-blank run of one line's content, trimmed of trivia at both ends.</summary>
    private readonly record struct Segment(int Start, int End, bool StartsLine, bool EndsLine);

    private sealed class OpenSection(HeadingMarker marker, HeadingSyntax heading, int level)
    {
        public HeadingMarker Marker { get; } = marker;

        public int Level { get; } = level;

        public List<SyntaxNode> Children { get; } = [heading];
    }

    private sealed class Builder(SourceText sourceText, string? path, CancellationToken cancellationToken)
    {
        private readonly string _text = sourceText.ToString();
        private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        private readonly List<SyntaxNode> _documentChildren = [];
        private readonly List<OpenSection> _open = [];
        private readonly List<SyntaxNode> _sentenceScratch = [];
        private readonly List<SyntaxNode> _childScratch = [];
        private int _position;

        public (DocumentSyntax Root, ImmutableArray<Diagnostic> Diagnostics) Build()
        {
            foreach (var undecodable in sourceText.Undecodable)
            {
                int start = Math.Min(undecodable.Position, _text.Length);
                int end = start < _text.Length && _text[start] == '\uFFFD' ? start + 1 : start;
                string bytes = string.Join(' ', undecodable.Bytes.Select(b => "0x" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
                Report(UndecodableBytes, start, end, bytes, undecodable.ByteOffset, sourceText.Encoding?.WebName.ToUpperInvariant() ?? "text");
            }

            var segments = Segments();
            int index = ParseFrontMatter(segments);
            index = ParseSalutation(segments, index);
            int closing = IsClosing(segments, index) ? segments.Count - 1 : -1;
            for (; index < segments.Count; index++)
            {
                if ((index & 63) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var segment = segments[index];
                if (index == closing)
                {
                    CloseSections(-1);
                    _documentChildren.Add(new ParagraphSyntax(SyntaxKind.Closing, Sentences(segment.Start, segment.End)));
                    continue;
                }

                var marker = HeadingMarker.Match(_text.AsSpan(segment.Start, segment.End - segment.Start));
                if (marker is { } m)
                {
                    ParseHeading(segment, m);
                }
                else
                {
                    AddMember(new ParagraphSyntax(SyntaxKind.Paragraph, Sentences(segment.Start, segment.End)));
                }
            }

            CloseSections(-1);
            _documentChildren.Add(Token(SyntaxKind.EndOfFileToken, _text.Length, _text.Length));
            var root = new DocumentSyntax([.. _documentChildren]);
            _diagnostics.Sort((a, b) => a.Location.SourceSpan.CompareTo(b.Location.SourceSpan));
            return (root, _diagnostics.ToImmutable());
        }

        // ---- segments ----------------------------------------------------------------------

        private List<Segment> Segments()
        {
            var result = new List<Segment>();
            var last = new int[8];
            int i = 0;
            while (i < _text.Length)
            {
                int lineEnd = i;
                while (lineEnd < _text.Length && !SyntaxFacts.IsLineBreak(_text[lineEnd]))
                {
                    lineEnd++;
                }

                int s = i;
                int e = lineEnd;
                while (s < e && SyntaxFacts.IsTriviaSpace(_text[s]))
                {
                    s++;
                }

                while (e > s && SyntaxFacts.IsTriviaSpace(_text[e - 1]))
                {
                    e--;
                }

                if (s < e)
                {
                    SplitLine(result, s, e, last);
                }

                i = lineEnd;
                if (i < _text.Length && _text[i] == '\r')
                {
                    i++;
                }

                if (i < _text.Length && _text[i] == '\n')
                {
                    i++;
                }
            }

            return result;
        }

        /// <summary>
        /// Splits a line where paragraph breaks were lost: at two full-width spaces after a terminator or colon,
        /// and before a section marker (一、 （一） 第一部分) that continues the numbering seen so far.
        /// </summary>
        private void SplitLine(List<Segment> result, int s, int e, int[] last)
        {
            int start = s;
            Track(start, e, last);
            for (int i = s + 1; i < e; i++)
            {
                char previous = _text[i - 1];
                if (!SyntaxFacts.IsSentenceTerminator(previous) && previous is not ('：' or ':' or '”'))
                {
                    continue;
                }

                int next = i;
                while (next < e && SyntaxFacts.IsTriviaSpace(_text[next]))
                {
                    next++;
                }

                bool wideGap = next - i >= 2 && _text[i] == '\u3000';
                bool section = false;
                if (next < e && previous is not ('：' or ':'))
                {
                    var marker = HeadingMarker.Match(_text.AsSpan(next, e - next));
                    section = marker is { } m && HeadingMarker.Rank(m.Style) <= 2 && m.Number == last[HeadingMarker.Rank(m.Style)] + 1;
                }

                if ((wideGap || section) && next < e)
                {
                    result.Add(new Segment(start, i, start == s, false));
                    start = next;
                    Track(start, e, last);
                    i = next;
                }
            }

            result.Add(new Segment(start, e, start == s, true));
        }

        private void Track(int start, int end, int[] last)
        {
            if (HeadingMarker.Match(_text.AsSpan(start, end - start)) is { } m)
            {
                int rank = HeadingMarker.Rank(m.Style);
                last[rank] = m.Number;
                for (int r = rank + 1; r < last.Length; r++)
                {
                    last[r] = 0;
                }
            }
        }

        // ---- front matter, salutation, closing ----------------------------------------------

        private int ParseFrontMatter(List<Segment> segments)
        {
            int count = 0;
            while (count < segments.Count && count < MaxFrontMatterLines && IsFrontMatterCandidate(segments[count]))
            {
                count++;
            }

            if (count == segments.Count)
            {
                count = Math.Min(count, 1);
            }

            if (count == 0)
            {
                return segments.Count > 0 ? SplitMergedTitle(segments) : 0;
            }

            int titleIndex = -1;
            for (int i = 0; i < count && titleIndex < 0; i++)
            {
                if (TitleWords.ContainsAny(_text.AsSpan(segments[i].Start, segments[i].End - segments[i].Start)) && !IsSubtitle(segments[i]))
                {
                    titleIndex = i;
                }
            }

            if (titleIndex < 0)
            {
                titleIndex = 0;
            }

            string title = Normalize(segments[titleIndex]);
            for (int i = 0; i < count; i++)
            {
                var segment = segments[i];
                var kind = Normalize(segment) == title ? SyntaxKind.TitleLine : IsSubtitle(segment) ? SyntaxKind.SubtitleLine : SyntaxKind.FrontMatterLine;
                var line = new LineSyntax(kind, Token(SyntaxKind.TextToken, segment.Start, segment.End));
                _documentChildren.Add(line);
                if (i < titleIndex && kind == SyntaxKind.FrontMatterLine)
                {
                    Report(TextBeforeTitle, segment.Start, segment.End, _text[segment.Start..segment.End]);
                }
            }

            return count;
        }

        /// <summary>A speech whose line breaks were lost may start with its title: 在……上的讲话（2018年2月12日）….</summary>
        private int SplitMergedTitle(List<Segment> segments)
        {
            var first = segments[0];
            var match = MergedTitle().Match(_text, first.Start, Math.Min(first.End - first.Start, 120));
            if (!match.Success || match.Index != first.Start || match.Index + match.Length >= first.End)
            {
                return 0;
            }

            int end = match.Index + match.Length;
            _documentChildren.Add(new LineSyntax(SyntaxKind.TitleLine, Token(SyntaxKind.TextToken, first.Start, end)));
            int rest = end;
            while (rest < first.End && SyntaxFacts.IsTriviaSpace(_text[rest]))
            {
                rest++;
            }

            segments[0] = first with { Start = rest, StartsLine = false };
            return 0;
        }

        private bool IsFrontMatterCandidate(Segment segment)
        {
            int length = segment.End - segment.Start;
            if (!segment.StartsLine || !segment.EndsLine || length > MaxFrontMatterLineLength)
            {
                return false;
            }

            var span = _text.AsSpan(segment.Start, length);
            if (span.IndexOfAny("。！？；!?") >= 0 || HeadingMarker.Match(span) is not null || IsSalutation(segment, out _))
            {
                return false;
            }

            return true;
        }

        private bool IsSubtitle(Segment segment)
        {
            char c = _text[segment.Start];
            return c is '—' or '─' or '－' or '-' or '（' or '(' || DatedOccasion().IsMatch(_text.AsSpan(segment.Start, segment.End - segment.Start));
        }

        private string Normalize(Segment segment)
        {
            var chars = new List<char>(segment.End - segment.Start);
            for (int i = segment.Start; i < segment.End; i++)
            {
                if (!SyntaxFacts.IsTriviaSpace(_text[i]))
                {
                    chars.Add(_text[i]);
                }
            }

            return new string([.. chars]);
        }

        private bool IsSalutation(Segment segment, out int end)
        {
            var match = SalutationHead().Match(_text, segment.Start, segment.End - segment.Start);
            end = match.Success ? match.Index + match.Length : -1;
            return match.Success && match.Index == segment.Start && SalutationWords.ContainsAny(match.ValueSpan)
                && HeadingMarker.Match(_text.AsSpan(segment.Start, segment.End - segment.Start)) is null;
        }

        private int ParseSalutation(List<Segment> segments, int index)
        {
            if (index >= segments.Count || !IsSalutation(segments[index], out int end))
            {
                return index;
            }

            var segment = segments[index];
            _documentChildren.Add(new LineSyntax(SyntaxKind.Salutation, Token(SyntaxKind.TextToken, segment.Start, end)));
            while (end < segment.End && SyntaxFacts.IsTriviaSpace(_text[end]))
            {
                end++;
            }

            if (end >= segment.End)
            {
                return index + 1;
            }

            segments[index] = segment with { Start = end, StartsLine = false };
            return index;
        }

        private bool IsClosing(List<Segment> segments, int bodyStart)
        {
            if (segments.Count <= bodyStart)
            {
                return false;
            }

            var last = segments[^1];
            return last.End - last.Start <= 40 && ClosingWords.ContainsAny(_text.AsSpan(last.Start, last.End - last.Start));
        }

        // ---- sections -----------------------------------------------------------------------

        private void ParseHeading(Segment segment, HeadingMarker marker)
        {
            int rank = HeadingMarker.Rank(marker.Style);
            CloseSections(rank);
            var markerToken = Token(SyntaxKind.HeadingMarkerToken, segment.Start, segment.Start + marker.Length);
            int textStart = segment.Start + marker.Length;
            while (textStart < segment.End && SyntaxFacts.IsTriviaSpace(_text[textStart]))
            {
                textStart++;
            }

            HeadingSyntax heading;
            int rest = segment.End;
            if (textStart >= segment.End)
            {
                heading = new HeadingSyntax(marker.Style, marker.Number, [markerToken]);
                Report(EmptyHeading, segment.Start, segment.End, _text[segment.Start..segment.End]);
            }
            else
            {
                var sentence = Sentence(textStart, segment.End, out rest);
                heading = new HeadingSyntax(marker.Style, marker.Number, [markerToken, sentence]);
            }

            _open.Add(new OpenSection(marker, heading, _open.Count + 1));
            while (rest < segment.End && SyntaxFacts.IsTriviaSpace(_text[rest]))
            {
                rest++;
            }

            if (rest < segment.End)
            {
                AddMember(new ParagraphSyntax(SyntaxKind.Paragraph, Sentences(rest, segment.End)));
            }
        }

        private void AddMember(SyntaxNode node)
        {
            if (_open.Count > 0)
            {
                _open[^1].Children.Add(node);
            }
            else
            {
                _documentChildren.Add(node);
            }
        }

        /// <summary>Closes the open sections whose rank is at or below <paramref name="rank"/> (all when it is -1).</summary>
        private void CloseSections(int rank)
        {
            while (_open.Count > 0 && (rank < 0 || HeadingMarker.Rank(_open[^1].Marker.Style) >= rank))
            {
                var open = _open[^1];
                _open.RemoveAt(_open.Count - 1);
                var kind = open.Level switch
                {
                    1 => SyntaxKind.Section,
                    2 => SyntaxKind.Subsection,
                    _ => SyntaxKind.Item,
                };
                AddMember(new SectionSyntax(kind, open.Level, [.. open.Children]));
            }
        }

        // ---- sentences and clauses ------------------------------------------------------------

        private ImmutableArray<SyntaxNode> Sentences(int start, int end)
        {
            var sentences = _sentenceScratch;
            sentences.Clear();
            int i = start;
            while (i < end)
            {
                sentences.Add(Sentence(i, end, out i));
                while (i < end && SyntaxFacts.IsTriviaSpace(_text[i]))
                {
                    i++;
                }
            }

            return ImmutableArray.Create(CollectionsMarshal.AsSpan(sentences));
        }

        /// <summary>Reads one sentence starting at <paramref name="start"/> (not trivia) and ending at a terminator or <paramref name="end"/>.</summary>
        private SentenceSyntax Sentence(int start, int end, out int next)
        {
            var children = _childScratch;
            children.Clear();
            int clauseStart = start;
            int protectedEnd = -1;
            int i = start;
            while (i < end)
            {
                char c = _text[i];
                if (i >= protectedEnd && SyntaxFacts.CloserOf(c, out bool nests) is var closer && closer != '\0')
                {
                    int close = FindCloser(i, end, c, closer, nests);
                    if (close > 0)
                    {
                        protectedEnd = close + 1;
                        i = protectedEnd;
                        continue;
                    }
                }

                if (IsSeparator(i))
                {
                    children.Add(Clause(clauseStart, i, i + 1));
                    i++;
                    while (i < end && SyntaxFacts.IsTriviaSpace(_text[i]))
                    {
                        i++;
                    }

                    clauseStart = i;
                    continue;
                }

                if (SyntaxFacts.IsSentenceTerminator(c))
                {
                    int stop = i + 1;
                    while (stop < end && (SyntaxFacts.IsSentenceTerminator(_text[stop]) || SyntaxFacts.IsClosingMark(_text[stop])))
                    {
                        stop++;
                    }

                    if (clauseStart < i)
                    {
                        children.Add(Clause(clauseStart, i, i));
                    }

                    children.Add(Token(SyntaxKind.TerminatorToken, i, stop));
                    next = stop;
                    return new SentenceSyntax(ImmutableArray.Create(CollectionsMarshal.AsSpan(children)));
                }

                i++;
            }

            if (clauseStart < end)
            {
                children.Add(Clause(clauseStart, end, end));
            }

            next = end;
            return new SentenceSyntax(ImmutableArray.Create(CollectionsMarshal.AsSpan(children)));
        }

        private ClauseSyntax Clause(int start, int textEnd, int separatorEnd)
        {
            SyntaxNode? text = start < textEnd ? Token(SyntaxKind.TextToken, start, textEnd) : null;
            SyntaxNode? separator = separatorEnd > textEnd ? Token(SyntaxKind.SeparatorToken, textEnd, separatorEnd) : null;
            var children = (text, separator) switch
            {
                ({ } t, { } sep) => ImmutableArray.Create(t, sep),
                ({ } t, null) => ImmutableArray.Create(t),
                (null, { } sep) => ImmutableArray.Create(sep),
                _ => ImmutableArray<SyntaxNode>.Empty,
            };
            return new ClauseSyntax(children);
        }

        private bool IsSeparator(int i)
        {
            char c = _text[i];
            if (!SyntaxFacts.IsClauseSeparator(c))
            {
                return false;
            }

            if (c is ',' or ':')
            {
                bool digitBefore = i > 0 && char.IsAsciiDigit(_text[i - 1]);
                bool digitAfter = i + 1 < _text.Length && char.IsAsciiDigit(_text[i + 1]);
                return !(digitBefore && digitAfter);
            }

            return true;
        }

        /// <summary>The offset of the mark that closes the opener at <paramref name="open"/>, or -1 when it is not closed nearby.</summary>
        private int FindCloser(int open, int end, char opener, char closer, bool nests)
        {
            int limit = Math.Min(end, open + MaxQuoteReach);
            int depth = 0;
            for (int i = open + 1; i < limit; i++)
            {
                char c = _text[i];
                if (c == closer)
                {
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                }
                else if (c == opener)
                {
                    if (!nests)
                    {
                        return -1;
                    }

                    depth++;
                }
            }

            return -1;
        }

        // ---- tokens and trivia ----------------------------------------------------------------

        /// <summary>
        /// A token over <c>[start, end)</c>. Its leading trivia is everything since the previous token; its trailing trivia
        /// is the white space after it up to and including the line break, when nothing else follows on the line. The
        /// token keeps only its full span: <see cref="SyntaxToken.LeadingTrivia"/> and <see cref="SyntaxToken.TrailingTrivia"/>
        /// split the trivia out of the text on demand.
        /// </summary>
        private SyntaxToken Token(SyntaxKind kind, int start, int end)
        {
            int fullStart = Math.Min(_position, start);
            int trailingEnd = end;
            while (trailingEnd < _text.Length && SyntaxFacts.IsTriviaSpace(_text[trailingEnd]))
            {
                trailingEnd++;
            }

            int fullEnd;
            if (trailingEnd >= _text.Length || SyntaxFacts.IsLineBreak(_text[trailingEnd]))
            {
                if (trailingEnd < _text.Length)
                {
                    trailingEnd += _text[trailingEnd] == '\r' && trailingEnd + 1 < _text.Length && _text[trailingEnd + 1] == '\n' ? 2 : 1;
                }

                fullEnd = Math.Max(trailingEnd, end);
                _position = trailingEnd;
            }
            else
            {
                fullEnd = end;
                _position = end;
            }

            return new SyntaxToken(kind, TextSpan.FromBounds(start, end), TextSpan.FromBounds(fullStart, fullEnd));
        }

        private void Report(DiagnosticDescriptor descriptor, int start, int end, params object?[] args) =>
            _diagnostics.Add(Diagnostic.Create(descriptor, Location.Create(path, sourceText, TextSpan.FromBounds(start, end)), args));
    }
}
