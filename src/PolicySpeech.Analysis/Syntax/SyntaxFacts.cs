using System.Text;

namespace PolicySpeech.Syntax;

/// <summary>Character classes and small recognisers shared by the parser and the rules.</summary>
internal static class SyntaxFacts
{
    public static bool IsLineBreak(char c) => c is '\n' or '\r';

    /// <summary>White space that is trivia: spaces, tabs, full-width spaces, no-break spaces, a stray BOM.</summary>
    public static bool IsTriviaSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\uFEFF' or '\f' or '\v'
        || (c > 127 && IsOtherWhiteSpace(c));

    /// <summary>
    /// <see cref="char.IsWhiteSpace(char)"/> above U+007F but for U+00A0 and U+3000, spelt out (Unicode White_Space:
    /// U+0085, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F) so that the common non-ASCII characters (Han,
    /// full-width punctuation) need no Unicode category lookup.
    /// </summary>
    private static bool IsOtherWhiteSpace(char c) => c is '\u0085' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F';

    public static bool IsSentenceTerminator(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '…' or '｡';

    /// <summary>
    /// Whether <paramref name="c"/> may end a clause: ，、：﹐﹑ always; ASCII , and : unless between two digits (1,000, 8:30),
    /// which the parser checks.
    /// </summary>
    internal static bool IsClauseSeparator(char c) => c is '，' or '、' or '：' or '﹐' or '﹑' or ',' or ':';

    public static bool IsClosingMark(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '】' or '〕' or '》' or '〉' or '"';

    public static bool IsHanNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '〇' or '零' or '两';

    /// <summary>
    /// A Han character: the library's one definition, used by the parser, the recognisers, the rules and batch's paragraph
    /// index. It covers what the documents' text actually uses in the Basic Multilingual Plane: CJK Unified Ideographs
    /// (U+4E00–U+9FFF), Extension A (U+3400–U+4DBF), CJK Compatibility Ideographs (U+F900–U+FAFF) and the ideographic
    /// number zero 〇 (U+3007, as in 二〇二四年). A supplementary-plane ideograph is two UTF-16 units; see
    /// <see cref="IsHan(Rune)"/>.
    /// </summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is a Han character.</returns>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '\u3007';

    /// <summary>
    /// A Han character as a scalar value: <see cref="IsHan(char)"/>'s ranges, plus the supplementary-plane ideographs
    /// (Extensions B–I, U+20000–U+323AF, and the Compatibility Ideographs Supplement, U+2F800–U+2FA1F).
    /// </summary>
    /// <param name="rune">The scalar value.</param>
    /// <returns>Whether it is a Han character.</returns>
    public static bool IsHan(Rune rune) => rune.IsBmp ? IsHan((char)rune.Value) : rune.Value is >= 0x20000 and <= 0x323AF or >= 0x2F800 and <= 0x2FA1F;

    /// <summary>
    /// A character of the CJK Unified Ideographs block proper (U+4E00–U+9FFF): the subset of <see cref="IsHan(char)"/> that
    /// the typo detector's dense per-character tables (<c>c - U+4E00</c>) cover, as its jieba-derived lexicon holds no other.
    /// </summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it lies in U+4E00–U+9FFF.</returns>
    public static bool IsUnifiedIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    /// <summary>The closer of an opening quote or bracket, or '\0'. Quote pairs do not nest; brackets do.</summary>
    public static char CloserOf(char c, out bool nests)
    {
        nests = false;
        switch (c)
        {
            case '“': return '”';
            case '‘': return '’';
            case '「': return '」';
            case '『': return '』';
            case '"': return '"';
        }

        nests = true;
        return c switch
        {
            '（' => '）',
            '(' => ')',
            '《' => '》',
            '〈' => '〉',
            '【' => '】',
            '〔' => '〕',
            '[' => ']',
            _ => '\0',
        };
    }

    /// <summary>The value of a Han digit (〇/零 0, 一 1, 二/两 2 … 九 9), or -1.</summary>
    public static int HanDigitValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>Parses 一…九十九 (and 两, 〇/零 in tens). Returns -1 when the text is not such a numeral.</summary>
    public static int ParseHanNumber(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 4)
        {
            return -1;
        }

        int ten = s.IndexOf('十');
        if (ten < 0)
        {
            return s.Length == 1 ? HanDigitValue(s[0]) : -1;
        }

        int tens = 1;
        if (ten == 1)
        {
            tens = HanDigitValue(s[0]);
            if (tens <= 0)
            {
                return -1;
            }
        }
        else if (ten != 0)
        {
            return -1;
        }

        int ones = 0;
        if (ten + 1 < s.Length)
        {
            if (ten + 2 != s.Length)
            {
                return -1;
            }

            ones = HanDigitValue(s[ten + 1]);
            if (ones <= 0)
            {
                return -1;
            }
        }

        return (tens * 10) + ones;
    }

    /// <summary>Chinese (full-width) punctuation: CJK symbols, full-width forms, curly quotes, ellipsis, dashes.</summary>
    public static bool IsChinesePunctuation(char c) =>
        c is >= '\u3001' and <= '\u303F' && c != '〇'
        || c is >= '\uFF01' and <= '\uFF0F' or >= '\uFF1A' and <= '\uFF20' or >= '\uFF3B' and <= '\uFF40' or >= '\uFF5B' and <= '\uFF65'
        || c is '“' or '”' or '‘' or '’' or '…' or '—' or '·' or '─';

    /// <summary>A Han character or Chinese punctuation.</summary>
    public static bool IsChinese(char c) => IsHan(c) || IsChinesePunctuation(c);

    /// <summary>Counts the Han characters in a span.</summary>
    public static int HanCount(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (var c in s)
        {
            if (IsHan(c))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// The end of the run of characters that <paramref name="member"/> accepts from <paramref name="start"/> on, stopping at
    /// <paramref name="limit"/> (an index) or the end of the text: the index of the first character not in the run.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the run starts.</param>
    /// <param name="member">Which characters belong to the run.</param>
    /// <param name="limit">The index the run may not reach (the run is at most <c>limit - start</c> long).</param>
    /// <returns><paramref name="start"/> when the character there is not a member; otherwise the index after the run.</returns>
    public static int RunEnd(ReadOnlySpan<char> text, int start, Func<char, bool> member, int limit = int.MaxValue)
    {
        int stop = Math.Min(text.Length, limit);
        int end = start;
        while (end < stop && member(text[end]))
        {
            end++;
        }

        return end;
    }
}
