using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using PolicySpeech.Text;

namespace PolicySpeech.Loading;

/// <summary>Byte-to-text decoding shared by the plain-text and HTML loaders.</summary>
internal static class TextDecoding
{
    /// <summary>The GB18030 code page, a superset of GBK and GB2312.</summary>
    internal const int Gb18030CodePage = 54936;

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>GB18030 with replacement fallbacks, as reported on <see cref="PolicySpeech.Text.SourceText.Encoding"/>.</summary>
    internal static Encoding Gb18030 => CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage)
        ?? throw new InvalidOperationException("GB18030 is not available.");

    private static Encoding StrictGb18030 => CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("GB18030 is not available.");

    /// <summary>Finds a byte order mark.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="length">The length of the mark.</param>
    /// <returns>The encoding the mark names, or <see langword="null"/>.</returns>
    internal static Encoding? DetectBom(ReadOnlySpan<byte> bytes, out int length)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            length = 3;
            return Utf8WithBom;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            length = 2;
            return Encoding.Unicode;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            length = 2;
            return Encoding.BigEndianUnicode;
        }

        length = 0;
        return null;
    }

    /// <summary>Whether bytes with no UTF-16 byte order mark look binary: a NUL byte, or more than 5% control characters.</summary>
    /// <param name="bytes">The bytes after any byte order mark.</param>
    /// <returns><see langword="true"/> for binary data.</returns>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return true;
        }

        var sample = bytes.Length > 65536 ? bytes[..65536] : bytes;
        int controls = 0;
        foreach (byte b in sample)
        {
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C or 0x1A or 0x1B)) || b == 0x7F)
            {
                controls++;
            }
        }

        return sample.Length > 0 && controls * 20 > sample.Length;
    }

    /// <summary>Decodes plain text: forced encoding, else byte order mark, else strict UTF-8, else strict GB18030.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="path">The path, for messages.</param>
    /// <param name="forced">An encoding the caller forces, or <see langword="null"/>.</param>
    /// <param name="encoding">The encoding used.</param>
    /// <returns>The text.</returns>
    /// <exception cref="SpeechLoadException">The bytes are binary or in no known encoding.</exception>
    internal static string Decode(ReadOnlySpan<byte> bytes, string? path, Encoding? forced, out Encoding encoding) =>
        Decode(bytes, path, forced, out encoding, out _);

    /// <summary>Decodes plain text as <see cref="Decode(ReadOnlySpan{byte}, string?, Encoding?, out Encoding)"/> does, and says where bytes were read as U+FFFD.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="path">The path, for messages.</param>
    /// <param name="forced">An encoding the caller forces, or <see langword="null"/>.</param>
    /// <param name="encoding">The encoding used.</param>
    /// <param name="undecodable">The bytes read as U+FFFD (only a byte order mark or a forced encoding decodes with replacement).</param>
    /// <returns>The text.</returns>
    /// <exception cref="SpeechLoadException">The bytes are binary or in no known encoding.</exception>
    internal static string Decode(ReadOnlySpan<byte> bytes, string? path, Encoding? forced, out Encoding encoding, out ImmutableArray<UndecodableBytes> undecodable)
    {
        if (forced is not null)
        {
            var preamble = forced.Preamble;
            int bodyOffset = preamble.Length > 0 && bytes.StartsWith(preamble) ? preamble.Length : 0;
            encoding = forced;
            if (forced is not (UTF8Encoding or UnicodeEncoding))
            {
                // A code page (GB18030, Big5, …) would read bad bytes as '?' without a trace: read them as U+FFFD and report them.
                return DecodeCodePage(bytes[bodyOffset..], bodyOffset, forced, out undecodable);
            }

            string forcedText = forced.GetString(bytes[bodyOffset..]);
            undecodable = FindUndecodable(bytes[bodyOffset..], bodyOffset, forced, forcedText);
            return forcedText;
        }

        var bom = DetectBom(bytes, out int bomLength);
        if (bom is not null)
        {
            encoding = bom;
            string bomText = bom.GetString(bytes[bomLength..]);
            undecodable = FindUndecodable(bytes[bomLength..], bomLength, bom, bomText);
            return bomText;
        }

        undecodable = [];

        if (LooksBinary(bytes))
        {
            throw new SpeechLoadException(path, SpeechLoadFailure.Binary, "the file is binary, not text (it contains NUL bytes or control characters and no UTF-16 byte order mark)");
        }

        return DecodeUtf8OrGb18030(bytes, path, out encoding);
    }

    /// <summary>Decodes as strict UTF-8, else strict GB18030.</summary>
    /// <param name="bytes">Bytes without a byte order mark.</param>
    /// <param name="path">The path, for messages.</param>
    /// <param name="encoding">The encoding used.</param>
    /// <returns>The text.</returns>
    /// <exception cref="SpeechLoadException">Neither decodes.</exception>
    internal static string DecodeUtf8OrGb18030(ReadOnlySpan<byte> bytes, string? path, out Encoding encoding)
    {
        if (TryDecode(StrictUtf8, bytes, out string? text))
        {
            encoding = Utf8NoBom;
            return text;
        }

        if (TryDecode(StrictGb18030, bytes, out text))
        {
            encoding = Gb18030;
            return text;
        }

        throw new SpeechLoadException(path, SpeechLoadFailure.UnknownEncoding, "the text is neither valid UTF-8 nor valid GB18030/GBK and has no byte order mark; pass LoadOptions.Encoding to force an encoding");
    }

    /// <summary>Resolves a character set name from a page (<c>gbk</c>, <c>gb2312</c>, <c>utf-8</c>, <c>big5</c>, …) without touching global encoding registration.</summary>
    /// <param name="name">The declared name.</param>
    /// <returns>The encoding, or <see langword="null"/> when unknown.</returns>
    internal static Encoding? ResolveCharset(string name)
    {
        string key = name.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (key)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return Utf8NoBom;
            case "gbk" or "gb2312" or "gb_2312" or "gb_2312-80" or "gb18030" or "x-gbk" or "cp936" or "ms936" or "windows-936" or "euc-cn" or "csgb2312" or "chinese" or "iso-ir-58":
                return Gb18030;
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                // A page that reached us as bytes without a BOM cannot be UTF-16 (HTML standard: treat as UTF-8).
                return Utf8NoBom;
            case "us-ascii" or "ascii":
                return Utf8NoBom;
            case "utf-7" or "utf7" or "unicode-1-1-utf-7" or "csunicode11utf7" or "x-unicode20utf7":
                // Not an encoding label of the HTML standard (and disabled in .NET): the page is decoded by detection.
                return null;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(key) ?? Encoding.GetEncoding(key);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // Unknown, or known to .NET but not supported (found by the fuzzer: charset="utf-7" threw NotSupportedException).
            return null;
        }
    }

    /// <summary>How many undecodable runs are located in one text; the rest are not reported.</summary>
    internal const int MaxUndecodable = 1000;

    /// <summary>
    /// Where decoding <paramref name="body"/> with <paramref name="encoding"/> read bytes as U+FFFD: each invalid UTF-8
    /// sequence (as the standard replacement groups them), lone UTF-16 surrogate or odd trailing UTF-16 byte, with its byte
    /// offset and its position in <paramref name="text"/>. Empty when the text has no U+FFFD (nothing was replaced) or the
    /// encoding is neither UTF-8 nor UTF-16.
    /// </summary>
    /// <param name="body">The bytes decoded (after any byte order mark).</param>
    /// <param name="bodyOffset">The offset of <paramref name="body"/> in the file (the length of the byte order mark).</param>
    /// <param name="encoding">The encoding used.</param>
    /// <param name="text">The decoded text.</param>
    /// <returns>The runs, in order, at most <see cref="MaxUndecodable"/>.</returns>
    internal static ImmutableArray<UndecodableBytes> FindUndecodable(ReadOnlySpan<byte> body, int bodyOffset, Encoding encoding, string text)
    {
        if (!text.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return [];
        }

        return encoding switch
        {
            UTF8Encoding => FindInvalidUtf8(body, bodyOffset),
            UnicodeEncoding => FindInvalidUtf16(body, bodyOffset, bigEndian: encoding.CodePage == Encoding.BigEndianUnicode.CodePage),
            _ => [],
        };
    }

    /// <summary>
    /// Decodes with a forced encoding that is neither UTF-8 nor UTF-16: strictly when the bytes allow it, else window by
    /// window, each run of bytes the encoding rejects read as one U+FFFD and located (at most <see cref="MaxUndecodable"/>;
    /// after that the rest is read with U+FFFD for each bad run, unlocated).
    /// </summary>
    /// <param name="body">The bytes after any byte order mark.</param>
    /// <param name="bodyOffset">The offset of <paramref name="body"/> in the file.</param>
    /// <param name="forced">The encoding.</param>
    /// <param name="undecodable">The runs read as U+FFFD.</param>
    /// <returns>The text.</returns>
    private static string DecodeCodePage(ReadOnlySpan<byte> body, int bodyOffset, Encoding forced, out ImmutableArray<UndecodableBytes> undecodable)
    {
        var strict = (Encoding)forced.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        if (TryDecode(strict, body, out string? whole))
        {
            undecodable = [];
            return whole;
        }

        const int Window = 64 * 1024;
        var replacing = (Encoding)forced.Clone();
        replacing.DecoderFallback = new DecoderReplacementFallback("\uFFFD");
        var found = ImmutableArray.CreateBuilder<UndecodableBytes>();
        var text = new StringBuilder(body.Length);
        int offset = 0;
        while (offset < body.Length)
        {
            if (found.Count >= MaxUndecodable)
            {
                text.Append(replacing.GetString(body[offset..]));
                break;
            }

            int length = Math.Min(Window, body.Length - offset);
            try
            {
                text.Append(strict.GetString(body.Slice(offset, length)));
                offset += length;
            }
            catch (DecoderFallbackException ex)
            {
                int index = Math.Clamp(ex.Index, 0, length - 1);
                int unknown = Math.Clamp(ex.BytesUnknown?.Length ?? 1, 1, length - index);
                if (index > 0)
                {
                    text.Append(strict.GetString(body.Slice(offset, index)));
                    offset += index;
                    if (offset + length - index < body.Length && index + unknown > length - 8)
                    {
                        // The window may have cut a character in two: look again from the bytes rejected, with a whole window after them.
                        continue;
                    }
                }

                found.Add(new UndecodableBytes(text.Length, bodyOffset + (long)offset, body.Slice(offset, unknown).ToArray()));
                text.Append('\uFFFD');
                offset += unknown;
            }
        }

        undecodable = found.ToImmutable();
        return text.ToString();
    }

    private static ImmutableArray<UndecodableBytes> FindInvalidUtf8(ReadOnlySpan<byte> bytes, int bodyOffset)
    {
        var found = ImmutableArray.CreateBuilder<UndecodableBytes>();
        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            int offset = 0;
            int position = 0;
            while (offset < bytes.Length && found.Count < MaxUndecodable)
            {
                var status = Utf8.ToUtf16(bytes[offset..], chars, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
                offset += read;
                position += written;
                if (status == OperationStatus.InvalidData)
                {
                    // The maximal invalid subsequence, as the replacement decoder groups it into one U+FFFD.
                    Rune.DecodeFromUtf8(bytes[offset..], out _, out int length);
                    length = Math.Max(1, length);
                    found.Add(new UndecodableBytes(position, bodyOffset + offset, bytes.Slice(offset, length).ToArray()));
                    offset += length;
                    position++;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        return found.ToImmutable();
    }

    private static ImmutableArray<UndecodableBytes> FindInvalidUtf16(ReadOnlySpan<byte> bytes, int bodyOffset, bool bigEndian)
    {
        var found = ImmutableArray.CreateBuilder<UndecodableBytes>();
        int units = bytes.Length / 2;
        int position = 0;
        for (int u = 0; u < units && found.Count < MaxUndecodable; u++, position++)
        {
            char c = Unit(bytes, u, bigEndian);
            if (char.IsHighSurrogate(c) && u + 1 < units && char.IsLowSurrogate(Unit(bytes, u + 1, bigEndian)))
            {
                u++;
                position++;
            }
            else if (char.IsSurrogate(c))
            {
                found.Add(new UndecodableBytes(position, bodyOffset + (2L * u), bytes.Slice(2 * u, 2).ToArray()));
            }
        }

        if (bytes.Length % 2 == 1 && found.Count < MaxUndecodable)
        {
            found.Add(new UndecodableBytes(position, bodyOffset + bytes.Length - 1L, [bytes[^1]]));
        }

        return found.ToImmutable();
    }

    private static char Unit(ReadOnlySpan<byte> bytes, int unit, bool bigEndian) =>
        bigEndian ? (char)((bytes[2 * unit] << 8) | bytes[(2 * unit) + 1]) : (char)(bytes[2 * unit] | (bytes[(2 * unit) + 1] << 8));

    private static bool TryDecode(Encoding strict, ReadOnlySpan<byte> bytes, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        try
        {
            text = strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }
}
