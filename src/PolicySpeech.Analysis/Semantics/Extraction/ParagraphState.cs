namespace PolicySpeech.Semantics;

/// <summary>What the sentences of one paragraph (or heading) tell the ones after them.</summary>
internal sealed class ParagraphState
{
    /// <summary>The last written subject, which carries to the following clauses and sentences.</summary>
    public Actor? CarriedActor { get; set; }

    /// <summary>Whether an earlier sentence opened in the past and no later one turned to the future.</summary>
    public bool PastContext { get; set; }

    /// <summary>Whether a colon frame (主要预期目标是：) was seen in an earlier sentence of the paragraph.</summary>
    public bool Frame { get; set; }

    /// <summary>The deadline of that frame, or null.</summary>
    public TimeMatch? FrameDeadline { get; set; }

    /// <summary>The zone of the section the paragraph is in.</summary>
    public Zone BaseZone { get; init; }

    /// <summary>The zone now: the base zone, or the one a sentence opening (一年来, 同时也要看到) set for the rest of the paragraph.</summary>
    public Zone Zone { get; set; }

    /// <summary>Whether <see cref="Zone"/> was set by a sentence opening.</summary>
    public bool OpenerZone { get; set; }

    /// <summary>A time expression that opened an earlier sentence of the paragraph (今年, 新的一年, 今年是…之年): the deadline of later ones.</summary>
    public TimeMatch? ParagraphTime { get; set; }

    /// <summary>The deadline the section heading gives (2026年工作安排 → 2026; “十五五” → 2030).</summary>
    public TimeMatch? SectionTime { get; init; }
}
