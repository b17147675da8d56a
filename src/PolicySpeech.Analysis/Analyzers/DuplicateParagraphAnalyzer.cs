using System.Collections.Immutable;
using System.Globalization;
using PolicySpeech.Diagnostics;
using PolicySpeech.Text;

namespace PolicySpeech.Analyzers;

/// <summary>PS2001: a paragraph that repeats an earlier one exactly (after normalising white space and punctuation width).</summary>
public sealed class DuplicateParagraphAnalyzer : SpeechAnalyzer
{
    /// <summary>The PS2001 descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = RuleText.Descriptor(
        "PS2001",
        "Duplicated paragraph",
        "This paragraph repeats the paragraph on line {0}",
        "Repetition",
        DiagnosticSeverity.Warning,
        "A paragraph appears twice. White space and the width of punctuation are ignored when comparing. Usually a copy-paste slip: delete one copy.");

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        var paragraphs = DuplicateUnits.Paragraphs(context.Tree);
        var text = context.Tree.Text.ToString();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.RepeatOf < 0)
            {
                continue;
            }

            if (CitationLines.IsBookTitleLine(text, paragraph.Node.Span.Start, paragraph.Node.Span.End))
            {
                continue; // a title cited again, set on a line of its own inside 《 》 (CitationLines)
            }

            var first = paragraphs[paragraph.RepeatOf].Node.GetLocation();
            var line = (first.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
            context.ReportDiagnostic(Diagnostic.Create(Rule, paragraph.Node.GetLocation(), line) with
            {
                AdditionalLocations = [first],
                Properties = ImmutableDictionary<string, string?>.Empty.Add("firstLine", line),
                Fix = new CodeFix("Delete the repeated paragraph", [new TextChange(RuleText.DeletionSpan(context.Tree.Text, paragraph.Node.Span), string.Empty)]),
            });
        }
    }
}
