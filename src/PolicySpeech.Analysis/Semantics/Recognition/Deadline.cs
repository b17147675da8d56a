using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>When a commitment is due, or how often it recurs. Immutable.</summary>
public sealed class Deadline
{
    /// <summary>Creates the value; see the properties for what each argument means.</summary>
    /// <param name="Text">The time expression as written (到2025年, 今年, 每年, “十四五”期间); for a deadline from the section it is the heading's time expression, and empty for one from the document.</param>
    /// <param name="Kind">One of <c>by</c>, <c>relative</c>, <c>recurring</c>, <c>period</c>, <c>within</c>.</param>
    /// <param name="Year">The year the deadline falls in (relative and within ones resolved from the document's reference year; a period's last year); null when unknown.</param>
    /// <param name="Recurrence">For recurring deadlines: <c>yearly</c>, <c>monthly</c>, <c>weekly</c>, <c>daily</c> or <c>regular</c>; otherwise null.</param>
    /// <param name="Span">Where <see cref="Text"/> is, in UTF-16 code units of the document text (empty for a deadline from the document).</param>
    internal Deadline(string Text, string Kind, int? Year, string? Recurrence, TextSpan Span) =>
        (this.Text, this.Kind, this.Year, this.Recurrence, this.Span) = (Text, Kind, Year, Recurrence, Span);

    /// <summary>The time expression as written (到2025年, 今年, 每年, “十四五”期间); for a deadline from the section it is the heading's time expression, and empty for one from the document.</summary>
    public string Text { get; internal init; }

    /// <summary>One of <c>by</c>, <c>relative</c>, <c>recurring</c>, <c>period</c>, <c>within</c>.</summary>
    public string Kind { get; internal init; }

    /// <summary>The year the deadline falls in (relative and within ones resolved from the document's reference year; a period's last year); null when unknown.</summary>
    public int? Year { get; internal init; }

    /// <summary>For recurring deadlines: <c>yearly</c>, <c>monthly</c>, <c>weekly</c>, <c>daily</c> or <c>regular</c>; otherwise null.</summary>
    public string? Recurrence { get; internal init; }

    /// <summary>Where <see cref="Text"/> is, in UTF-16 code units of the document text (empty for a deadline from the document).</summary>
    public TextSpan Span { get; internal init; }

    /// <summary>Where the deadline comes from: the sentence itself, the paragraph, the section heading or the document.</summary>
    public DeadlineSource Source { get; internal init; }

    /// <summary>The first year of a period deadline (2026 for “十五五”, whose <see cref="Year"/> is 2030); otherwise null.</summary>
    public int? StartYear { get; internal init; }
}
