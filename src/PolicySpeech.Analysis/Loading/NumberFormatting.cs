using System.Globalization;
using System.Text;

namespace PolicySpeech.Loading;

/// <summary>Renders a list counter in one of Word's number formats (<c>w:numFmt</c>).</summary>
internal static class NumberFormatting
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string LegalSimplifiedDigits = "零壹贰叁肆伍陆柒捌玖";
    private const string LegalTraditionalDigits = "零壹貳參肆伍陸柒捌玖";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";
    private const string EarthlyBranches = "子丑寅卯辰巳午未申酉戌亥";

    /// <summary>Formats <paramref name="value"/> in the Word number format named <paramref name="format"/> (the XML value, e.g. <c>chineseCounting</c>).</summary>
    /// <param name="value">The counter.</param>
    /// <param name="format">The format name; unknown or missing formats render as decimal.</param>
    /// <returns>The rendered number.</returns>
    internal static string Format(int value, string? format)
    {
        switch (format)
        {
            case null or "" or "decimal" or "decimalHalfWidth":
                return value.ToString(CultureInfo.InvariantCulture);
            case "none":
                return string.Empty;
            case "decimalZero":
                return value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
            case "decimalFullWidth" or "decimalFullWidth2":
                return ToFullWidth(value.ToString(CultureInfo.InvariantCulture));
            case "decimalEnclosedCircle" or "decimalEnclosedCircleChinese":
                return value switch
                {
                    >= 1 and <= 20 => ((char)('\u2460' + value - 1)).ToString(),
                    >= 21 and <= 35 => ((char)('\u3251' + value - 21)).ToString(),
                    >= 36 and <= 50 => ((char)('\u32B1' + value - 36)).ToString(),
                    _ => value.ToString(CultureInfo.InvariantCulture),
                };
            case "decimalEnclosedParen":
                return value is >= 1 and <= 20 ? ((char)('\u2474' + value - 1)).ToString() : "(" + value.ToString(CultureInfo.InvariantCulture) + ")";
            case "decimalEnclosedFullstop":
                return value is >= 1 and <= 20 ? ((char)('\u2488' + value - 1)).ToString() : value.ToString(CultureInfo.InvariantCulture) + ".";
            case "upperLetter":
                return Letters(value, 'A');
            case "lowerLetter":
                return Letters(value, 'a');
            case "upperRoman":
                return Roman(value);
            case "lowerRoman":
                return Roman(value).ToLowerInvariant();
            case "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand"
                or "japaneseCounting" or "ideographEnclosedCircle":
                return ChineseCounting(value, ChineseDigits, '十', '百', '千', '万', '零');
            case "chineseLegalSimplified" or "japaneseLegal":
                return ChineseCounting(value, LegalSimplifiedDigits, '拾', '佰', '仟', '万', '零', keepLeadingOne: true);
            case "ideographLegalTraditional":
                return ChineseCounting(value, LegalTraditionalDigits, '拾', '佰', '仟', '萬', '零', keepLeadingOne: true);
            case "ideographDigital" or "taiwaneseDigital" or "japaneseDigitalTenThousand":
                return Digits(value, ChineseDigits);
            case "ideographTraditional":
                return Cycle(value, HeavenlyStems);
            case "ideographZodiac":
                return Cycle(value, EarthlyBranches);
            case "ordinal":
                return value.ToString(CultureInfo.InvariantCulture) + OrdinalSuffix(value);
            case "bullet":
                return "•";
            default:
                return value.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Chinese counting numerals: 1 一, 10 十, 11 十一, 20 二十, 101 一百零一, 110 一百一十, 10000 一万.</summary>
    private static string ChineseCounting(int value, string digits, char ten, char hundred, char thousand, char tenThousand, char zero, bool keepLeadingOne = false)
    {
        if (value <= 0)
        {
            return value == 0 ? digits[0].ToString() : value.ToString(CultureInfo.InvariantCulture);
        }

        if (value >= 100_000_000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var builder = new StringBuilder();
        int high = value / 10000;
        int low = value % 10000;
        if (high > 0)
        {
            AppendBelowTenThousand(builder, high, digits, ten, hundred, thousand, zero);
            builder.Append(tenThousand);
            if (low > 0 && low < 1000)
            {
                builder.Append(zero);
            }
        }

        if (low > 0)
        {
            AppendBelowTenThousand(builder, low, digits, ten, hundred, thousand, zero);
        }

        // 10–19 read 十, 十一 … (not 一十) when the number starts with them.
        if (!keepLeadingOne && builder.Length >= 2 && builder[0] == digits[1] && builder[1] == ten)
        {
            builder.Remove(0, 1);
        }

        return builder.ToString();
    }

    private static void AppendBelowTenThousand(StringBuilder builder, int value, string digits, char ten, char hundred, char thousand, char zero)
    {
        ReadOnlySpan<char> units = [thousand, hundred, ten, '\0'];
        int[] divisors = [1000, 100, 10, 1];
        bool pendingZero = false;
        bool started = false;
        for (int i = 0; i < 4; i++)
        {
            int digit = value / divisors[i] % 10;
            if (digit == 0)
            {
                if (started)
                {
                    pendingZero = true;
                }

                continue;
            }

            if (pendingZero)
            {
                builder.Append(zero);
                pendingZero = false;
            }

            builder.Append(digits[digit]);
            if (units[i] != '\0')
            {
                builder.Append(units[i]);
            }

            started = true;
        }
    }

    private static string Digits(int value, string digits)
    {
        string plain = value.ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder(plain.Length);
        foreach (char c in plain)
        {
            builder.Append(c is >= '0' and <= '9' ? digits[c - '0'] : c);
        }

        return builder.ToString();
    }

    private static string Cycle(int value, string symbols) =>
        value >= 1 ? symbols[(value - 1) % symbols.Length].ToString() : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The highest value letter numbering renders as letters (Word's own limit: 30 repeats of Z); higher values render as decimal.</summary>
    internal const int MaxLetterValue = 780;

    /// <summary>Word's letter numbering: A … Z, AA … ZZ, AAA …, up to <see cref="MaxLetterValue"/>; beyond it decimal, so a hostile start value cannot build a giant string.</summary>
    private static string Letters(int value, char first)
    {
        if (value is < 1 or > MaxLetterValue)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        int repeat = ((value - 1) / 26) + 1;
        char letter = (char)(first + ((value - 1) % 26));
        return new string(letter, repeat);
    }

    private static string Roman(int value)
    {
        if (value is < 1 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        int[] numbers = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (int i = 0; i < numbers.Length; i++)
        {
            while (value >= numbers[i])
            {
                builder.Append(symbols[i]);
                value -= numbers[i];
            }
        }

        return builder.ToString();
    }

    private static string ToFullWidth(string digits)
    {
        var builder = new StringBuilder(digits.Length);
        foreach (char c in digits)
        {
            builder.Append(c is >= '0' and <= '9' ? (char)('０' + (c - '0')) : c);
        }

        return builder.ToString();
    }

    private static string OrdinalSuffix(int value) => (value % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };
}
