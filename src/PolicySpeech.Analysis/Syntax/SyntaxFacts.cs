namespace PolicySpeech.Syntax;

/// <summary>Character classes and small recognisers shared by the parser and the rules.</summary>
internal static class SyntaxFacts
{
    public static bool IsLineBreak(char c) => c is '\n' or '\r';

    /// <summary>White space that is trivia: spaces, tabs, full-width spaces, no-break spaces, a stray BOM.</summary>
    public static bool IsTriviaSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\uFEFF' or '\f' or '\v'
        || (c > 127 && !IsLineBreak(c) && char.IsWhiteSpace(c));

    public static bool IsSentenceTerminator(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '…' or '｡';

    public static bool IsClosingMark(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '】' or '〕' or '》' or '〉' or '"';

    public static bool IsHanNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '〇' or '零' or '两';

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

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
}
