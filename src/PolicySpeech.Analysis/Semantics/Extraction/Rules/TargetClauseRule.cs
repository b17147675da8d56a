namespace PolicySpeech.Semantics;

/// <summary>
/// A clause without a modal verb: a target when it follows a colon frame, has a deadline of its own at its head (到2025年…, 定期开展…),
/// or carries a measure in a governed sentence or a plan zone, or a firm deadline stated earlier applies; its modality is the
/// governing modal verb's, else plan. Otherwise, where every action counts, a clause that opens with a verb of its own is a task.
/// </summary>
internal sealed class TargetClauseRule(ExtractionText doc, ModalHeads heads, MeasureFilter measures, ActorResolution actors, CommitmentEmitter emitter) : IClauseRule
{
    /// <inheritdoc/>
    public bool Read(SentenceContext sentence, ClauseContext clause)
    {
        var c = clause.Clause;
        var own = clause.Own;
        var values = clause.Values(measures, sentence);
        string text = doc.Text;
        bool ownCounts = own is not null && (values.Count > 0 || (own.Kind == TimeKind.Recurring
            ? doc.HeadPosition(c.Start, own.Span.Start) is { AtHead: true } or { AfterActor: true }
                || text.AsSpan(own.Span.End, c.End - own.Span.End).Contains("至少", StringComparison.Ordinal)
                || text.AsSpan(own.Span.End, c.End - own.Span.End).Contains("一次", StringComparison.Ordinal)
            : SentenceTimes.IsFirm(own)));
        var carried = sentence.Carried;
        bool target = sentence.Frame
            || (sentence.InheritedFrame && values.Count > 0)
            || ownCounts
            || (values.Count > 0 && (sentence.Governing is not null || sentence.Plan || carried is not null))
            || (carried is not null && SentenceTimes.IsFirm(carried) && (sentence.Governing is null || sentence.Sticky));
        if (values.Count == 0 && !sentence.Frame && ModalHeads.EndsWithAny(doc.ClauseText(clause.Original), doc.Cues.Statives))
        {
            return true;
        }

        if (!target)
        {
            // In a plan, outlook, conduct or directive zone — or governed by a modal verb earlier in the sentence — every clause
            // that opens with a verb of its own is a commitment (完善现代文化产业体系，建设西部创意产业集聚区).
            if ((sentence.Covers || sentence.Governing is not null) && (sentence.Zone != Zone.Other || sentence.Governing is not null) && doc.Actions.IsAction(heads.StripHead(c, own), general: sentence.Plan))
            {
                // A bare task takes the paragraph's subject in a speech's directive (我们将继续推动…。完善外商投资…), or where a modal
                // verb of its sentence governs it; in a plan it is the government's again (银行要调整信贷结构。加快建立现代金融制度).
                var bare = actors.ModalLessActor(c, sentence.Paragraph, sentence.Zone == Zone.Directive || sentence.Governing is not null || ModalHeads.HasModalBefore(sentence.Modals, c.Start));
                emitter.Emit(sentence, new EmitRegion(c.Start, c.End, bare, null, sentence.Governing?.Modality ?? ModalityKind.Plan, clause.Deadline, bare.Explicit ? bare.Span : null));
            }
            else if (sentence.Covers && sentence.Zone != Zone.Other && values.Count == 0 && WrittenSubjectOfAction(c) is { } subject)
            {
                // 中国奉行独立自主的和平外交政策; 我们呼吁各国维护国际法: a written subject that can act, then an action.
                var written = subject.ToActor();
                sentence.Paragraph.CarriedActor = written;
                emitter.Emit(sentence, new EmitRegion(c.Start, c.End, written, null, sentence.Governing?.Modality ?? ModalityKind.Plan, clause.Deadline, written.Span));
            }
            else if (sentence.Plan && values.Count == 0 && doc.Cues.IsResultState(doc.ClauseText(c)))
            {
                // A goal of a plan or outlook stated as a state (自主创新能力显著提高, 新农村建设取得重大进展): the government's.
                var state = actors.ModalLessActor(c, sentence.Paragraph, governed: false);
                emitter.Emit(sentence, new EmitRegion(c.Start, c.End, state, null, sentence.Governing?.Modality ?? ModalityKind.Plan, clause.Deadline, state.Explicit ? state.Span : null));
            }

            return true;
        }

        var actor = actors.ModalLessActor(c, sentence.Paragraph, sentence.Governing is not null || ModalHeads.HasModalBefore(sentence.Modals, c.Start));
        emitter.Emit(sentence, new EmitRegion(c.Start, c.End, actor, null, sentence.ModalLessModality, clause.Deadline, actor.Explicit ? actor.Span : null));
        return true;
    }

    /// <summary>The longest subject a clause may open with before its verb.</summary>
    private const int MaxSubject = 10;

    /// <summary>The longest adverb between a written subject and its verb (始终, 一定).</summary>
    private const int MaxAdverb = 2;

    /// <summary>Aspect particles of a narrative (了, 过, 着).</summary>
    private static readonly System.Buffers.SearchValues<char> NarrativeMarkers = System.Buffers.SearchValues.Create("了过着");

    /// <summary>The written subject at the start of <paramref name="c"/> when an action follows it (an institution, a jurisdiction or a pronoun), or null.</summary>
    private ActorMatch? WrittenSubjectOfAction(Clause c)
    {
        var text = doc.ClauseText(c);
        int start = doc.Trimmed(c.Start, c.End).Start;
        for (int v = 1; v <= Math.Min(text.Length - 2, MaxSubject); v++)
        {
            if (doc.Actions.VerbAt(text, v) is null || !doc.Actions.IsAction(text[v..], throughPreposition: false))
            {
                continue;
            }

            // The subject fills the clause up to the verb (an adverb such as 始终 between them), and the verb takes no aspect marker
            // of a narrative (我们解决了…, 政府执法部门肩负着…) nor says what it is (中国坚持谋求的是…).
            var rest = text[v..];
            return CouldBeSubject(text, v) && ActorRecognizer.FindSubject(text, v, start) is { } found && found.Span.Start == start
                && v - found.Span.Length <= MaxAdverb && found.Kind is ActorKind.Institution or ActorKind.Jurisdiction or ActorKind.Pronoun
                && rest.IndexOfAny(NarrativeMarkers) < 0 && !rest.Contains("的是", StringComparison.Ordinal)
                ? found : null;
        }

        return null;
    }

    /// <summary>The cheap test before <see cref="ActorRecognizer.FindSubject(ReadOnlySpan{char}, int, int)"/>: the text before the verb, less an adverb, names an actor.</summary>
    private static bool CouldBeSubject(ReadOnlySpan<char> text, int verb)
    {
        for (int adverb = 0; adverb <= MaxAdverb && verb - adverb > 0; adverb++)
        {
            if (ActorRecognizer.Classify(text[..(verb - adverb)]) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
