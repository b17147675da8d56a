using System.Globalization;

namespace PolicySpeech.Analyzers;

/// <summary>
/// PS2003: a line — the title, a subtitle, a heading, or a short line without a sentence end — written again.
/// A title written three times gives one finding for each repeat, each pointing at the first.
/// </summary>
[SpeechAnalyzer]
internal sealed class RepeatedLineAnalyzer() : NodesAnalyzer(BuiltInRules.RepeatedLine, SyntaxKind.TitleLine, SyntaxKind.SubtitleLine, SyntaxKind.FrontMatterLine, SyntaxKind.Heading, SyntaxKind.Paragraph)
{
    /// <summary>Lines of this many characters or fewer (and no sentence end) count as lines rather than paragraphs.</summary>
    internal const int MaxShortLine = 40;

    protected override void Analyze(DocumentAnalysisContext context, IReadOnlyList<SyntaxNode> nodes)
    {
        var tree = context.Tree;
        var text = tree.Text;
        var fullText = text.ToString();
        var first = new Dictionary<(ulong, ulong), TextSpan>();
        foreach (var node in nodes)
        {
            if (!IsLine(node, text))
            {
                continue;
            }

            var span = node.Span;
            var chars = text.AsSpan(span);
            if (SyntaxFacts.HanCount(chars) < 4)
            {
                continue;
            }

            if (CitationLines.IsQuotationLeadIn(chars) || CitationLines.IsBookTitleLine(fullText, span.Start, span.End))
            {
                continue; // 毛主席指出：“ or a title split out of 《 》 by line breaks: cited again on purpose (CitationLines)
            }

            var hash = TextNormalization.NormalizedHash(chars, out _);
            if (!first.TryGetValue(hash, out var earlier))
            {
                first[hash] = span;
                continue;
            }

            var firstLocation = RuleText.Location(tree, earlier);
            var line = (firstLocation.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
            var deletion = RuleText.DeletionSpan(text, span);
            var fix = CodeFix.Create("Delete the repeated line", [new TextChange(deletion, string.Empty)]);
            var properties = ImmutableDictionary<string, string?>.Empty.Add("firstLine", line);
            context.ReportDiagnostic(Diagnostic.Create(Rule, RuleText.Location(tree, span), [firstLocation], properties, fix, RuleText.Excerpt(chars, 40), line));
        }
    }

    private static bool IsLine(SyntaxNode node, SourceText text)
    {
        switch (node.Kind)
        {
            case SyntaxKind.TitleLine:
            case SyntaxKind.SubtitleLine:
            case SyntaxKind.FrontMatterLine:
                return true;
            case SyntaxKind.Heading:
                return !((HeadingSyntax)node).OpensParagraph;
            case SyntaxKind.Paragraph:
                if (node.Span.Length > MaxShortLine)
                {
                    return false;
                }

                foreach (var c in text.AsSpan(node.Span))
                {
                    if (SyntaxFacts.IsSentenceTerminator(c) || c is '，' or ',')
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}
