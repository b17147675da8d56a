using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// A commitment as the sentence pass found it, with the context the document passes complete it from. The passes set
/// <see cref="Deadline"/>, <see cref="Kind"/> and <see cref="DuplicateOf"/> in place; <see cref="ToCommitment"/> makes the one
/// immutable <see cref="Commitment"/> at the end (no copy per pass).
/// </summary>
/// <param name="value">The commitment so far, without the fields the passes set.</param>
/// <param name="zone">The zone of its paragraph where the sentence was read.</param>
/// <param name="sentence">The sentence it is in.</param>
/// <param name="paragraphTime">The time expression that opened an earlier sentence of its paragraph, or null.</param>
/// <param name="sectionTime">The deadline its section heading gives, or null.</param>
/// <param name="sentenceTimed">Whether its sentence states a time span of its own (到2035年, 用12年时间, “十五五”期间), which then
/// decides its deadline, also where the sentence pass found none that applies.</param>
internal sealed class CommitmentDraft(Commitment value, Zone zone, TextSpan sentence, TimeMatch? paragraphTime, TimeMatch? sectionTime, bool sentenceTimed)
{
    /// <summary>The commitment as the sentence pass found it.</summary>
    public Commitment Value { get; } = value;

    /// <summary>The zone of its paragraph.</summary>
    public Zone Zone { get; } = zone;

    /// <summary>The deadline: the sentence's own, or one a pass gives from the paragraph, section or document.</summary>
    public Deadline? Deadline { get; set; } = value.Deadline;

    /// <summary>The measure: the sentence pass's, completed by <see cref="MetricSemanticsPass"/> (kind, baseline, base units, indicator id).</summary>
    public Metric? Metric { get; set; } = value.Metric;

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
    public Commitment ToCommitment() => Value with { Metric = Metric, Zone = Zone, Kind = Kind, Deadline = Deadline, DuplicateOf = DuplicateOf };
}
