using System.Globalization;

namespace PolicySpeech.Analyzers;

/// <summary>PS2001: a paragraph that repeats an earlier one exactly (after normalising white space and punctuation width).</summary>
[SpeechAnalyzer]
internal sealed class DuplicateParagraphAnalyzer() : NodesAnalyzer(BuiltInRules.DuplicateParagraph, SyntaxKind.Paragraph, SyntaxKind.Closing)
{
    protected override void Analyze(DocumentAnalysisContext context, IReadOnlyList<SyntaxNode> nodes)
    {
        var paragraphs = DuplicateUnits.Paragraphs(context.Tree, nodes);
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
            var fix = CodeFix.Create("Delete the repeated paragraph", [new TextChange(RuleText.DeletionSpan(context.Tree.Text, paragraph.Node.Span), string.Empty)]);
            var properties = ImmutableDictionary<string, string?>.Empty.Add("firstLine", line);
            context.ReportDiagnostic(Diagnostic.Create(Rule, paragraph.Node.GetLocation(), [first], properties, fix, line));
        }
    }
}
