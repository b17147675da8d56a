using System.Text;
using PolicySpeech.Text;

namespace PolicySpeech.Loading;

/// <summary>
/// A speech or report loaded from a file: its decoded text, the format it came in, the metadata the file declares and a
/// map from text offsets back to the original file. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Loading picks the format by sniffing the bytes and by extension: a zip (<c>PK</c>) or a <c>.docx</c> is read as
/// DOCX, an <c>.htm</c>/<c>.html</c> file or bytes starting with <c>&lt;!DOCTYPE html</c>/<c>&lt;html</c> as HTML, anything
/// else as plain text. A file that cannot be read raises <see cref="SpeechLoadException"/> and nothing else; text that is
/// merely odd (mixed scripts, stray punctuation, broken quotes) always loads.</para>
/// <para>Plain text: a byte order mark (UTF-8, UTF-16 LE/BE) decides; otherwise strict UTF-8, otherwise GB18030 (which
/// covers GBK and GB2312). Line breaks (<c>\r\n</c>, <c>\n</c>, <c>\r</c>) are kept exactly as in the file.
/// HTML and DOCX: see <see cref="SourceMap"/> for how offsets map back; their lines are separated by <c>\n</c>.</para>
/// </remarks>
/// <example><code>
/// var document = SpeechDocument.Load("corpus/seed/000_9db54a9de2bb72cf.txt");
/// Console.WriteLine(document.Text.GetLine(0));
/// </code></example>
public sealed partial class SpeechDocument
{
    internal SpeechDocument(string? path, SourceText text, SourceFormat format, DocumentMetadata metadata, SourceMap sourceMap)
    {
        Path = path;
        Text = text;
        Format = format;
        Metadata = metadata;
        SourceMap = sourceMap;
    }

    /// <summary>The path or file name the document was loaded from, or <see langword="null"/>.</summary>
    public string? Path { get; }

    /// <summary>The loaded text; <see cref="SourceText.Encoding"/> is the encoding detected (UTF-8 for DOCX, <see langword="null"/> for <see cref="FromText"/>).</summary>
    public SourceText Text { get; }

    /// <summary>The format the document was read as.</summary>
    public SourceFormat Format { get; }

    /// <summary>The title, date and author the file declares (HTML <c>&lt;title&gt;</c>/<c>&lt;meta&gt;</c>, DOCX core properties).</summary>
    public DocumentMetadata Metadata { get; }

    /// <summary>Maps offsets in <see cref="Text"/> back to the original file.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>Loads a file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits and a forced encoding; <see langword="null"/> for the defaults.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SpeechLoadException">The file cannot be read, is binary, too large, a malformed DOCX or a zip bomb.</exception>
    public static SpeechDocument Load(string path, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= LoadOptions.Default;
        byte[] bytes;
        try
        {
            using var stream = OpenFile(path, options, useAsync: false);
            bytes = ReadAll(stream, path, options);
        }
        catch (Exception ex) when (IsIoFailure(ex))
        {
            throw Unreadable(path, ex);
        }

        return FromBytes(bytes, path, options, CancellationToken.None);
    }

    /// <summary>Loads a document from a stream (read to its end; not closed).</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="fileName">The file name (its extension helps pick the format; it is reported as <see cref="Path"/>).</param>
    /// <param name="options">Limits and a forced encoding; <see langword="null"/> for the defaults.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SpeechLoadException">The stream cannot be read, is binary, too large, a malformed DOCX or a zip bomb.</exception>
    public static SpeechDocument Load(Stream stream, string fileName, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= LoadOptions.Default;
        byte[] bytes;
        try
        {
            bytes = ReadAll(stream, fileName, options);
        }
        catch (Exception ex) when (IsIoFailure(ex))
        {
            throw Unreadable(fileName, ex);
        }

        return FromBytes(bytes, fileName, options, CancellationToken.None);
    }

