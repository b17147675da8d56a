namespace PolicySpeech.Loading;

/// <summary>Why a file could not be loaded.</summary>
public enum SpeechLoadFailure
{
    /// <summary>The file could not be read at all: it does not exist, is a directory, access was denied, or the read failed.</summary>
    Unreadable,

    /// <summary>The file is binary, not text (NUL bytes or mostly control characters without a UTF-16 byte order mark).</summary>
    Binary,

    /// <summary>The bytes are neither valid UTF-8 nor valid GB18030, or the declared character set is unknown.</summary>
    UnknownEncoding,

    /// <summary>The file claims to be a DOCX but is not a readable Word document (truncated, corrupt, or a zip without a Word body).</summary>
    MalformedDocx,

    /// <summary>The DOCX's zip entries expand past <see cref="LoadOptions.MaxUncompressedBytes"/> or <see cref="LoadOptions.MaxCompressionRatio"/>.</summary>
    ZipBomb,

    /// <summary>The file is larger than <see cref="LoadOptions.MaxFileBytes"/>, or its text has more breaks (lines, sentences, clauses) than <see cref="LoadOptions.MaxBreaks"/>, or its analysis more than 150,000 findings.</summary>
    TooLarge,

    /// <summary>The HTML could not be parsed into a document.</summary>
    MalformedHtml,
}
