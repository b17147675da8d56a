
namespace PolicySpeech.Semantics;

/// <summary>The actor of a commitment: the written subject, carried to the following clauses and sentences of its paragraph, else the document's government (not explicit).</summary>
internal sealed class ActorResolution(ExtractionText doc, Actor defaultActor)
{
    private readonly ExtractionText _doc = doc;
    private readonly Actor _defaultActor = defaultActor;

    /// <summary>What may follow an institution that opens a clause without a modal verb (各市（州）至少…, 省卫健委在…, 每…, 于…).</summary>
    private static readonly string[] SubjectMarkers = ["至少", "在", "每", "于"];

    /// <summary>The subject before <paramref name="modal"/>, which then carries; else the carried subject; else the document's government.</summary>
    public Actor ResolveActor(int sentenceStart, ReadOnlySpan<char> slice, ModalityMatch modal, ParagraphState state)
    {
        var found = ActorRecognizer.FindSubject(slice, modal.Span.Start - sentenceStart, sentenceStart);
        if (found is not null)
        {
            var actor = found.ToActor();
            state.CarriedActor = actor;
            return actor;
        }

        return state.CarriedActor is { } carried ? Carried(carried) : _defaultActor;
    }

    /// <summary>
    /// A subject written earlier in the paragraph, carried to a sentence without one: still written, so explicit (annotation
    /// guide: explicit whenever the actor is written), but with no span of its own in this sentence.
    /// </summary>
    private static Actor Carried(Actor actor) => new(actor.Text, true, null);

    /// <summary>The actor of a clause without a modal verb: an institution at its head, else (when <paramref name="governed"/>) the carried subject, else the government.</summary>
    public Actor ModalLessActor(Clause clause, ParagraphState state, bool governed)
    {
        var ctext = _doc.Text.AsSpan(clause.Start, clause.End - clause.Start);
        foreach (var marker in SubjectMarkers)
        {
            int at = ctext.IndexOf(marker, StringComparison.Ordinal);
            if (at <= 1)
            {
                continue;
            }

            var found = ActorRecognizer.FindSubject(ctext, at, clause.Start);
            if (found is not null && found.Kind is ActorKind.Institution or ActorKind.Collective && found.Span.Start == clause.Start)
            {
                var actor = found.ToActor();
                state.CarriedActor = actor;
                return actor;
            }
        }

        // A target stated on its own (no modal verb in the sentence before it) is the jurisdiction's, not the last subject's.
        return governed && state.CarriedActor is { } carried ? Carried(carried) : _defaultActor;
    }
}
