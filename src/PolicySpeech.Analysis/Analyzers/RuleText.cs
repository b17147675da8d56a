using System.Text;

namespace PolicySpeech.Analyzers;

/// <summary>Character classes, structural nodes, normalisation and hashing shared by the built-in rules.</summary>
internal static class RuleText
{
    /// <summary>
    /// The document's structural nodes in text order — lines, sections, headings, paragraphs and the closing — without
    /// descending into sentences, clauses and tokens (much cheaper than <see cref="SyntaxNode.DescendantNodes"/>).
    /// </summary>
    public static IReadOnlyList<SyntaxNode> StructuralNodes(SpeechSyntaxTree tree) =>
        tree.GetOrCreateAnalysisData(static t =>
        {
            var result = new List<SyntaxNode>();
            Collect(t.Root, result);
            return new StructuralNodeList(result);
        }).Nodes;

    private sealed class StructuralNodeList(List<SyntaxNode> nodes)
    {
        public IReadOnlyList<SyntaxNode> Nodes { get; } = nodes.AsReadOnly();
    }

    private static void Collect(SyntaxNode node, List<SyntaxNode> result)
    {
        foreach (var child in node.Children)
        {
            switch (child.Kind)
            {
                case SyntaxKind.Section:
                case SyntaxKind.Subsection:
                case SyntaxKind.Item:
                    result.Add(child);
                    Collect(child, result);
                    break;
                case SyntaxKind.TitleLine:
                case SyntaxKind.SubtitleLine:
                case SyntaxKind.FrontMatterLine:
                case SyntaxKind.Salutation:
                case SyntaxKind.Heading:
                case SyntaxKind.Paragraph:
                case SyntaxKind.Closing:
                    result.Add(child);
                    break;
            }
        }
    }

    /// <summary>Shortens text for a message: at most <paramref name="max"/> characters, with … when cut.</summary>
    public static string Excerpt(ReadOnlySpan<char> s, int max = 24)
    {
        var trimmed = s.Trim();
        return trimmed.Length <= max ? trimmed.ToString() : string.Concat(trimmed[..max], "…");
    }

    /// <summary>Creates a rule descriptor whose help link is the rule's page.</summary>
    public static Diagnostics.DiagnosticDescriptor Descriptor(
        string id, string title, string messageFormat, string category, Diagnostics.DiagnosticSeverity severity, string description) =>
        new(id, title, messageFormat, category, severity, true, description, Diagnostics.DiagnosticDescriptor.HelpBase + id + ".md");

    /// <summary>The location of <paramref name="span"/> in the tree's document.</summary>
    public static Location Location(SpeechSyntaxTree tree, TextSpan span) => PolicySpeech.Text.Location.Create(tree.Path, tree.Text, span);

    /// <summary>What to delete to remove <paramref name="span"/>: the whole line with its indentation, line break and one following blank line when the span fills its line; otherwise the span itself.</summary>
    public static TextSpan DeletionSpan(SourceText text, TextSpan span)
    {
        int start = span.Start;
        while (start > 0 && SyntaxFacts.IsTriviaSpace(text[start - 1]))
        {
            start--;
        }

        int end = span.End;
        while (end < text.Length && SyntaxFacts.IsTriviaSpace(text[end]))
        {
            end++;
        }

        bool wholeLine = (start == 0 || SyntaxFacts.IsLineBreak(text[start - 1])) && (end == text.Length || SyntaxFacts.IsLineBreak(text[end]));
        if (!wholeLine)
        {
            return span;
        }

        if (end < text.Length && text[end] == '\r')
        {
            end++;
        }

        if (end < text.Length && text[end] == '\n')
        {
            end++;
        }

        // Also take one blank line after it, so that "title / blank / title / blank" loses a pair.
        int probe = end;
        while (probe < text.Length && SyntaxFacts.IsTriviaSpace(text[probe]))
        {
            probe++;
        }

        if (probe < text.Length && SyntaxFacts.IsLineBreak(text[probe]))
        {
            end = probe + (text[probe] == '\r' && probe + 1 < text.Length && text[probe + 1] == '\n' ? 2 : 1);
        }

        return TextSpan.FromBounds(start, end);
    }
}
