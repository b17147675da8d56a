using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>A commitment as the sentence pass found it, with the context the document passes complete it from.</summary>
/// <param name="value">The commitment so far.</param>
/// <param name="sentence">The sentence it is in.</param>
/// <param name="paragraphTime">The time expression that opened an earlier sentence of its paragraph, or null.</param>
/// <param name="sectionTime">The deadline its section heading gives, or null.</param>
/// <param name="sentenceTimed">Whether its sentence states a time span of its own (到2035年, 用12年时间, “十五五”期间), which then
/// decides its deadline, also where the sentence pass found none that applies.</param>
internal sealed class CommitmentDraft(Commitment value, TextSpan sentence, TimeMatch? paragraphTime, TimeMatch? sectionTime, bool sentenceTimed)
{
    /// <summary>Whether its sentence states a time span of its own.</summary>
    public bool SentenceTimed { get; } = sentenceTimed;

    /// <summary>The commitment; each pass replaces it with a completed copy.</summary>
    public Commitment Value { get; set; } = value;

    /// <summary>The sentence the commitment is in.</summary>
    public TextSpan Sentence { get; } = sentence;

    /// <summary>The time expression that opened an earlier sentence of the paragraph (今年, 新的一年), or null.</summary>
    public TimeMatch? ParagraphTime { get; } = paragraphTime;

    /// <summary>The deadline the section heading gives (2026年工作安排, “十五五”时期), or null.</summary>
    public TimeMatch? SectionTime { get; } = sectionTime;
}
