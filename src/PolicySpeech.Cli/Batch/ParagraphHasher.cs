using System.Security.Cryptography;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// Normalises a paragraph the way duplicate detection compares paragraphs (PS2001): white space removed, full-width
/// ASCII forms (U+FF01–U+FF5E) folded to their ASCII counterparts, so that <c>，</c> and <c>,</c> are alike; then hashes it.
/// Paragraphs with fewer than <see cref="MinimumHan"/> Han characters are not indexed (greetings and stock phrases
/// such as 谢谢大家 are not reuse); the threshold is the one <c>CorpusDuplicateIndex</c> uses.
/// </summary>
internal static class ParagraphHasher
{
    /// <summary>The fewest Han characters a paragraph must have to be indexed.</summary>
    public const int MinimumHan = 20;

    /// <summary>Counts the Han characters (the library's <c>SyntaxFacts.IsHan</c>).</summary>
    public static int HanCount(ReadOnlySpan<char> text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (PolicySpeech.Syntax.SyntaxFacts.IsHan(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>How many characters of the normalised paragraph the excerpt keeps.</summary>
    public const int ExcerptLength = 40;

    /// <summary>Normalises a paragraph.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                continue;
            }

            builder.Append(c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c);
        }

        return builder.ToString();
    }

    /// <summary>128 bits of the SHA-256 of the normalised text, as 32 lowercase hex digits.</summary>
    public static string Hash(string normalized)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }

    /// <summary>The paragraph without white space (punctuation as written), for people to read.</summary>
    public static string Readable(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, ExcerptLength * 2));
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF')
            {
                builder.Append(c);
                if (builder.Length > ExcerptLength)
                {
                    break;
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>The first <see cref="ExcerptLength"/> characters, never cutting a surrogate pair.</summary>
    public static string Excerpt(string normalized)
    {
        if (normalized.Length <= ExcerptLength)
        {
            return normalized;
        }

        int length = char.IsHighSurrogate(normalized[ExcerptLength - 1]) ? ExcerptLength - 1 : ExcerptLength;
        return normalized[..length] + "…";
    }
}
