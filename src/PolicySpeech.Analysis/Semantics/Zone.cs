namespace PolicySpeech.Semantics;

/// <summary>
/// What part of a document a section, paragraph or sentence is in (the annotation guide's zones), which decides whether
/// its statements are commitments.
/// </summary>
public enum Zone
{
    /// <summary>Title, salutation, ceremony, thanks, situation analysis: only explicit future statements are commitments.</summary>
    Other,

    /// <summary>What was done (last year, the last five years): facts, never commitments.</summary>
    Review,

    /// <summary>The work of the coming year: every task, target and requirement is a commitment.</summary>
    Plan,

    /// <summary>Medium-term goals (“十五五”时期, 到2030年, 今后五年): commitments due at the end of the period.</summary>
    Outlook,

    /// <summary>The government's own conduct (加强政府自身建设): standing requirements.</summary>
    Conduct,

    /// <summary>A speech's instructions (下面我讲几点意见, 各级党委要…).</summary>
    Directive,
}
