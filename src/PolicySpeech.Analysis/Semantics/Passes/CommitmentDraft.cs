using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// A commitment as the sentence pass found it, with the context the document passes complete it from. The passes set
/// <see cref="Deadline"/>, <see cref="Metric"/>, <see cref="Kind"/> and <see cref="DuplicateOf"/> in place; <see cref="ToCommitment"/> makes the one
/// immutable <see cref="Commitment"/> at the end (the only one built per finding).
/// </summary>
/// <param name="text">The clause or clauses that state it (<see cref="Commitment.Text"/>).</param>
/// <param name="location">Where the text is.</param>
/// <param name="section">The path of its section headings.</param>
/// <param name="actor">Who commits.</param>
/// <param name="action">What is to be done.</param>
/// <param name="modality">How firmly.</param>
/// <param name="metric">The measure, or null.</param>
/// <param name="deadline">The sentence's own deadline, or null.</param>
/// <param name="zone">The zone of its paragraph where the sentence was read.</param>
/// <param name="sentence">The sentence it is in.</param>
/// <param name="paragraphTime">The time expression that opened an earlier sentence of its paragraph, or null.</param>
/// <param name="sectionTime">The deadline its section heading gives, or null.</param>
/// <param name="sentenceTimed">Whether its sentence states a time span of its own (到2035年, 用12年时间, “十五五”期间), which then
/// decides its deadline, also where the sentence pass found none that applies.</param>
internal sealed class CommitmentDraft(
    string text, Location location, string section, Actor actor, string action, ModalityKind modality, Metric? metric, Deadline? deadline,
    Zone zone, TextSpan sentence, TimeMatch? paragraphTime, TimeMatch? sectionTime, bool sentenceTimed)
{
    /// <summary>The clause or clauses that state it.</summary>
    public string Text { get; } = text;

    /// <summary>Who commits.</summary>
    public Actor Actor { get; } = actor;

    /// <summary>What is to be done.</summary>
    public string Action { get; } = action;

    /// <summary>How firmly.</summary>
    public ModalityKind Modality { get; } = modality;


    /// <summary>The zone of its paragraph.</summary>
    public Zone Zone { get; } = zone;

    /// <summary>The deadline: the sentence's own, or one a pass gives from the paragraph, section or document.</summary>
    public Deadline? Deadline { get; set; } = deadline;

    /// <summary>The measure: the sentence pass's, completed by <see cref="MetricSemanticsPass"/> (kind, baseline, base units, indicator id).</summary>
    public Metric? Metric { get; set; } = metric;

    /// <summary>Target, requirement or task.</summary>
    public CommitmentKind Kind { get; set; }

    /// <summary>The index of the first occurrence of the same commitment in a repeated passage, or null.</summary>
    public int? DuplicateOf { get; set; }

    /// <summary>Whether its sentence states a time span of its own.</summary>
    public bool SentenceTimed { get; } = sentenceTimed;

    /// <summary>The sentence it is in.</summary>
    public TextSpan Sentence { get; } = sentence;

    /// <summary>The time expression that opened an earlier sentence of its paragraph, or null.</summary>
    public TimeMatch? ParagraphTime { get; } = paragraphTime;

    /// <summary>The deadline its section heading gives, or null.</summary>
    public TimeMatch? SectionTime { get; } = sectionTime;

    /// <summary>The finished commitment.</summary>
    public Commitment ToCommitment() =>
        new(Text, location, section, Actor, Action, Modality.ToContract(), Metric, Deadline) { Zone = Zone, Kind = Kind, DuplicateOf = DuplicateOf };
}
