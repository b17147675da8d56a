namespace PolicySpeech.Semantics;

/// <summary>Character classes and value parsing for Arabic (half- and full-width) and Chinese numerals.</summary>
internal static class ChineseNumerals
{
    /// <summary>Every character that can be part of a Chinese numeral.</summary>
    internal const string NumeralChars = "零〇一二两三四五六七八九十百千万亿";

    internal static bool IsArabicDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    internal static int ArabicValue(char c) => c <= '9' ? c - '0' : c - '０';

    internal static int DigitValue(char c) => PolicySpeech.Syntax.SyntaxFacts.HanDigitValue(c);

    internal static bool IsChineseDigit(char c) => DigitValue(c) >= 0;

    internal static bool IsMultiplier(char c) => c is '十' or '百' or '千' or '万' or '亿';

    internal static bool IsMagnitude(char c) => c is '万' or '亿';

    internal static bool IsNumeralChar(char c) => IsChineseDigit(c) || IsMultiplier(c);

    internal static bool IsCjkIdeograph(char c) => Syntax.SyntaxFacts.IsHan(c);

    internal static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    /// <summary>
    /// Parses a Chinese numeral: positional digit strings (二〇二五 = 2025) or the multiplier
    /// notation (一千二百 = 1200, 九十五 = 95, 两万亿 = 2e12). Rejects sequences that are not one number:
    /// two digits in a row inside the multiplier notation (十四五, 三四) and empty input.
    /// </summary>
    internal static bool TryParse(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        if (s.IsEmpty)
        {
            return false;
        }

        // 0–99 in one digit or the 十 notation (五, 十二, 两十, 九十九): the parser's helper gives the same values.
        if (PolicySpeech.Syntax.SyntaxFacts.ParseHanNumber(s) is >= 0 and var small)
        {
            value = small;
            return true;
        }

        bool allDigits = true;
        foreach (var c in s)
        {
            if (!IsChineseDigit(c))
            {
                allDigits = false;
                break;
            }
        }

        if (allDigits)
        {
            if (s.Length > 1 && s.IndexOf('两') >= 0)
            {
                return false;
            }

            double v = 0;
            foreach (var c in s)
            {
                v = (v * 10) + DigitValue(c);
            }

            // 一二 or 三四 (approximations, "one or two") are not positional numbers; only years and codes are.
            if (s.Length is 2 or 3)
            {
                return false;
            }

            // Hundreds of digits (一 written 400 times) overflow to infinity: not a number (issue #12).
            value = v;
            return double.IsFinite(v);
        }

        double result = 0, section = 0, number = 0;
        bool lastWasDigit = false;
        foreach (var c in s)
        {
            int d = DigitValue(c);
            if (d >= 0)
            {
                if (lastWasDigit && d != 0 && number != 0)
                {
                    return false;
                }

                number = d;
                lastWasDigit = d != 0;
                continue;
            }

            lastWasDigit = false;
            switch (c)
            {
                case '十' or '百' or '千':
                    // 三百 = 3 × 100; a bare 十 is 1 × 10.
                    section += (number == 0 ? 1 : number) * (c == '十' ? 10 : c == '百' ? 100 : 1000);
                    number = 0;
                    break;
                case '万':
                    section += number;
                    number = 0;
                    result += (section == 0 ? 1 : section) * 1e4;
                    section = 0;
                    break;
                case '亿':
                    section += number;
                    number = 0;
                    result = (result + section == 0 ? 1 : result + section) * 1e8;
                    section = 0;
                    break;
                default:
                    return false;
            }
        }

        value = result + section + number;
        return double.IsFinite(value);
    }

    /// <summary>Parses Arabic digits (half- or full-width) with an optional decimal point (. or ．) and ASCII thousands commas.</summary>
    internal static bool TryParseArabic(ReadOnlySpan<char> s, out double value)
    {
        Span<char> buffer = stackalloc char[Math.Min(s.Length, 64)];
        int n = 0;
        foreach (var c in s)
        {
            if (n >= buffer.Length)
            {
                value = 0;
                return false;
            }

            if (IsArabicDigit(c))
            {
                buffer[n++] = (char)('0' + ArabicValue(c));
            }
            else if (c is '.' or '．')
            {
                buffer[n++] = '.';
            }
            else if (c != ',')
            {
                value = 0;
                return false;
            }
        }

        return double.TryParse(buffer[..n], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }
}
