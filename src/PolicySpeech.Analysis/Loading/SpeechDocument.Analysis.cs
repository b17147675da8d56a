using PolicySpeech.Semantics;
using PolicySpeech.Syntax;

namespace PolicySpeech.Loading;

/// <content>The document's analyses, computed on first use and cached (thread-safe).</content>
public sealed partial class SpeechDocument
{
    private SpeechSyntaxTree? _syntaxTree;
    private SemanticModel? _semanticModel;

    /// <summary>The document's syntax tree, parsed on first use.</summary>
    /// <returns>The tree.</returns>
    /// <example><code>
    /// var document = SpeechDocument.Load("speech.txt");
    /// Console.WriteLine(document.GetSyntaxTree().Root.Title);
    /// </code></example>
    public SpeechSyntaxTree GetSyntaxTree()
    {
        if (_syntaxTree is null)
        {
            Interlocked.CompareExchange(ref _syntaxTree, SpeechSyntaxTree.Parse(Text, Path), null);
        }

        return _syntaxTree;
    }

    /// <summary>
    /// The document's semantic model (reference year, jurisdiction, commitments), built on first use; the model for the
    /// reference year the document gives itself is cached. The metadata's date, when present, is the reference year unless
    /// the caller gives one.
    /// </summary>
    /// <param name="referenceYear">
    /// The year that relative time expressions (今年, 明年, 年内) are resolved against, as the caller knows it;
    /// <see langword="null"/> to take it from the metadata or infer it from the text.
    /// </param>
    /// <returns>The model.</returns>
    /// <example><code>
    /// var model = SpeechDocument.Load("speech.txt").GetSemanticModel(referenceYear: 2024);
    /// Console.WriteLine(model.Commitments.Length);
    /// </code></example>
    public SemanticModel GetSemanticModel(int? referenceYear = null)
    {
        if (referenceYear is not null)
        {
            return SemanticModel.Create(GetSyntaxTree(), Metadata, referenceYear);
        }

        if (_semanticModel is null)
        {
            Interlocked.CompareExchange(ref _semanticModel, SemanticModel.Create(GetSyntaxTree(), Metadata), null);
        }

        return _semanticModel;
    }
}
