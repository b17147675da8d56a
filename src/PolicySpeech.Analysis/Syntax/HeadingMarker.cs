namespace PolicySpeech.Syntax;

/// <summary>A heading number found at the start of a run of text.</summary>
/// <param name="Style">The numbering style.</param>
/// <param name="Number">The number.</param>
/// <param name="Length">The marker's length in code units (its punctuation included).</param>
internal readonly record struct HeadingMarker(HeadingStyle Style, int Number, int Length)
{
    /// <summary>The nesting rank of a style: lower is outer. 第一， and 一是 share the innermost rank.</summary>
    public static int Rank(HeadingStyle style) => style switch
    {
        HeadingStyle.Part => 0,
        HeadingStyle.ChineseNumeral => 1,
        HeadingStyle.ParenthesizedChineseNumeral => 2,
        HeadingStyle.ArabicNumeral => 3,
        HeadingStyle.ParenthesizedArabicNumeral => 4,
        HeadingStyle.CircledNumeral => 5,
        _ => 6,
    };

    /// <summary>Recognises a heading marker at the start of <paramref name="s"/>.</summary>
    public static HeadingMarker? Match(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return null;
        }

        char c = s[0];
        if (c is >= '①' and <= '⑳')
        {
            return new HeadingMarker(HeadingStyle.CircledNumeral, c - '①' + 1, 1);
        }

        if (c is '（' or '(')
        {
            int close = s[..Math.Min(s.Length, 6)].IndexOfAny('）', ')');
            if (close > 1)
            {
                var inner = s[1..close];
                int n = SyntaxFacts.ParseHanNumber(inner);
                if (n > 0)
                {
                    return new HeadingMarker(HeadingStyle.ParenthesizedChineseNumeral, n, close + 1);
                }

                if (TryParseArabic(inner, out n))
                {
                    return new HeadingMarker(HeadingStyle.ParenthesizedArabicNumeral, n, close + 1);
                }
            }

            return null;
        }

        if (c == '第')
        {
            int end = SyntaxFacts.RunEnd(s, 1, static ch => SyntaxFacts.IsHanNumeral(ch) || char.IsAsciiDigit(ch), limit: 5);

            if (end == 1)
            {
                return null;
            }

            int n = SyntaxFacts.ParseHanNumber(s[1..end]);
            if (n <= 0 && !TryParseArabic(s[1..end], out n))
            {
                return null;
            }

            var rest = s[end..];
            if (rest.StartsWith("部分"))
            {
                return new HeadingMarker(HeadingStyle.Part, n, end + 2);
            }

            if (!rest.IsEmpty && rest[0] is '，' or ',' or '、' or '：' or ':')
            {
                return new HeadingMarker(HeadingStyle.Ordinal, n, end + 1);
            }

            return null;
        }

        if (SyntaxFacts.IsHanNumeral(c))
        {
            int end = SyntaxFacts.RunEnd(s, 0, SyntaxFacts.IsHanNumeral, limit: 3);

            int n = SyntaxFacts.ParseHanNumber(s[..end]);
            if (n <= 0 || end >= s.Length)
            {
                return null;
            }

            char after = s[end];
            char next = end + 1 < s.Length ? s[end + 1] : '\0';
            if (after is '、' or '．' && !SyntaxFacts.IsHanNumeral(next))
            {
                return new HeadingMarker(HeadingStyle.ChineseNumeral, n, end + 1);
            }

            if (after == '是' && next != '\0' && !SyntaxFacts.IsSentenceTerminator(next) && next is not ('的' or '一' or '个'))
            {
                return new HeadingMarker(HeadingStyle.Enumerator, n, end + 1);
            }

            return null;
        }

        if (char.IsAsciiDigit(c))
        {
            int end = SyntaxFacts.RunEnd(s, 0, char.IsAsciiDigit, limit: 3);

            if (end > 2 || end >= s.Length || !TryParseArabic(s[..end], out int n))
            {
                return null;
            }

            char after = s[end];
            char next = end + 1 < s.Length ? s[end + 1] : '\0';
            if (after is '.' or '．' or '、' && !char.IsAsciiDigit(next) && next != '\0' && !char.IsAsciiLetter(next))
            {
                return new HeadingMarker(HeadingStyle.ArabicNumeral, n, end + 1);
            }

            if (after is ')' or '）' && next != '\0')
            {
                return new HeadingMarker(HeadingStyle.ParenthesizedArabicNumeral, n, end + 1);
            }
        }

        return null;
    }

    private static bool TryParseArabic(ReadOnlySpan<char> s, out int n)
    {
        n = 0;
        if (s.IsEmpty || s.Length > 2)
        {
            return false;
        }

        foreach (char d in s)
        {
            if (!char.IsAsciiDigit(d))
            {
                return false;
            }

            n = (n * 10) + (d - '0');
        }

        return n > 0;
    }
}
