namespace PolicySpeech;

/// <summary>
/// A document for <see cref="DocumentAnalyzer.AnalyzeManyAsync(IAsyncEnumerable{DocumentSource}, int, CancellationToken)"/>
/// that is not a file on disk: a name and a way to open its bytes.
/// </summary>
/// <param name="Name">
/// The document's file name or path: its extension selects the format (.txt, .html/.htm, .docx), it becomes the
/// document's <see cref="Loading.SpeechDocument.Path"/>, and the <c>policyspeech.json</c> search starts from its folder.
/// </param>
/// <param name="Open">Opens the document's bytes; called once, on a worker, when the document's turn comes. The stream is disposed after reading.</param>
/// <example><code>
/// var source = new DocumentSource("2024/speech.txt", () => new MemoryStream(bytes));
/// </code></example>
public sealed record DocumentSource(string Name, Func<Stream> Open);
