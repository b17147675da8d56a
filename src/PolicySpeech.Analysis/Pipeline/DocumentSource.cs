namespace PolicySpeech;

/// <summary>
/// A document for <see cref="DocumentAnalyzer.AnalyzeManyAsync(IAsyncEnumerable{DocumentSource}, int, CancellationToken)"/>
/// that is not a file on disk: a name and a way to open its bytes.
/// </summary>
/// <example><code>
/// var source = new DocumentSource("2024/speech.txt", () => new MemoryStream(bytes));
/// </code></example>
public sealed class DocumentSource
{
    /// <summary>Creates a document source.</summary>
    /// <param name="name">The document's file name or path (see <see cref="Name"/>).</param>
    /// <param name="open">Opens the document's bytes (see <see cref="Open"/>).</param>
    public DocumentSource(string name, Func<Stream> open)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(open);
        Name = name;
        Open = open;
    }

    /// <summary>
    /// The document's file name or path: its extension selects the format (.txt, .html/.htm, .docx), it becomes the
    /// document's <see cref="Loading.SpeechDocument.Path"/>, and the <c>policyspeech.json</c> search starts from its folder.
    /// </summary>
    public string Name { get; }

    /// <summary>Opens the document's bytes; called once, on a worker, when the document's turn comes. The stream is disposed after reading.</summary>
    public Func<Stream> Open { get; }
}
