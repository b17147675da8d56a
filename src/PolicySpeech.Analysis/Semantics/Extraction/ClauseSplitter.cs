using PolicySpeech.Syntax;

namespace PolicySpeech.Semantics;

/// <summary>
/// The clauses of a full sentence: the parser's clauses (split at ，、：) joined at 、, so that 孕产期保健、更年期保健…专科 stays one
/// clause — unless the next item opens with a modal verb or, in a zone where every action counts, both open with an action verb.
/// </summary>
internal sealed class ClauseSplitter(ExtractionText doc)
{
    private readonly ExtractionText _doc = doc;

    /// <summary>The clauses of the sentence being read, reused sentence after sentence (the sentences are read one at a time).</summary>
    private readonly List<Clause> _clauses = [];

    /// <summary>The clauses of <paramref name="sentences"/>: the parser's clauses, joined at 、 where it lists objects rather than actions.</summary>
    /// <param name="sentences">The parser's sentences of one full sentence (joined at ；).</param>
    /// <param name="zone">The zone of the paragraph.</param>
    /// <returns>The clauses, in a list this splitter reuses for the next sentence.</returns>
    public List<Clause> Split(List<SentenceSyntax> sentences, Zone zone)
    {
        var clauses = _clauses;
        clauses.Clear();
        bool joinNext = false;
        foreach (var sentence in sentences)
        {
            var children = sentence.Children;
            int last = children.Length - 1;
            while (last >= 0 && children[last] is not ClauseSyntax)
            {
                last--;
            }

            for (int k = 0; k <= last; k++)
            {
                if (children[k] is not ClauseSyntax clause)
                {
                    continue;
                }

                char sep = clause.Separator is { } s ? _doc.Text[s.Span.Start] : '\0';
                if (sep == '\0' && k == last && sentence.Terminator is { Kind: SyntaxKind.TerminatorToken } t && t.Span.Length > 0)
                {
                    sep = _doc.Text[t.Span.Start];
                }

                if (clause.TextToken is not { } token)
                {
                    if (clauses.Count > 0)
                    {
                        clauses[^1] = clauses[^1] with { Separator = sep };
                    }

                    continue;
                }

                // 、 joins list items (孕产期保健、更年期保健…), not a new modal clause (粮食产量1300亿斤以上、力争比去年…).
                if (joinNext && clauses.Count > 0 && !OpensWithModal(token) && !NewActionInList(clauses[^1], token, zone))
                {
                    clauses[^1] = new Clause(clauses[^1].Start, token.Span.End, sep);
                }
                else
                {
                    clauses.Add(new Clause(token.Span.Start, token.Span.End, sep));
                }

                joinNext = sep is '、' or '﹑';
            }
        }

        return clauses;
    }

    /// <summary>
    /// Whether a 、 separates two actions rather than two objects (培育增量、增强能量、提高质量; 总结经验、吸取教训): both the list so
    /// far and the next item open with an action verb (annotation guide §2: one commitment per verb with its own object).
    /// </summary>
    private bool NewActionInList(Clause list, SyntaxToken next, Zone zone)
    {
        if (zone is Zone.Review or Zone.Other)
        {
            return false; // only where every action is a commitment
        }

        var item = _doc.Text.AsSpan(next.Span.Start, next.Span.Length).Trim();
        var head = _doc.ClauseText(list);
        if (item.Length < 4 || head.Length < 4 || item.IndexOfAny("0123456789０１２３４５６７８９*＊") >= 0
            || !_doc.Actions.IsAction(item, throughPreposition: false) || _doc.Actions.IsAction(head[(head.Length - 2)..], throughPreposition: false))
        {
            return false;
        }

        if (_doc.Actions.IsAction(head, throughPreposition: false))
        {
            return true;
        }

        // 各级领导干部要带头增强“四个意识”、坚定“四个自信”: the list's first action is the one after its subject and modal verb.
        var modals = ModalityRecognizer.Recognize(head);
        if (modals.IsEmpty || modals[0].Modality == ModalityKind.Encourage)
        {
            return false;
        }

        var action = head[(modals[0].Span.Start + modals[0].Span.Length)..];
        return action.Length >= 4 && _doc.Actions.IsAction(action, throughPreposition: false);
    }

    private bool OpensWithModal(SyntaxToken token) =>
        ModalityRecognizer.AtStart(_doc.Text.AsSpan(token.Span.Start, token.Span.Length)) is { } modality && modality is not ModalityKind.Encourage;
}
