using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// One full sentence as the clause rules read it (<see cref="SentenceReader"/>): its clauses and recognised words, what its opening
/// says (<see cref="SentenceOpening"/>), and the state that runs from clause to clause (governing modal verb, carried deadline, frame).
/// One object serves sentence after sentence (<see cref="SentenceOpening.Open"/> sets every property); nothing keeps it.
/// </summary>
internal sealed class SentenceContext
{
    /// <summary>The path of the section headings.</summary>
    public string Section { get; set; } = string.Empty;

    /// <summary>The paragraph the sentence is in.</summary>
    public ParagraphState Paragraph { get; set; } = new();

    /// <summary>Whether the sentence is a heading.</summary>
    public bool IsHeading { get; set; }

    /// <summary>Its clauses (<see cref="ClauseSplitter"/>).</summary>
    public List<Clause> Clauses { get; set; } = [];

    /// <summary>Where it starts.</summary>
    public int Start { get; private set; }

    /// <summary>Where it ends.</summary>
    public int End { get; private set; }

    /// <summary>The sentence.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    private string _text = string.Empty;
    private ImmutableArray<QuantityMatch> _quantities;
    private bool _quantitiesRecognized;

    /// <summary>Its quantities, recognised when a rule first asks for them (the clauses of a sentence in the past never do).</summary>
    public ImmutableArray<QuantityMatch> Quantities
    {
        get
        {
            if (!_quantitiesRecognized)
            {
                _quantities = QuantityRecognizer.Recognize(_text.AsSpan(Start, End - Start), Start);
                _quantitiesRecognized = true;
            }

            return _quantities;
        }
    }

    /// <summary>Starts a new sentence of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public void Begin(string text, int start, int end)
    {
        _text = text;
        Start = start;
        End = end;
        _quantities = default;
        _quantitiesRecognized = false;
    }

    /// <summary>Its time expressions (<see cref="SentenceTimes"/>).</summary>
    public ImmutableArray<TimeMatch> Times { get; set; }

    /// <summary>Its modal verbs.</summary>
    public ImmutableArray<ModalityMatch> Modals { get; set; }

    /// <summary>Whether it states a time span of its own (see <see cref="CommitmentDraft.SentenceTimed"/>).</summary>
    public bool Timed { get; set; }

    /// <summary>The zone it is read in.</summary>
    public Zone Zone { get; set; }

    /// <summary>An estimate or forecast (预计全年…), or a statement of what something is (…，是…).</summary>
    public bool Statement { get; set; }

    /// <summary>Whether it speaks of the past (an opening, the perfective 了, the paragraph, a review zone).</summary>
    public bool Past { get; set; }

    /// <summary>Whether its zone is a plan or outlook.</summary>
    public bool Plan => Zone is Zone.Plan or Zone.Outlook;

    /// <summary>Whether every action clause of its zone is a commitment (plan, outlook, conduct, directive).</summary>
    public bool Covers => Zone is Zone.Plan or Zone.Outlook or Zone.Conduct or Zone.Directive;

    /// <summary>The index of the clause being read; a rule that takes the next clause with it advances it.</summary>
    public int Index { get; set; }

    /// <summary>The last modal verb of must, should, strive or plan, which governs the clauses after it (全党必须强化制度意识，严格执行制度: both must).</summary>
    public ModalityMatch? Governing { get; set; }

    /// <summary>The deadline stated at the head of an earlier clause (or of the frame), for the later clauses without one.</summary>
    public TimeMatch? Carried { get; set; }

    /// <summary>Whether <see cref="Carried"/> holds past a ； (it opened the sentence or a frame).</summary>
    public bool Sticky { get; set; }

    /// <summary>Whether a colon frame (主要预期目标是：) opened in this sentence.</summary>
    public bool Frame { get; set; }

    /// <summary>Whether a colon frame opened in an earlier sentence of the paragraph.</summary>
    public bool InheritedFrame { get; set; }

    /// <summary>The indicator of the last metric, for a number whose indicator the text leaves out (…、农村居民人均可支配收入分别增长…).</summary>
    public string? LastIndicator { get; set; }

    /// <summary>The modality of a commitment without a modal verb of its own: plan in a frame, else the governing modal verb's.</summary>
    public ModalityKind ModalLessModality => Frame || InheritedFrame ? ModalityKind.Plan : Governing?.Modality ?? ModalityKind.Plan;
}
