using System.Text;

namespace PolicySpeech.Loading;

/// <summary>Limits and choices for <see cref="SpeechDocument.Load(string, LoadOptions?)"/>. The defaults suit speeches and reports.</summary>
public sealed record LoadOptions
{
    /// <summary>The default options.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>The largest file accepted, in bytes (default 64 MB); a larger file fails with <see cref="SpeechLoadFailure.TooLarge"/> before it is parsed.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The most breaks a document's text may have (default 800,000): line breaks, sentence ends (。！？；) and clause
    /// separators (，、：), each of which starts syntax nodes. More fails with <see cref="SpeechLoadFailure.TooLarge"/> before
    /// the text is parsed: memory grows with the number of nodes, and a file of millions of short lines or clauses under
    /// <see cref="MaxFileBytes"/> would need several gigabytes (docs/security.md). A real speech has a few thousand; 20 MB of real speeches has 600,000.
    /// </summary>
    public int MaxBreaks { get; init; } = 800_000;

    /// <summary>The most bytes the entries of a DOCX may expand to in total (default 256 MB); more fails with <see cref="SpeechLoadFailure.ZipBomb"/>.</summary>
    public long MaxUncompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The highest expansion ratio (uncompressed ÷ compressed) of one DOCX entry larger than 1 MB (default 100); more fails with <see cref="SpeechLoadFailure.ZipBomb"/>.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>An encoding to decode plain text and HTML with, instead of detecting it; <see langword="null"/> (the default) detects.</summary>
    public Encoding? Encoding { get; init; }
}
