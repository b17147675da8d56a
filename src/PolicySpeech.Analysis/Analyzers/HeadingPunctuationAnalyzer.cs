namespace PolicySpeech.Analyzers;

/// <summary>
/// PS4002: headings of one list (one level and numbering style under one parent) punctuated inconsistently — some end in 。,
/// others do not.
/// Only headings that stand on their own line are compared (a heading that opens a paragraph always ends its first
/// sentence). The minority is reported; on a tie nothing is. The fix adds or removes the 。 to match the majority.
/// </summary>
[SpeechAnalyzer]
internal sealed class HeadingPunctuationAnalyzer() : NodesAnalyzer(BuiltInRules.HeadingPunctuation, SyntaxKind.Section, SyntaxKind.Subsection, SyntaxKind.Item)
{
    protected override void Analyze(DocumentAnalysisContext context, IReadOnlyList<SyntaxNode> nodes)
    {
        var tree = context.Tree;
        var text = tree.Text;
        foreach (var group in Groups(tree, nodes))
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
                var properties = ImmutableDictionary<string, string?>.Empty.Add("majority", majorityEnds ? "terminated" : "unterminated").Add("style", other);
                var fix = CodeFix.Create(majorityEnds ? "Add '。'" : "Remove the final punctuation", [change]);
                context.ReportDiagnostic(Diagnostic.Create(Rule, RuleText.Location(tree, span), null, properties, fix, RuleText.Excerpt(headingText, 30), state, majority, items.Count));
            }
        }
    }

    /// <summary>
    /// The standalone headings grouped by parent, level, style and list: the subheadings of each part are compared among
    /// themselves, and a heading numbered 1 under the same parent as the previous heading of its level and style starts a new
    /// list (an appendix), whose punctuation is its own.
    /// Headings whose quotes or brackets do not balance, or that end in a comma, were cut by a hard line break and are left out.
    /// </summary>
    private static IEnumerable<List<SectionSyntax>> Groups(SpeechSyntaxTree tree, IReadOnlyList<SyntaxNode> nodes)
    {
        var groups = new Dictionary<(int Parent, int Level, HeadingStyle Style, int List), List<SectionSyntax>>();
        var lists = new Dictionary<(int, HeadingStyle), (int List, SyntaxNode? Parent)>();
        foreach (var section in nodes.Cast<SectionSyntax>())
        {
            var heading = section.Heading;
            var key = (section.Level, heading.Style);
            var (list, parent) = lists.GetValueOrDefault(key, (0, null));
            if (heading.Number == 1 && parent is not null && ReferenceEquals(parent, section.Parent))
            {
                list++;
            }

            lists[key] = (list, section.Parent);
            if (heading.Sentence is null || heading.OpensParagraph || !Balanced(tree.Text.AsSpan(heading.Span)) || EndsMidSentence(tree.Text.AsSpan(heading.Span)))
            {
                continue;
            }

            // One list of siblings: a long report punctuates the subheadings of one part as sentences (（一）…。 in its review
            // of the year) and those of another as titles, each part consistently.
            var group = (section.Parent?.Span.Start ?? -1, section.Level, heading.Style, list);
            if (!groups.TryGetValue(group, out var members))
            {
                groups[group] = members = [];
            }

            members.Add(section);
        }

        return groups.Values;
    }

    /// <summary>Whether a heading line ends in a comma or an enumeration comma: a sentence that a hard line break cut (一律实行“五定”，⏎即定…).</summary>
    private static bool EndsMidSentence(ReadOnlySpan<char> s)
    {
        s = s.TrimEnd();
        return s.Length > 0 && s[^1] is '，' or ',' or '、';
    }

    private static bool Balanced(ReadOnlySpan<char> s)
    {
        int quotes = 0, brackets = 0, titles = 0;
        foreach (var c in s)
        {
            switch (c)
            {
                case '“': quotes++; break;
                case '”': quotes--; break;
                case '（' or '(': brackets++; break;
                case '）' or ')': brackets--; break;
                case '《': titles++; break;
                case '》': titles--; break;
            }
        }

        return quotes == 0 && brackets == 0 && titles == 0;
    }

    private static bool EndsWithFullStop(SourceText text, HeadingSyntax heading)
    {
        var span = heading.Span;
        return span.Length > 0 && SyntaxFacts.IsSentenceTerminator(text[span.End - 1]) && text[span.End - 1] is '。' or '．' or '.' or '；' or ';';
    }
}
