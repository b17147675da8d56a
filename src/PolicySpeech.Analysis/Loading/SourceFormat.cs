namespace PolicySpeech.Loading;

/// <summary>The kind of file a <see cref="SpeechDocument"/> was loaded from.</summary>
public enum SourceFormat
{
    /// <summary>Plain text (UTF-8, UTF-16 or GB18030/GBK), or text given as a string.</summary>
    PlainText,

    /// <summary>An HTML page; the text is the page body in reading order.</summary>
    Html,

    /// <summary>A Word document (Office Open XML); the text is the body's paragraphs with their automatic numbering.</summary>
    Docx,
}
