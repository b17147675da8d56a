namespace PolicySpeech.Semantics;

/// <summary>
/// A clause with a modal verb at its head is one commitment of that modality (要支持… is should) — unless the verb after it is one
/// of cognition (要清醒认识到 frames a statement), the speaker's "want to" (我还要说), or the zone a review without a future year. A
/// clause whose action opens with a lead preposition (要结合数字经济发展，…) takes the next clause with it.
/// </summary>
internal sealed class ModalClauseRule(ExtractionText doc, ModalHeads heads, ActorResolution actors, CommitmentEmitter emitter) : IClauseRule
{
    /// <inheritdoc/>
    public bool Read(SentenceContext sentence, ClauseContext clause)
    {
        if (clause.Primary is not { } primary)
        {
            return false;
        }

        // A review says what was done: only a modal verb with a year after the reference year commits there.
        if (sentence.Zone == Zone.Review && !(clause.Own?.Year > doc.ReferenceYear))
        {
            return true;
        }

        var c = clause.Clause;
        string text = doc.Text;
        int actionStart = doc.SkipRepeats(primary);
        var action = ModalHeads.StripAdverbs(text.AsSpan(actionStart, c.End - actionStart));
        if (doc.Cues.Cognitions.LongestPrefix(action) is { } cognition && !TakesAnObject(cognition, action))
        {
            // 我们要清醒认识到，发展面临的困难不少: what follows is the statement it frames, not a task.
            sentence.Statement = true;
            return true;
        }

        if (doc.Actions.IsSpeaking(action) && action.TrimEnd("的是".AsSpan()).Length <= 2)
        {
            // 我们应当指出，…; 必须强调的是，…: the modal verb frames what is said next and commits to nothing itself; what is said
            // may still be a task (必须强调，要把主要精力用在…).
            return true;
        }

        // 资产阶级的一切复辟阴谋总是要失败的; 改革是要付出代价的: 是要…的 says what will happen, not what is to be done.
        if (primary.Span.Start > c.Start && text[primary.Span.Start - 1] == '是' && text[c.End - 1] == '的')
        {
            return true;
        }

        if (heads.SpeakerIntends(c.Start, primary, actionStart, c.End))
        {
            return true;
        }

        int regionEnd = c.End;
        var clauses = sentence.Clauses;
        if (sentence.Index + 1 < clauses.Count && c.Separator is '，' or ',' && heads.CanExtend(actionStart, c, clauses[sentence.Index + 1], sentence.Modals, sentence.Quantities, sentence.Times))
        {
            var next = clauses[sentence.Index + 1];
            regionEnd = next.End;
            sentence.Index++;
            if (clause.Own is null)
            {
                foreach (var t in SentenceTimes.Within(sentence.Times, next.Start, next.End))
                {
                    if (t.IsDeadline && (t.Kind == TimeKind.Recurring || doc.HeadPosition(next.Start, t.Span.Start).AtHead))
                    {
                        clause.Own = t;
                        clause.Deadline = t;
                        break;
                    }
                }
            }
        }

        if (primary.Modality is ModalityKind.Must or ModalityKind.Should or ModalityKind.Strive or ModalityKind.Plan)
        {
            sentence.Governing = primary;
        }

        if (regionEnd == c.End && sentence.Index + 1 < clauses.Count && doc.Actions.IsPrepositionalFrame(ModalHeads.StripAdverbs(text.AsSpan(actionStart, c.End - actionStart))))
        {
            // 要在做好防控工作的前提下，全力支持…: the frame has no action of its own; the modal verb governs the clause after it
            // (one that ends the sentence, 所有制结构应以公有制为主体, is the requirement itself).
            return true;
        }

        var actor = actors.ResolveActor(sentence.Start, text.AsSpan(sentence.Start, sentence.End - sentence.Start), primary, sentence.Paragraph);

        emitter.Emit(sentence, new EmitRegion(c.Start, regionEnd, actor, primary, primary.Modality, clause.Deadline));
        return true;
    }

    /// <summary>
    /// A verb of cognition with its own object in the clause (要深刻认识自身的责任) is a requirement; one that takes a statement
    /// (认识到…, 看到…) or stands alone before the comma (要清醒认识到，…) frames what follows.
    /// </summary>
    private static bool TakesAnObject(string cognition, ReadOnlySpan<char> action) =>
        !cognition.EndsWith('到') && action.Length - cognition.Length >= MinObject;

    /// <summary>The shortest object that makes a verb of cognition a requirement (自身的责任).</summary>
    private const int MinObject = 3;
}
