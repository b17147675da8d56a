using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// One full sentence as the clause rules read it (<see cref="SentenceReader"/>): its clauses and recognised words, what its opening
/// says (<see cref="SentenceOpening"/>), and the state that runs from clause to clause (governing modal verb, carried deadline, frame).
/// </summary>
internal sealed class SentenceContext
{
    /// <summary>The path of the section headings.</summary>
    public required string Section { get; init; }

    /// <summary>The paragraph the sentence is in.</summary>
    public required ParagraphState Paragraph { get; init; }

    /// <summary>Whether the sentence is a heading.</summary>
    public required bool IsHeading { get; init; }

    /// <summary>Its clauses (<see cref="ClauseSplitter"/>).</summary>
    public required List<Clause> Clauses { get; init; }

    /// <summary>Where it starts.</summary>
    public required int Start { get; init; }

    /// <summary>Where it ends.</summary>
    public required int End { get; init; }

    /// <summary>The sentence.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>Its quantities.</summary>
    public required ImmutableArray<QuantityMatch> Quantities { get; init; }

    /// <summary>Its time expressions (<see cref="SentenceTimes"/>).</summary>
    public required ImmutableArray<TimeMatch> Times { get; init; }

    /// <summary>Its modal verbs.</summary>
    public required ImmutableArray<ModalityMatch> Modals { get; init; }

    /// <summary>Whether it states a time span of its own (see <see cref="CommitmentDraft.SentenceTimed"/>).</summary>
    public required bool Timed { get; init; }

    /// <summary>The zone it is read in.</summary>
    public required Zone Zone { get; init; }

    /// <summary>An estimate or forecast (预计全年…), or a statement of what something is (…，是…).</summary>
    public required bool Statement { get; init; }

    /// <summary>Whether it speaks of the past (an opening, the perfective 了, the paragraph, a review zone).</summary>
    public required bool Past { get; init; }

    /// <summary>Whether its zone is a plan or outlook.</summary>
    public bool Plan => Zone is Zone.Plan or Zone.Outlook;

    /// <summary>Whether every action clause of its zone is a commitment (plan, outlook, conduct, directive).</summary>
    public bool Covers => Zone is Zone.Plan or Zone.Outlook or Zone.Conduct or Zone.Directive;

    /// <summary>The index of the clause being read; a rule that takes the next clause with it advances it.</summary>
    public int Index { get; set; }

    /// <summary>The last modal verb of should, strive or plan, which governs the clauses after it.</summary>
    public ModalityMatch? Governing { get; set; }

    /// <summary>The deadline stated at the head of an earlier clause (or of the frame), for the later clauses without one.</summary>
    public TimeMatch? Carried { get; set; }

    /// <summary>Whether <see cref="Carried"/> holds past a ； (it opened the sentence or a frame).</summary>
    public bool Sticky { get; set; }

    /// <summary>Whether a colon frame (主要预期目标是：) opened in this sentence.</summary>
    public bool Frame { get; set; }

    /// <summary>Whether a colon frame opened in an earlier sentence of the paragraph.</summary>
    public required bool InheritedFrame { get; init; }

    /// <summary>The indicator of the last metric, for a number whose indicator the text leaves out (…、农村居民人均可支配收入分别增长…).</summary>
    public string? LastIndicator { get; set; }

    /// <summary>The modality of a commitment without a modal verb of its own: plan in a frame, else the governing modal verb's.</summary>
    public ModalityKind ModalLessModality => Frame || InheritedFrame ? ModalityKind.Plan : Governing?.Modality ?? ModalityKind.Plan;
}
