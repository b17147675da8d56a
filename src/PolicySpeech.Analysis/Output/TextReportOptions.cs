namespace PolicySpeech.Output;

/// <summary>How <see cref="TextReportWriter"/> writes.</summary>
internal sealed record TextReportOptions
{
    /// <summary>The defaults: every visible finding, a summary line per ID with 10 or more findings, no suppressed or hidden ones.</summary>
    public static TextReportOptions Default { get; } = new();

    /// <summary>A document's ID with at least this many findings gets a summary line after them (0 turns summaries off).</summary>
    public int SummaryThreshold { get; init; } = 10;

    /// <summary>At most this many lines per ID and document, the rest only counted in the summary line; <see langword="null"/> for all.</summary>
    public int? MaxFindingsPerId { get; init; }

    /// <summary>Whether findings accepted by the baseline are written (marked <c>(suppressed)</c>).</summary>
    public bool IncludeSuppressed { get; init; }

    /// <summary>Whether hidden-severity findings are written.</summary>
    public bool IncludeHidden { get; init; }
}
