using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicySpeech.Text;

namespace PolicySpeech.Loading;

/// <summary>
/// Loads a Word document through DocumentFormat.OpenXml, read-only, from an in-memory copy whose zip has first been
/// checked against the expansion limits. One body paragraph (table cells included, in document order) becomes one line;
/// <c>w:tab</c> becomes a tab and <c>w:br</c>/<c>w:cr</c> a line feed inside the paragraph; automatic numbering is rendered
/// into the text; headers, footers, footnotes, comments, text boxes and deleted revisions are ignored.
/// Paragraphs whose rendered text is empty give no line (they still count in the paragraph index).
/// </summary>
internal static class DocxLoader
{
    private const long RatioCheckThreshold = 1024 * 1024;

    /// <summary>The deepest XML nesting accepted in a Word part (Word itself nests tables at most 63 deep).</summary>
    private const int MaxXmlDepth = 1000;

    /// <summary>Loads a DOCX from its bytes.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="path">The path, for messages.</param>
    /// <param name="options">The limits.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The loaded text, metadata and source map.</returns>
    internal static LoadedContent Load(byte[] bytes, string? path, LoadOptions options, CancellationToken cancellationToken)
    {
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            throw new SpeechLoadException(path, SpeechLoadFailure.MalformedDocx, "the file is not a DOCX (it is not a zip archive)");
        }

        CheckZip(bytes, path, options, cancellationToken);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { AutoSave = false });
            var main = document.MainDocumentPart
                ?? throw new SpeechLoadException(path, SpeechLoadFailure.MalformedDocx, "the zip is not a Word document (it has no main document part, word/document.xml)");
            var body = main.Document?.Body
                ?? throw new SpeechLoadException(path, SpeechLoadFailure.MalformedDocx, "the Word document has no body");
            var builder = new DocxTextBuilder(main, cancellationToken);
            builder.WalkBlocks(body);
            var text = SourceText.From(builder.Text, Encoding.UTF8);
            return new LoadedContent(text, ReadMetadata(document), SourceMap.ForDocx(text, builder.Paragraphs));
        }
        catch (SpeechLoadException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new SpeechLoadException(path, SpeechLoadFailure.MalformedDocx, $"the DOCX is truncated or malformed ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }

    /// <summary>Decompresses every entry into nothing, counting bytes, so a zip bomb is caught before OpenXML expands it.</summary>
    private static void CheckZip(byte[] bytes, string? path, LoadOptions options, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
            long total = 0;
            bool hasContentTypes = false;
            var buffer = new byte[81920];
            foreach (var entry in archive.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hasContentTypes |= entry.FullName == "[Content_Types].xml";
                if (entry.Length > options.MaxUncompressedBytes || total + entry.Length > options.MaxUncompressedBytes)
                {
                    throw ZipBomb(path, $"its entries declare more than {options.MaxUncompressedBytes} bytes uncompressed");
                }

                double allowed = Math.Max(RatioCheckThreshold, options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength));
                long entryBytes = 0;
                using var entryStream = entry.Open();
                int read;
                while ((read = entryStream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    entryBytes += read;
                    total += read;
                    if (total > options.MaxUncompressedBytes)
                    {
                        throw ZipBomb(path, $"its entries expand past {options.MaxUncompressedBytes} bytes");
                    }

                    if (entryBytes > allowed)
                    {
                        throw ZipBomb(path, $"the entry {entry.FullName} expands more than {options.MaxCompressionRatio} times its compressed size of {entry.CompressedLength} bytes");
                    }
                }
            }

            if (!hasContentTypes)
            {
                throw new SpeechLoadException(path, SpeechLoadFailure.MalformedDocx, "the zip is not a Word document (it has no [Content_Types].xml)");
            }

            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.StartsWith("word/", StringComparison.Ordinal) && entry.FullName.IndexOf('/', 5) < 0
                    && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    CheckXmlDepth(entry, path);
                }
            }
        }
        catch (SpeechLoadException)
        {
            throw;
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("Central Directory", StringComparison.OrdinalIgnoreCase))
        {
            throw new SpeechLoadException(path, SpeechLoadFailure.MalformedDocx, "the DOCX is truncated or malformed (zip central directory not found)", ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new SpeechLoadException(path, SpeechLoadFailure.MalformedDocx, $"the DOCX is truncated or malformed ({ex.Message})", ex);
        }
    }

    /// <summary>Refuses XML nested deeper than <see cref="MaxXmlDepth"/> (the object model and the walk recurse per level) and DTDs.</summary>
    private static void CheckXmlDepth(ZipArchiveEntry entry, string? path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = true, IgnoreComments = true };
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, settings);
        try
        {
            while (reader.Read())
            {
                if (reader.Depth > MaxXmlDepth)
                {
                    throw new SpeechLoadException(path, SpeechLoadFailure.MalformedDocx, $"the part {entry.FullName} nests XML elements more than {MaxXmlDepth} deep");
                }
            }
        }
        catch (XmlException ex)
        {
            throw new SpeechLoadException(path, SpeechLoadFailure.MalformedDocx, $"the part {entry.FullName} is not well-formed XML ({ex.Message})", ex);
        }
    }

    private static SpeechLoadException ZipBomb(string? path, string detail) =>
        new(path, SpeechLoadFailure.ZipBomb, $"the DOCX looks like a zip bomb: {detail}");

    private static DocumentMetadata ReadMetadata(WordprocessingDocument document)
    {
        try
        {
            var properties = document.PackageProperties;
            string? title = string.IsNullOrWhiteSpace(properties.Title) ? null : properties.Title.Trim();
            string? author = string.IsNullOrWhiteSpace(properties.Creator) ? null : properties.Creator.Trim();
            DateOnly? date = properties.Created is { } created ? DateOnly.FromDateTime(created) : null;
            return new DocumentMetadata(title, date, author);
        }
        catch (Exception ex) when (ex is System.Xml.XmlException or OpenXmlPackageException or InvalidOperationException or FormatException or IOException)
        {
            // Core properties are optional; a broken core.xml must not lose the text.
            return DocumentMetadata.Empty;
        }
    }
}
