using PolicySpeech.Syntax;

namespace PolicySpeech.Loading;

/// <content>The document's analyses, computed on first use and cached (thread-safe).</content>
public sealed partial class SpeechDocument
{
    private SpeechSyntaxTree? _syntaxTree;

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
}
