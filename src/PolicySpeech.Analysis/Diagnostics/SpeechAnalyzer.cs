namespace PolicySpeech.Diagnostics;

/// <summary>
/// A rule, or a set of rules, that reports diagnostics on a document. Subclass it to add your own: declare the
/// descriptors in <see cref="SupportedDiagnostics"/> and register callbacks in <see cref="Initialize"/>.
/// Callbacks may run concurrently with other analyzers' callbacks; they must not keep mutable state between documents.
/// </summary>
/// <example><code>
/// public sealed class NoExclamationAnalyzer : SpeechAnalyzer
/// {
///     public static readonly DiagnosticDescriptor Rule = new("ACME001", "Exclamation", "Avoid '！'", "Style",
///         DiagnosticSeverity.Info, true, "House style avoids exclamation marks.", "https://example.org/ACME001");
///     public override ImmutableArray&lt;DiagnosticDescriptor&gt; SupportedDiagnostics =&gt; [Rule];
///     public override void Initialize(AnalysisContext context) =&gt;
///         context.RegisterSyntaxNodeAction(c =&gt; { if (c.Node.ToString().Contains('！')) c.ReportDiagnostic(Diagnostic.Create(Rule, c.Node.GetLocation())); }, SyntaxKind.Sentence);
/// }
/// </code></example>
public abstract class SpeechAnalyzer
{
    /// <summary>The descriptors of every diagnostic the analyzer can report.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Registers the analyzer's callbacks. Called once per analyzer instance per driver.</summary>
    /// <param name="context">Where to register.</param>
    public abstract void Initialize(AnalysisContext context);

    /// <summary>The analyzer's name as reports show it: its type name.</summary>
    public virtual string Name => GetType().Name;
}
