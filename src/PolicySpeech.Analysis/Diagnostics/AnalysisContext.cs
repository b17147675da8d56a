using System.Collections.Immutable;
using PolicySpeech.Syntax;

namespace PolicySpeech.Diagnostics;

/// <summary>Where an analyzer registers its callbacks in <see cref="SpeechAnalyzer.Initialize"/>.</summary>
public sealed class AnalysisContext
{
    private readonly List<(Action<NodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> _nodeActions = [];
    private readonly List<Action<DocumentAnalysisContext>> _documentActions = [];

    internal AnalysisContext()
    {
    }

    internal IReadOnlyList<(Action<NodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> NodeActions => _nodeActions;

    internal IReadOnlyList<Action<DocumentAnalysisContext>> DocumentActions => _documentActions;

    /// <summary>Calls <paramref name="action"/> for every node of the given kinds.</summary>
    /// <param name="action">The callback.</param>
    /// <param name="kinds">The node kinds, such as <see cref="SyntaxKind.Paragraph"/> or <see cref="SyntaxKind.Heading"/>.</param>
    public void RegisterNodeAction(Action<NodeAnalysisContext> action, params SyntaxKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Length == 0)
        {
            throw new ArgumentException("Name at least one node kind.", nameof(kinds));
        }

        _nodeActions.Add((action, [.. kinds]));
    }

    /// <summary>Calls <paramref name="action"/> once for the whole document.</summary>
    /// <param name="action">The callback.</param>
    public void RegisterDocumentAction(Action<DocumentAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _documentActions.Add(action);
    }
}
