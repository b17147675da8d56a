using System.Collections.Immutable;
using PolicySpeech.Syntax;

namespace PolicySpeech.Diagnostics;

/// <summary>
/// What a document start callback gets: the tree and the options, and where to register the node and end callbacks that
/// share the state the analyzer creates for this document.
/// </summary>
public sealed class DocumentStartAnalysisContext
{
    private readonly List<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> _nodeActions = [];
    private readonly List<Action<DocumentAnalysisContext>> _endActions = [];

    internal DocumentStartAnalysisContext(SpeechSyntaxTree tree, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        Tree = tree;
        Options = options;
        CancellationToken = cancellationToken;
    }

    /// <summary>The document's tree.</summary>
    public SpeechSyntaxTree Tree { get; }

    /// <summary>The options in effect (configuration, accepted words, per-rule settings).</summary>
    public AnalyzerOptions Options { get; }

    /// <summary>Signals that the analysis is no longer wanted.</summary>
    public CancellationToken CancellationToken { get; }

    internal IReadOnlyList<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> NodeActions => _nodeActions;

    internal IReadOnlyList<Action<DocumentAnalysisContext>> EndActions => _endActions;

    /// <summary>Calls <paramref name="action"/> for every node of this document of the given kinds, in text order.</summary>
    /// <param name="action">The callback.</param>
    /// <param name="kinds">The node kinds.</param>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> is empty.</exception>
    public void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds) =>
        _nodeActions.Add(AnalysisContext.CheckNodeAction(action, kinds));

    /// <summary>Calls <paramref name="action"/> once after every node callback of this document has run.</summary>
    /// <param name="action">The callback.</param>
    public void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _endActions.Add(action);
    }
}
