namespace PolicySpeech.Semantics;

/// <summary>Where a commitment's deadline comes from, most specific first.</summary>
public enum DeadlineSource
{
    /// <summary>A time expression in the commitment's own sentence (到2030年, 今年, 年底前).</summary>
    Explicit,

    /// <summary>A time expression earlier in the same paragraph (今年, 新的一年, 今年是…之年).</summary>
    Paragraph,

    /// <summary>The heading of an enclosing section (2026年重点工作 → 2026; “十五五” → 2030).</summary>
    Section,

    /// <summary>The document: the plan zone of a work report is due in its reference year.</summary>
    Document,
}
