using PolicySpeech.Semantics;

namespace PolicySpeech.Analyzers;

/// <summary>
/// PS1001: the redacted placeholders the semantic model recognised (<see cref="SemanticModel.Placeholders"/>) — runs of <c>*</c>/<c>＊</c>, <c>××</c>, <c>XX</c>, <c>○○</c> and <c>□</c> that stand for
/// removed content. Each run is classified by the property <c>kind</c>: <c>number</c> (a unit or % follows, property
/// <c>unit</c>), <c>name</c> (part of a name or a quoted title) or <c>unknown</c>. Footnote stars, <c>X光</c>,
/// <c>XX-1型</c>-like product codes and ○ used as zero (二○二四) are not reported.
/// </summary>
[SpeechAnalyzer]
internal sealed class PlaceholderAnalyzer() : BuiltInAnalyzer(BuiltInRules.RedactedPlaceholder)
{
    /// <inheritdoc/>
    protected override void Register(AnalysisContext context) => context.RegisterSemanticModelAction(Analyze);

    private static void Analyze(SemanticModelAnalysisContext context)
    {
        var tree = context.Tree;
        foreach (var placeholder in context.SemanticModel.Placeholders)
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add("kind", KindName(placeholder.Kind));
            if (placeholder.Unit is not null)
            {
                properties = properties.Add("unit", placeholder.Unit);
            }

            var description = placeholder.Kind switch
            {
                PlaceholderKind.Number => placeholder.Unit is null ? "a number" : $"a number of {placeholder.Unit}",
                PlaceholderKind.Name => "part of a name",
                _ => "unknown content",
            };
            context.ReportDiagnostic(Diagnostic.Create(BuiltInRules.RedactedPlaceholder, RuleText.Location(tree, placeholder.Span), null, properties, null, placeholder.Text, description));
        }
    }

    /// <summary>The value of the property <c>kind</c> (a contract: number, name, unknown).</summary>
    private static string KindName(PlaceholderKind kind) => kind switch
    {
        PlaceholderKind.Number => "number",
        PlaceholderKind.Name => "name",
        _ => "unknown",
    };
}
