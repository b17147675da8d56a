using System.Text.RegularExpressions;

namespace PolicySpeech.Analyzers;

/// <summary>
/// Text that a document repeats on purpose because it cites or captions something, for the repetition rules (PS2001, PS2002,
/// PS2003): the lead-in of a quotation (毛主席指出：“ — a line or sentence ending in a colon and an opening quotation mark, the
/// quotation following on the next line), a title set on a line of its own inside book-title marks that a line break split
/// (在《⏎关于正确处理人民内部矛盾的问题⏎》这部著作中), and a news photo caption (2020年2月10日，…在北京调研指导。这是…。
/// 新华社记者 鞠鹏/摄), which a news page repeats for each photo of one event.
/// </summary>
internal static partial class CitationLines
{
    /// <summary>How far after a sentence a photographer's credit may stand for the sentence to be part of its caption.</summary>
    private const int CaptionReach = 160;

    /// <summary>A photographer's credit closing a news photo caption: 新华社记者 鞠鹏/摄, 记者 张领 摄, 申宏/摄.</summary>
    [GeneratedRegex(@"(?:记者|摄影)[ \u3000]*\p{IsCJKUnifiedIdeographs}{2,4}[ \u3000]*/?[ \u3000]*摄|\p{IsCJKUnifiedIdeographs}{2,4}[ \u3000]*/[ \u3000]*摄")]
    private static partial Regex PhotoCredit();

    /// <summary>Whether <paramref name="unit"/> ends in a colon and an opening quotation mark: the lead-in of a quotation.</summary>
    /// <param name="unit">A line or a sentence.</param>
    public static bool IsQuotationLeadIn(ReadOnlySpan<char> unit)
    {
        unit = unit.TrimEnd();
        if (unit.Length < 2 || unit[^1] is not ('“' or '「' or '『' or '‘'))
        {
            return false;
        }

        var before = unit[..^1].TrimEnd();
        return before.Length > 0 && before[^1] is '：' or ':';
    }

    /// <summary>
    /// Whether <c>text[start..end)</c> is a title inside book-title marks set on a line of its own: the nearest characters
    /// before and after it, past white space, are 《 and 》 (or 〈 and 〉).
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="start">Where the line starts.</param>
    /// <param name="end">Where the line ends.</param>
    public static bool IsBookTitleLine(ReadOnlySpan<char> text, int start, int end)
    {
        int before = start - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        int after = end;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        if (before < 0 || after >= text.Length || !((text[before] == '《' && text[after] == '》') || (text[before] == '〈' && text[after] == '〉')))
        {
            return false;
        }

        return text[start..end].IndexOfAny('《', '》') < 0;
    }

    /// <summary>
    /// Whether the sentence ending at <paramref name="sentenceEnd"/> is part of a news photo caption: a photographer's credit
    /// follows within <see cref="CaptionReach"/> characters on the same line, with at most one more sentence between.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="sentenceEnd">Where the sentence ends.</param>
    public static bool IsPhotoCaption(string text, int sentenceEnd)
    {
        int end = Math.Min(text.Length, sentenceEnd + CaptionReach);
        if (text.AsSpan(sentenceEnd, end - sentenceEnd).IndexOf('摄') < 0)
        {
            return false; // every credit ends in 摄: no regex scan where there is none
        }

        var match = PhotoCredit().Match(text, sentenceEnd, end - sentenceEnd);
        if (!match.Success)
        {
            return false;
        }

        int sentences = 0;
        for (int i = sentenceEnd; i < match.Index; i++)
        {
            if (SyntaxFacts.IsLineBreak(text[i]))
            {
                return false;
            }

            if (text[i] is '。' or '！' or '？' && ++sentences > 1)
            {
                return false;
            }
        }

        return true;
    }
}
