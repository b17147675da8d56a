using PolicySpeech.Syntax;

namespace PolicySpeech.Semantics;

/// <summary>
/// Reads one full sentence: <see cref="SentenceOpening"/> first, then each clause, left to right, through the ordered clause rules —
/// the first rule that reads a clause ends it (Markdig's ordered block parsers driven by one processor are the model).
/// </summary>
internal sealed class SentenceReader
{
    private readonly ExtractionText _doc;
    private readonly SentenceOpening _opening;
    private readonly ModalHeads _heads;
    private readonly IClauseRule[] _rules;
    private readonly ClauseContext _clause = new();

    /// <summary>A reader of the sentences of <paramref name="doc"/> that emits into <paramref name="emitter"/>.</summary>
    public SentenceReader(ExtractionText doc, BlockHistory previousBlocks, Actor defaultActor, CommitmentEmitter emitter, MeasureFilter measures)
    {
        _doc = doc;
        _heads = new ModalHeads(doc, measures);
        var actors = new ActorResolution(doc, defaultActor);
        _opening = new SentenceOpening(doc, new ClauseSplitter(doc), _heads);
        _rules =
        [
            new ColonFrameRule(doc, previousBlocks),
            new CopulaRule(doc, _heads),
            new DeadlineOnlyRule(_heads),
            new DeadlineCarryRule(_heads),
            new ListHeadRule(_heads, actors, emitter),
            new ModalClauseRule(doc, _heads, actors, emitter),
            new PastStatementRule(),
            new HeadingClauseRule(doc, _heads, measures, actors, emitter),
            new TargetClauseRule(doc, _heads, measures, actors, emitter),
        ];
    }

    /// <summary>Reads the sentence made of <paramref name="sentences"/> (the parser's sentences joined at ；).</summary>
    public void Read(List<SentenceSyntax> sentences, string section, ParagraphState state, bool isHeading)
    {
        if (_opening.Open(sentences, section, state, isHeading) is not { } sentence)
        {
            return;
        }

        var clauses = sentence.Clauses;
        for (sentence.Index = 0; sentence.Index < clauses.Count; sentence.Index++)
        {
            var clause = clauses[sentence.Index];
            var text = _doc.ClauseText(clause);
            if (text.IsEmpty)
            {
                continue;
            }

            // A deadline stated inside the sentence does not reach past a ；(a sticky head or frame deadline does).
            if (sentence.Index > 0 && clauses[sentence.Index - 1].Separator is '；' or ';' && !sentence.Sticky)
            {
                sentence.Carried = null;
            }

            var c = _clause;
            c.Reset(clause, sentence);
            // A clause's own past matters only in a sentence that is not in the past as a whole.
            c.Past = sentence.Past || HasPastTime(c.Times) || _doc.Cues.PastsOrStatements.ContainsAny(text) || (!sentence.Plan && _doc.Cues.Comparisons.ContainsAny(text));
            FindOwnDeadline(c, clause);
            foreach (var rule in _rules)
            {
                if (rule.Read(sentence, c))
                {
                    break;
                }
            }
        }
    }

    /// <summary>The clause's own deadline: the first recurrence (not a rate, 每人每月), or the first deadline at its head or after its subject.</summary>
    private void FindOwnDeadline(ClauseContext c, Clause clause)
    {
        foreach (var t in c.Times)
        {
            if (!t.IsDeadline)
            {
                continue;
            }

            if (t.Kind == TimeKind.Recurring)
            {
                if (t.Span.Start >= 2 && _doc.Text[t.Span.Start - 2] == '每')
                {
                    continue; // 每人每月: a rate, not a recurrence
                }

                c.Own = t;
                return;
            }

            var (atHead, afterActor) = _doc.HeadPosition(clause.Start, t.Span.Start);
            if (atHead || afterActor)
            {
                c.Own = t;
                c.OwnAtHead = atHead;
                return;
            }
        }
    }

    /// <summary>
    /// Whether a time of the clause puts it in the past: not a baseline of comparison (比上年增长6%, 较去年增加, 赤字率从去年的2.1%提高到
    /// 2.3%, 与去年相比), which a target of the year states its change against.
    /// </summary>
    private bool HasPastTime(List<TimeMatch> times)
    {
        foreach (var t in times)
        {
            if (t.IsPast && !(t.Span.Start > 0 && _doc.Text[t.Span.Start - 1] is '比' or '较' or '从' or '与' or '同'))
            {
                return true;
            }
        }

        return false;
    }
}
