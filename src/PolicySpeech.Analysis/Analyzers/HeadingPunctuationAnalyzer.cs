using System.Collections.Immutable;
using PolicySpeech.Diagnostics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Analyzers;

/// <summary>
/// PS4002: headings of one level and numbering style punctuated inconsistently — some end in 。, others do not.
/// Only headings that stand on their own line are compared (a heading that opens a paragraph always ends its first
/// sentence). The minority is reported; on a tie nothing is. The fix adds or removes the 。 to match the majority.
/// </summary>
public sealed class HeadingPunctuationAnalyzer : SpeechAnalyzer
{
    /// <summary>The PS4002 descriptor.</summary>
    public static DiagnosticDescriptor Rule { get; } = RuleText.Descriptor(
        "PS4002",
        "Inconsistent heading punctuation",
        "The heading '{0}' {1}, unlike {2} of the {3} headings of its level",
        "Structure",
        DiagnosticSeverity.Info,
        "Headings of one level should be punctuated alike: either all end in 。 or none does. The headings that differ from the majority are reported.");

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
        var tree = context.Tree;
        var text = tree.Text;
        var headings = tree.Root.DescendantNodes().OfType<SectionSyntax>()
            .Where(s => s.Heading.Sentence is not null && !s.Heading.OpensParagraph)
            .GroupBy(s => (s.Level, s.Heading.Style));
        foreach (var group in headings)
        {
            var items = group.Select(s => (Heading: s.Heading, Ends: EndsWithFullStop(text, s.Heading))).ToList();
            int ending = items.Count(h => h.Ends);
            int plain = items.Count - ending;
            if (ending == 0 || plain == 0 || ending == plain)
            {
                continue;
            }

            bool majorityEnds = ending > plain;
            int majority = Math.Max(ending, plain);
            foreach (var (heading, ends) in items)
            {
                if (ends == majorityEnds)
                {
                    continue;
                }

                var span = heading.Span;
                var headingText = text.ToString(span);
                TextChange change;
                string state;
                if (majorityEnds)
                {
                    change = new TextChange(new TextSpan(span.End, 0), "。");
                    state = "does not end in '。'";
                }
                else
                {
                    int end = span.End;
                    int start = end;
                    while (start > span.Start && SyntaxFacts.IsSentenceTerminator(text[start - 1]))
                    {
                        start--;
                    }

                    change = new TextChange(TextSpan.FromBounds(start, end), string.Empty);
                    state = $"ends in '{text.ToString(TextSpan.FromBounds(start, end))}'";
                }

                var other = majorityEnds ? "ending in '。'" : "without final punctuation";
                context.ReportDiagnostic(Diagnostic.Create(Rule, RuleText.Location(tree, span), RuleText.Excerpt(headingText, 30), state, majority, items.Count) with
                {
                    Properties = ImmutableDictionary<string, string?>.Empty.Add("majority", majorityEnds ? "terminated" : "unterminated").Add("style", other),
                    Fix = new CodeFix(majorityEnds ? "Add '。'" : "Remove the final punctuation", [change]),
                });
            }
        }
    }

    private static bool EndsWithFullStop(SourceText text, HeadingSyntax heading)
    {
        var span = heading.Span;
        return span.Length > 0 && SyntaxFacts.IsSentenceTerminator(text[span.End - 1]) && text[span.End - 1] is '。' or '．' or '.' or '；' or ';';
    }
}
