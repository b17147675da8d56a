using System.Buffers;
using System.Globalization;

namespace PolicySpeech.Analyzers;

/// <summary>
/// PS2002: a sentence, or a run of consecutive sentences, that repeats an earlier one inside a paragraph or across
/// paragraphs. A repeated run is reported once, spanning the whole run. Short sentences (fewer than eight Han
/// characters, such as 要加强组织领导) do not start a run; paragraphs that PS2001 reports as a whole are skipped, and so is a
/// single list item ending in ； that recurs in another list (target lists of work reports), and an address line (同志们！,
/// 女士们、先生们、朋友们！: <c>Lexicons/Rules/vocatives.txt</c>).
/// </summary>
[SpeechAnalyzer]
internal sealed class DuplicateSentenceAnalyzer() : NodesAnalyzer(BuiltInRules.DuplicateSentence, SyntaxKind.Paragraph, SyntaxKind.Closing)
{
    /// <summary>The repeat and the spaces after it, or the whole line when it fills one.</summary>
    private static TextSpan DeletionSpan(SourceText text, TextSpan span)
    {
        var deletion = RuleText.DeletionSpan(text, span);
        if (deletion != span)
        {
            return deletion;
        }

        int end = span.End;
        while (end < text.Length && SyntaxFacts.IsTriviaSpace(text[end]))
        {
            end++;
        }

        return end < text.Length && !SyntaxFacts.IsLineBreak(text[end]) ? TextSpan.FromBounds(span.Start, end) : span;
    }

    private static bool IsListItem(SourceText text, SentenceSyntax sentence) =>
        sentence.Terminator is { } terminator && text[terminator.Span.Start] is '；' or ';';

    private readonly record struct Unit(SentenceSyntax Sentence, int Paragraph, (ulong A, ulong B) Hash, int HanCount);

    protected override void Analyze(DocumentAnalysisContext context, IReadOnlyList<SyntaxNode> nodes)
    {
        var tree = context.Tree;
        var paragraphs = DuplicateUnits.Paragraphs(tree, nodes);
        var sentences = DuplicateUnits.Sentences(tree, nodes);
        // The units and the table of first occurrences are rented: nothing here grows or stays behind.
        var units = ArrayPool<Unit>.Shared.Rent(Math.Max(1, sentences.Length));
        int count = 0;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            if (paragraphs[p].RepeatOf >= 0)
            {
                continue; // PS2001 reports the whole paragraph
            }

            int s = paragraphs[p].FirstSentence;
            foreach (var child in paragraphs[p].Node.Children)
            {
                var sentence = sentences[s++];
                units[count++] = new Unit((SentenceSyntax)child, p, sentence.Hash, sentence.HanCount);
            }
        }

        var first = new FirstIndexTable(count);
        try
        {
            Find(context, units.AsSpan(0, count), ref first);
        }
        finally
        {
            first.Dispose();
            ArrayPool<Unit>.Shared.Return(units, clearArray: true);
        }
    }

    private static void Find(DocumentAnalysisContext context, ReadOnlySpan<Unit> units, ref FirstIndexTable first)
    {
        var tree = context.Tree;
        var text = tree.Text;
        string? fullText = null;
        int i = 0;
        while (i < units.Length)
        {
            var unit = units[i];
            if (unit.HanCount >= DuplicateUnits.MinHan && first.TryGetValue(unit.Hash, out int j))
            {
                int k = 1;
                while (i + k < units.Length && j + k < i
                    && units[i + k].Paragraph == unit.Paragraph
                    && units[j + k].Paragraph == units[j].Paragraph
                    && units[i + k].Hash == units[j + k].Hash
                    && units[i + k].HanCount > 0)
                {
                    k++;
                }

                if (k == 1 && IsListItem(text, unit.Sentence))
                {
                    i++;
                    continue; // one item of a target list (…；) recurs in another list: normal in work reports
                }

                if (k == 1 && Vocatives.Instance.IsAddressLine(text.ToString(unit.Sentence.Span)))
                {
                    i++;
                    continue; // 女士们、先生们、朋友们！ recurs through a speech on purpose
                }

                if (k == 1 && CitationLines.IsQuotationLeadIn(text.AsSpan(unit.Sentence.Span)))
                {
                    i++;
                    continue; // 正如毛主席指出的：“ introduces a quotation each time (CitationLines)
                }

                var span = TextSpan.FromBounds(unit.Sentence.Span.Start, units[i + k - 1].Sentence.Span.End);
                if (CitationLines.IsPhotoCaption(fullText ??= text.ToString(), span.End))
                {
                    i += k;
                    continue; // a news photo caption, repeated for each photo of one event (CitationLines)
                }

                var firstSpan = TextSpan.FromBounds(units[j].Sentence.Span.Start, units[j + k - 1].Sentence.Span.End);
                var firstLocation = RuleText.Location(tree, firstSpan);
                var line = (firstLocation.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
                var what = k == 1 ? "This sentence" : $"This run of {k} sentences";
                var properties = ImmutableDictionary<string, string?>.Empty
                    .Add("sentences", k.ToString(CultureInfo.InvariantCulture))
                    .Add("firstLine", line);
                var fix = CodeFix.Create(k == 1 ? "Delete the repeated sentence" : "Delete the repeated sentences", [new TextChange(DeletionSpan(text, span), string.Empty)]);
                context.ReportDiagnostic(Diagnostic.Create(BuiltInRules.DuplicateSentence, RuleText.Location(tree, span), [firstLocation], properties, fix, what, line));
                i += k;
                continue;
            }

            first.TryAdd(unit.Hash, i);
            i++;
        }
    }
}
