namespace PolicySpeech.Analyzers;

/// <summary>A built-in rule: one descriptor of <see cref="BuiltInRules"/>.</summary>
/// <param name="rule">The rule's descriptor.</param>
internal abstract class BuiltInAnalyzer(DiagnosticDescriptor rule) : SpeechAnalyzer
{
    /// <summary>The rule's descriptor.</summary>
    public DiagnosticDescriptor Rule { get; } = rule;

    /// <inheritdoc/>
    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];
}
