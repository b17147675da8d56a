using System.Collections.Immutable;
using PolicySpeech.Diagnostics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace Acme.SpeechRules;

/// <summary>
/// ACME001: flags every exclamation mark (full-width <c>！</c> or half-width <c>!</c>) — a house style that keeps formal
/// reports calm. Reports one diagnostic per mark, with a fix that replaces it by <c>。</c>.
/// </summary>
[SpeechAnalyzer]
public sealed class ExclamationMarkAnalyzer : SpeechAnalyzer
{
    /// <summary>The rule's descriptor. IDs outside the <c>PS</c> range are yours to choose; keep them stable.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "ACME001",
        title: "Exclamation mark",
        messageFormat: "Avoid the exclamation mark '{0}' in a formal report",
        category: "Style",
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "House style: formal reports end sentences with 。, not with exclamation marks.",
        helpLinkUri: "https://example.org/speech-rules/ACME001");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) =>
        context.RegisterSyntaxNodeAction(AnalyzeSentence, SyntaxKind.Sentence);

    private static void AnalyzeSentence(SyntaxNodeAnalysisContext context)
    {
        var span = context.Node.Span;
        var text = context.Tree.Text.ToString(span);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '！' or '!')
            {
                var markSpan = new TextSpan(span.Start + i, 1);
                var location = Location.Create(context.Tree.Path, context.Tree.Text, markSpan);
                context.ReportDiagnostic(Diagnostic.Create(Rule, location, text[i]));
            }
        }
    }
}