    /// <summary>Loads a document from a stream, reading it asynchronously (read to its end; not closed).</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="fileName">The file name (its extension helps pick the format; it is reported as <see cref="Path"/>).</param>
    /// <param name="options">Limits and a forced encoding; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SpeechLoadException">The stream cannot be read, is binary, too large, a malformed DOCX or a zip bomb.</exception>
    public static async Task<SpeechDocument> LoadAsync(Stream stream, string fileName, LoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        options ??= LoadOptions.Default;
        byte[] bytes;
        try
        {
            bytes = await ReadAllAsync(stream, fileName, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsIoFailure(ex))
        {
            throw Unreadable(fileName, ex);
        }

        return FromBytes(bytes, fileName, options, cancellationToken);
    }

    /// <summary>Loads a file, reading it asynchronously.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits and a forced encoding; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The document.</returns>
    /// <exception cref="SpeechLoadException">The file cannot be read, is binary, too large, a malformed DOCX or a zip bomb.</exception>
    public static async Task<SpeechDocument> LoadAsync(string path, LoadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= LoadOptions.Default;
        byte[] bytes;
        try
        {
            var stream = OpenFile(path, options, useAsync: true);
            await using (stream.ConfigureAwait(false))
            {
                bytes = await ReadAllAsync(stream, path, options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (IsIoFailure(ex))
        {
            throw Unreadable(path, ex);
        }

        return FromBytes(bytes, path, options, cancellationToken);
    }

    /// <summary>Wraps a string as a plain-text document (no file involved; the source map is the identity).</summary>
    /// <param name="text">The text.</param>
    /// <param name="path">A path to report, or <see langword="null"/>.</param>
    /// <param name="metadata">Metadata to attach, or <see langword="null"/> for none.</param>
    /// <returns>The document.</returns>
    public static SpeechDocument FromText(string text, string? path = null, DocumentMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sourceText = SourceText.From(text);
        return new SpeechDocument(path, sourceText, SourceFormat.PlainText, metadata ?? DocumentMetadata.Empty, SourceMap.Identity(sourceText));
    }

    /// <summary>Picks the format of a file from its bytes and its name.</summary>
    /// <param name="bytes">The file's bytes (the first kilobyte is enough).</param>
    /// <param name="fileName">The file name, or <see langword="null"/>.</param>
    /// <returns>The format to read it as.</returns>
    internal static SourceFormat DetectFormat(ReadOnlySpan<byte> bytes, string? fileName)
    {
        if (bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' && bytes[2] is 3 or 5 or 7 && bytes[3] is 4 or 6 or 8)
        {
            return SourceFormat.Docx;
        }

        string extension = fileName is null ? string.Empty : System.IO.Path.GetExtension(fileName).ToLowerInvariant();
        switch (extension)
        {
            case ".docx" or ".docm" or ".dotx":
                return SourceFormat.Docx;
            case ".htm" or ".html" or ".xhtml" or ".shtml":
                return SourceFormat.Html;
            case ".txt" or ".text":
                return SourceFormat.PlainText;
        }

        return LooksLikeHtml(bytes) ? SourceFormat.Html : SourceFormat.PlainText;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var bom = TextDecoding.DetectBom(bytes, out int bomLength);
        var head = bytes[bomLength..];
        head = head[..Math.Min(head.Length, 2048)];
        string start = bom is UnicodeEncoding ? bom.GetString(head[..(head.Length & ~1)]) : Encoding.Latin1.GetString(head);
        start = start.TrimStart();
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return start.StartsWith('<') && start.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }

    private static SpeechDocument FromBytes(byte[] bytes, string? path, LoadOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var format = DetectFormat(bytes, path);
        if (bytes.Length == 0)
        {
            var empty = SourceText.From(string.Empty, new UTF8Encoding(false));
            return new SpeechDocument(path, empty, format, DocumentMetadata.Empty, SourceMap.Identity(empty));
        }

        LoadedContent content;
        switch (format)
        {
            case SourceFormat.Docx:
                content = DocxLoader.Load(bytes, path, options, cancellationToken);
                break;
            case SourceFormat.Html:
                content = HtmlLoader.Load(bytes, path, options);
                break;
            default:
            {
                string decoded = TextDecoding.Decode(bytes, path, options.Encoding, out var encoding, out var undecodable);
                var text = SourceText.From(decoded, encoding, undecodable);
                content = new LoadedContent(text, DocumentMetadata.Empty, SourceMap.Identity(text));
                break;
            }
        }

        long breaks = CountBreaks(content.Text.ToString());
        if (breaks > options.MaxBreaks)
        {
            throw new SpeechLoadException(
                path,
                SpeechLoadFailure.TooLarge,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the text has {breaks} line breaks, sentence ends and clause separators, more than the limit of {options.MaxBreaks} (LoadOptions.MaxBreaks)"));
        }

        return new SpeechDocument(path, content.Text, format, content.Metadata, content.SourceMap);
    }

    /// <summary>Line breaks (CR LF as one), sentence terminators and clause separators: what makes syntax nodes (LoadOptions.MaxBreaks).</summary>
    internal static long CountBreaks(string text)
    {
        long count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (Syntax.SyntaxFacts.IsClauseSeparator(c) || Syntax.SyntaxFacts.IsSentenceTerminator(c)
                || (Syntax.SyntaxFacts.IsLineBreak(c) && !(c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')))
            {
                count++;
            }
        }

        return count;
    }

    private static FileStream OpenFile(string path, LoadOptions options, bool useAsync)
    {
        if (FileChecks.NotRegularFileReason(path) is { } reason)
        {
            throw new SpeechLoadException(path, SpeechLoadFailure.Unreadable, reason);
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync ? FileOptions.Asynchronous | FileOptions.SequentialScan : FileOptions.SequentialScan);
        if (stream.Length > options.MaxFileBytes)
        {
            long length = stream.Length;
            stream.Dispose();
            throw TooLarge(path, options, length);
        }

        return stream;
    }

    private static byte[] ReadAll(Stream stream, string? path, LoadOptions options)
    {
        if (stream.CanSeek)
        {
            long remaining = stream.Length - stream.Position;
            if (remaining > options.MaxFileBytes || remaining > Array.MaxLength)
            {
                throw TooLarge(path, options, remaining);
            }

            var bytes = new byte[remaining];
            stream.ReadExactly(bytes);
            return bytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxFileBytes || buffer.Length > Array.MaxLength - chunk.Length)
            {
                throw TooLarge(path, options, null);
            }
        }

        return buffer.ToArray();
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream, string? path, LoadOptions options, CancellationToken cancellationToken)
    {
        if (stream.CanSeek)
        {
            long remaining = stream.Length - stream.Position;
            if (remaining > options.MaxFileBytes || remaining > Array.MaxLength)
            {
                throw TooLarge(path, options, remaining);
            }

            var bytes = new byte[remaining];
            await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            return bytes;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxFileBytes || buffer.Length > Array.MaxLength - chunk.Length)
            {
                throw TooLarge(path, options, null);
            }
        }

        return buffer.ToArray();
    }

    private static bool IsIoFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException
            or ArgumentException or ObjectDisposedException;

    private static SpeechLoadException Unreadable(string path, Exception ex)
    {
        string detail = ex switch
        {
            FileNotFoundException => "the file does not exist",
            DirectoryNotFoundException => "the file's directory does not exist",
            UnauthorizedAccessException => "access to the file was denied",
            EndOfStreamException => "the file ended before its declared length was read",
            _ => $"the file could not be read ({ex.Message})",
        };
        return new SpeechLoadException(path, SpeechLoadFailure.Unreadable, detail, ex);
    }

    private static SpeechLoadException TooLarge(string? path, LoadOptions options, long? length) =>
        new(path, SpeechLoadFailure.TooLarge, length is { } known
            ? $"the file is {known} bytes, larger than the limit of {options.MaxFileBytes} bytes (LoadOptions.MaxFileBytes)"
            : $"the file is larger than the limit of {options.MaxFileBytes} bytes (LoadOptions.MaxFileBytes)");
}
