using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PolicySpeech.Diagnostics;

/// <summary>
/// Computes <see cref="Diagnostic.Fingerprint"/>: the first 16 bytes, as 32 lower-case hex digits, of SHA-256 over the
/// UTF-8 of <c>ID U+001F text U+001F occurrence</c>, where <c>text</c> is the flagged text normalised (Unicode NFKC after lone surrogates become U+FFFD, so
/// full- and half-width forms are equal, with white space removed; the message when the span is empty) and
/// <c>occurrence</c> is the 0-based index of the finding among the document's findings with the same ID and the same
/// normalised text, in text order. It does not depend on offsets or line numbers, so it survives edits elsewhere.
/// </summary>
internal static class DiagnosticFingerprint
{
    public static string NormalisedText(SourceText text, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (span.Length == 0 || span.Start < 0 || span.End > text.Length)
        {
            return diagnostic.Message;
        }

        var normalised = NormalisedText(text.AsSpan(span));
        return normalised.Length == 0 ? diagnostic.Message : normalised;
    }

    /// <summary>
    /// The NFKC form of <paramref name="flagged"/> without white space. Text made only of characters whose NFKC form is
    /// one character that composes with nothing (ASCII, CJK Unified Ideographs, the common CJK and general punctuation,
    /// full-width ASCII forms) is mapped character by character; anything else goes through <see cref="string.Normalize(NormalizationForm)"/>.
    /// </summary>
    internal static string NormalisedText(ReadOnlySpan<char> flagged)
    {
        Span<char> buffer = flagged.Length <= 256 ? stackalloc char[flagged.Length] : new char[flagged.Length];
        int n = 0;
        foreach (char c in flagged)
        {
            char k = SimpleKC(c);
            if (k == '\uFFFF')
            {
                return SlowNormalisedText(flagged);
            }

            if (!char.IsWhiteSpace(k))
            {
                buffer[n++] = k;
            }
        }

        return new string(buffer[..n]);
    }

    /// <summary><see cref="NormalisedText(ReadOnlySpan{char})"/> through ICU for any text.</summary>
    internal static string SlowNormalisedText(ReadOnlySpan<char> flagged)
    {
        var raw = WithoutLoneSurrogates(flagged.ToString()).Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(raw.Length);
        foreach (char c in raw)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The NFKC form of <paramref name="c"/> where it is one character that neither decomposes further nor combines with a
    /// neighbour, else U+FFFF: ASCII and CJK Unified Ideographs as they are, full-width ASCII forms (！ to ～) as ASCII,
    /// U+3000 as a space, and 、。〇〈〉《》「」『』【】‘’“”—· as they are.
    /// </summary>
    internal static char SimpleKC(char c) => c switch
    {
        < '\u0080' => c,
        >= '\u4E00' and <= '\u9FFF' => c,
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        '\u3001' or '\u3002' or '\u3007' or (>= '\u3008' and <= '\u3011') or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2014' or '\u00B7' => c,
        _ => '\uFFFF',
    };

    /// <summary>Unicode normalisation rejects lone surrogates: they become U+FFFD first.</summary>
    private static string WithoutLoneSurrogates(string s)
    {
        char[]? copy = null;
        for (int i = 0; i < s.Length; i++)
        {
            bool pairStart = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            if (pairStart)
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                copy ??= s.ToCharArray();
                copy[i] = '\uFFFD';
            }
        }

        return copy is null ? s : new string(copy);
    }

    /// <summary>The fingerprint's 16 bytes: the start of SHA-256 over <c>ID + U+001F + text + U+001F + occurrence</c>, as two big-endian halves.</summary>
    /// <param name="id">The finding's ID.</param>
    /// <param name="normalisedText">Its <see cref="NormalisedText(SourceText, Diagnostic)"/>.</param>
    /// <param name="occurrence">Its 0-based index among the findings with the same ID and text.</param>
    /// <returns>The two halves (<see cref="ToHex"/> writes them).</returns>
    public static (ulong High, ulong Low) Compute(string id, string normalisedText, int occurrence)
    {
        var bytes = Encoding.UTF8.GetBytes($"{id}\u001F{normalisedText}\u001F{occurrence}");
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes, hash);
        return (BinaryPrimitives.ReadUInt64BigEndian(hash), BinaryPrimitives.ReadUInt64BigEndian(hash[8..]));
    }

    /// <summary>A fingerprint's 16 bytes (<see cref="Compute"/>) as the 32 lower-case hex digits of <see cref="Diagnostic.Fingerprint"/>.</summary>
    /// <param name="high">The first 8 bytes, big-endian.</param>
    /// <param name="low">The next 8 bytes, big-endian.</param>
    /// <returns>The hex digits.</returns>
    public static string ToHex(ulong high, ulong low)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, high);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], low);
        return Convert.ToHexStringLower(bytes);
    }
}
