namespace PolicySpeech.Analyzers;

/// <summary>
/// A built-in rule that compares nodes of a document with each other: the driver hands it the document's nodes of its
/// kinds, in text order, and it reports once they have all been seen.
/// </summary>
/// <param name="rule">The rule's descriptor.</param>
/// <param name="kinds">The node kinds the rule reads.</param>
internal abstract class NodesAnalyzer(DiagnosticDescriptor rule, params SyntaxKind[] kinds) : BuiltInAnalyzer(rule)
{
    /// <inheritdoc/>
    protected sealed override void Register(AnalysisContext context)
    {
        context.RegisterDocumentStartAction(start =>
        {
            var nodes = new List<SyntaxNode>();
            start.CollectNodes(nodes, kinds);
            start.RegisterDocumentEndAction(end => Analyze(end, nodes));
        });
    }

    /// <summary>Analyses the document once the driver has handed over every node of the rule's kinds.</summary>
    /// <param name="context">The document.</param>
    /// <param name="nodes">The nodes of the rule's kinds, in text order.</param>
    protected abstract void Analyze(DocumentAnalysisContext context, IReadOnlyList<SyntaxNode> nodes);
}
