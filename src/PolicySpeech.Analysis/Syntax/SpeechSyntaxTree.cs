using System.Collections.Concurrent;
using System.Collections.Immutable;
using PolicySpeech.Diagnostics;
using PolicySpeech.Text;

namespace PolicySpeech.Syntax;

/// <summary>The parsed form of a document: its text, its root and the structural oddities the parser noticed. <c>Root.ToFullString()</c> equals the text.</summary>
public sealed class SpeechSyntaxTree
{
    private ConcurrentDictionary<Type, object>? _analysisCache;

    internal SpeechSyntaxTree(SourceText text, string? path, DocumentSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Path = path;
        Root = root;
        Diagnostics = diagnostics;
        root.AttachTree(this);
    }

    /// <summary>The text the tree was parsed from.</summary>
    public SourceText Text { get; }

    /// <summary>The document's path, if any.</summary>
    public string? Path { get; }

    /// <summary>The root node.</summary>
    public DocumentSyntax Root { get; }

    /// <summary>Structural oddities found while parsing (PS0001, PS0002), in text order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Parses <paramref name="text"/>. Never throws on any text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="path">The document's path, used in locations.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The tree.</returns>
    /// <example><code>
    /// var tree = SpeechSyntaxTree.Parse(SourceText.From(File.ReadAllText("speech.txt")));
    /// foreach (var section in tree.Root.Sections) Console.WriteLine(section.Heading);
    /// </code></example>
    public static SpeechSyntaxTree Parse(SourceText text, string? path = null, CancellationToken cancellationToken = default) =>
        SpeechParser.Parse(text, path, cancellationToken);

    /// <summary>The innermost node whose full span contains <paramref name="position"/>.</summary>
    /// <param name="position">An offset.</param>
    /// <returns>The node.</returns>
    public SyntaxNode FindNode(int position) => Root.FindNode(position);

    /// <summary>The token whose full span contains <paramref name="position"/>.</summary>
    /// <param name="position">An offset.</param>
    /// <returns>The token.</returns>
    public SyntaxToken FindToken(int position) => Root.FindToken(position);

    /// <summary>
    /// Data derived from this tree once and shared by the analyzers that need it (normalised paragraph hashes, blocks),
    /// keyed by its type. The factory must be pure: under a race it may run twice and one result is kept.
    /// </summary>
    internal T GetOrCreateAnalysisData<T>(Func<SpeechSyntaxTree, T> factory)
        where T : class
    {
        var cache = _analysisCache ?? Interlocked.CompareExchange(ref _analysisCache, new ConcurrentDictionary<Type, object>(), null) ?? _analysisCache!;
        if (cache.TryGetValue(typeof(T), out var value))
        {
            return (T)value;
        }

        return (T)cache.GetOrAdd(typeof(T), factory(this));
    }
}
