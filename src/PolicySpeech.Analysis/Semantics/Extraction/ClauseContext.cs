namespace PolicySpeech.Semantics;

/// <summary>The clause being read (<see cref="SentenceReader"/>): what the reader found in it, and what the rules before set for the rules after.</summary>
internal sealed class ClauseContext
{
    private readonly List<TimeMatch> _times = [];
    private readonly List<ModalityMatch> _modals = [];
    private readonly List<QuantityMatch> _values = [];
    private bool _valuesFound;

    /// <summary>The clause as split.</summary>
    public Clause Original { get; private set; }

    /// <summary>The clause still to read: <see cref="Original"/>, less a list item a rule emitted on its own.</summary>
    public Clause Clause { get; set; }

    /// <summary>Its time expressions.</summary>
    public List<TimeMatch> Times => _times;

    /// <summary>Its modal verbs.</summary>
    public List<ModalityMatch> Modals => _modals;

    /// <summary>Whether it speaks of the past (a past time, a past marker, a statement word).</summary>
    public bool Past { get; set; }

    /// <summary>Its own deadline: a recurrence, or a deadline at its head (or after its subject).</summary>
    public TimeMatch? Own { get; set; }

    /// <summary>Whether <see cref="Own"/> stands at the very head.</summary>
    public bool OwnAtHead { get; set; }

    /// <summary>The deadline that applies: its own, else the one carried.</summary>
    public TimeMatch? Deadline { get; set; }

    /// <summary>The modal verb at its head, or null.</summary>
    public ModalityMatch? Primary { get; set; }

    /// <summary>Starts reading <paramref name="clause"/> of <paramref name="sentence"/>: its time expressions and modal verbs; everything else cleared.</summary>
    public void Reset(Clause clause, SentenceContext sentence)
    {
        Original = clause;
        Clause = clause;
        SentenceTimes.Within(sentence.Times, clause.Start, clause.End, _times);
        SentenceTimes.Within(sentence.Modals, clause.Start, clause.End, _modals);
        Past = false;
        Own = null;
        OwnAtHead = false;
        Deadline = null;
        Primary = null;
        _valuesFound = false;
    }

    /// <summary>The measures of <see cref="Clause"/> (<see cref="MeasureFilter.Values"/>), found once.</summary>
    public IReadOnlyList<QuantityMatch> Values(MeasureFilter measures, SentenceContext sentence)
    {
        if (!_valuesFound)
        {
            measures.Values(sentence.Quantities, sentence.Times, Clause.Start, Clause.End, _values);
            _valuesFound = true;
        }

        return _values;
    }
}
