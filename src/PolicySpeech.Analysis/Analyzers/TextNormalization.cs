using System.Text;

namespace PolicySpeech.Analyzers;

/// <summary>
/// The comparison form of text for the duplicate rules (PS2001–PS2004) and the corpus duplicate index: white space dropped,
/// quotes and ASCII punctuation unified, and a 128-bit hash of that form computed without allocating.
/// </summary>
internal static class TextNormalization
{
    /// <summary>
    /// The comparison form of a character for duplicate detection, or '\0' to drop it: white space is dropped,
    /// ASCII punctuation becomes its full-width form, every double quote becomes “ and every single quote ‘.
    /// </summary>
    public static char NormalizeChar(char c)
    {
        if (c is >= '\u4E00' and <= '\u9FFF')
        {
            return c;
        }

        if (SyntaxFacts.IsTriviaSpace(c) || SyntaxFacts.IsLineBreak(c))
        {
            return '\0';
        }

        switch (c)
        {
            case '“' or '”' or '"' or '＂' or '「' or '」':
                return '“';
            case '‘' or '’' or '\'' or '＇' or '『' or '』':
                return '‘';
            case '(':
                return '（';
            case ')':
                return '）';
        }

        if (c is >= '!' and <= '~' && !char.IsAsciiLetterOrDigit(c))
        {
            return (char)(c + 0xFEE0);
        }

        return c;
    }

    /// <summary>The normalised form of a span (see <see cref="NormalizeChar"/>).</summary>
    public static string Normalize(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var n = NormalizeChar(c);
            if (n != '\0')
            {
                sb.Append(n);
            }
        }

        return sb.ToString();
    }

    /// <summary>A 128-bit hash of the normalised form of a span, without allocating.</summary>
    public static (ulong A, ulong B) NormalizedHash(ReadOnlySpan<char> s, out int normalizedLength)
    {
        ulong a = 14695981039346656037UL;
        ulong b = 0x9E3779B97F4A7C15UL;
        normalizedLength = 0;
        foreach (var c in s)
        {
            var n = NormalizeChar(c);
            if (n == '\0')
            {
                continue;
            }

            normalizedLength++;
            a = (a ^ n) * 1099511628211UL;
            b = (b ^ n) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;
        }

        return (Mix(a), Mix(b ^ a));
    }

    /// <summary>A strong 64-bit mixer (splitmix64 finaliser).</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
