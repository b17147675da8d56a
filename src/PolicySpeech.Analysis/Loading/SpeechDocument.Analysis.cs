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
    /// default options is cached. The metadata's date, when present, is the reference year unless the options give one.
    /// </summary>
    /// <param name="options">The options, or <see langword="null"/> for <see cref="SemanticOptions.Default"/>.</param>
    /// <returns>The model.</returns>
    /// <example><code>
    /// var model = SpeechDocument.Load("speech.txt").GetSemanticModel(new SemanticOptions { ReferenceYear = 2024 });
    /// Console.WriteLine(model.Commitments.Length);
    /// </code></example>
    public SemanticModel GetSemanticModel(SemanticOptions? options = null)
    {
        if (options is not null && options != SemanticOptions.Default)
        {
            return SemanticModel.Create(GetSyntaxTree(), Metadata, options);
        }

        if (_semanticModel is null)
        {
            Interlocked.CompareExchange(ref _semanticModel, SemanticModel.Create(GetSyntaxTree(), Metadata), null);
        }

        return _semanticModel;
    }
}
