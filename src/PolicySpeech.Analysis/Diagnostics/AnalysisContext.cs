namespace PolicySpeech.Diagnostics;

/// <summary>
/// Where an analyzer registers its callbacks in <see cref="SpeechAnalyzer.Initialize"/>. The driver walks each tree once and
/// hands every node to the callbacks registered for its kind, in text order; a rule that needs state across the nodes of
/// one document registers it in <see cref="RegisterDocumentStartAction"/>.
/// </summary>
public sealed class AnalysisContext
{
    private readonly List<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> _nodeActions = [];
    private readonly List<Action<DocumentAnalysisContext>> _documentActions = [];
    private readonly List<Action<DocumentStartAnalysisContext>> _startActions = [];
    private readonly List<Action<SemanticModelAnalysisContext>> _semanticModelActions = [];

    internal AnalysisContext()
    {
    }

    internal IReadOnlyList<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> NodeActions => _nodeActions;

    internal IReadOnlyList<Action<DocumentAnalysisContext>> DocumentActions => _documentActions;

    internal IReadOnlyList<Action<DocumentStartAnalysisContext>> DocumentStartActions => _startActions;

    internal IReadOnlyList<Action<SemanticModelAnalysisContext>> SemanticModelActions => _semanticModelActions;

    /// <summary>Calls <paramref name="action"/> for every node of the given kinds, in text order.</summary>
    /// <param name="action">The callback.</param>
    /// <param name="kinds">The node kinds, such as <see cref="SyntaxKind.Paragraph"/>, <see cref="SyntaxKind.Heading"/> or <see cref="SyntaxKind.Sentence"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="kinds"/> is empty.</exception>
    public void RegisterSyntaxNodeAction(Action<SyntaxNodeAnalysisContext> action, params SyntaxKind[] kinds) =>
        _nodeActions.Add(CheckNodeAction(action, kinds));

    /// <summary>Calls <paramref name="action"/> once for the whole document.</summary>
    /// <param name="action">The callback.</param>
    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _documentActions.Add(action);
    }

    /// <summary>
    /// Calls <paramref name="action"/> when a document's analysis starts: there the analyzer creates its state for that
    /// document and registers node callbacks and an end callback that share it (as Roslyn's compilation start actions).
    /// </summary>
    /// <param name="action">The callback.</param>
    public void RegisterDocumentStartAction(Action<DocumentStartAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _startActions.Add(action);
    }

    /// <summary>
    /// Calls <paramref name="action"/> once per document with its <see cref="Semantics.SemanticModel"/>. The driver builds the
    /// model only when some analyzer registers this action, once per document, and shares it with the caller.
    /// </summary>
    /// <param name="action">The callback.</param>
    public void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _semanticModelActions.Add(action);
    }

    internal static (Action<SyntaxNodeAnalysisContext>, ImmutableArray<SyntaxKind>) CheckNodeAction(Action<SyntaxNodeAnalysisContext> action, SyntaxKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Length == 0)
        {
            throw new ArgumentException("Name at least one node kind.", nameof(kinds));
        }

        return (action, [.. kinds]);
    }
}
