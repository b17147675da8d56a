namespace PolicySpeech.Analyzers;

/// <summary>A built-in rule: one descriptor of <see cref="BuiltInRules"/>.</summary>
/// <param name="rule">The rule's descriptor.</param>
internal abstract class BuiltInAnalyzer(DiagnosticDescriptor rule) : SpeechAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public DiagnosticDescriptor Rule { get; } = rule;

    /// <inheritdoc/>
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc/>
    public sealed override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Register(context);
    }

    /// <summary>Registers the rule's callbacks (what <see cref="Initialize"/> does once the context is checked).</summary>
    /// <param name="context">The context to register on.</param>
    protected abstract void Register(AnalysisContext context);
}
