namespace PolicySpeech.Diagnostics;

/// <summary>
/// What a document start callback gets: the tree and the options, and where to register the node and end callbacks that
/// share the state the analyzer creates for this document.
/// </summary>
public sealed class DocumentStartAnalysisContext : AnalyzerActionContext
{
    private readonly List<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> _nodeActions = [];
    private readonly List<Action<DocumentAnalysisContext>> _endActions = [];
    private readonly List<(List<SyntaxNode> Nodes, ImmutableArray<SyntaxKind> Kinds)> _collectors = [];

    internal DocumentStartAnalysisContext(SpeechSyntaxTree tree, AnalyzerOptions options, CancellationToken cancellationToken)
        : base(tree, options, cancellationToken)
    {
    }

    internal IReadOnlyList<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> NodeActions => _nodeActions;

    internal IReadOnlyList<Action<DocumentAnalysisContext>> EndActions => _endActions;

    /// <summary>The lists that <see cref="CollectNodes"/> registered, with their kinds.</summary>
    internal IReadOnlyList<(List<SyntaxNode> Nodes, ImmutableArray<SyntaxKind> Kinds)> Collectors => _collectors;

    /// <summary>
    /// Has the driver add each node of <paramref name="kinds"/> to <paramref name="nodes"/>, in the order node callbacks see
    /// them, without a callback and a context per node: what a node callback doing <c>nodes.Add(context.Node)</c> does.
    /// </summary>
    /// <param name="nodes">The list to fill.</param>
    /// <param name="kinds">The node kinds.</param>
    internal void CollectNodes(List<SyntaxNode> nodes, params SyntaxKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var (_, checkedKinds) = AnalysisContext.CheckNodeAction(static _ => { }, kinds);
        _collectors.Add((nodes, checkedKinds));
    }

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
