using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>One commitment: who commits to do what, how firmly, measured how, by when.</summary>
public sealed class Commitment
{
    /// <summary>Creates the value; see the properties for what each argument means.</summary>
    /// <param name="Text">The clause or clauses that state it.</param>
    /// <param name="Location">Where <paramref name="Text"/> is.</param>
    /// <param name="Section">The path of the section headings it is under, such as <c>一、（一）</c>; empty in the preamble.</param>
    /// <param name="Actor">Who commits (explicit in the text, or implied).</param>
    /// <param name="Action">What is to be done: the verb phrase, such as <c>新增妇女就业</c>.</param>
    /// <param name="Modality">How firmly: <c>must</c>, <c>ensure</c>, <c>strive</c>, <c>should</c>, <c>encourage</c>, <c>prohibit</c> or <c>plan</c>.</param>
    /// <param name="Metric">The measure, or <see langword="null"/> for a commitment with none.</param>
    /// <param name="Deadline">When, or <see langword="null"/> when no time applies.</param>
    internal Commitment(string Text, Location Location, string Section, Actor Actor, string Action, string Modality, Metric? Metric, Deadline? Deadline) =>
        (this.Text, this.Location, this.Section, this.Actor, this.Action, this.Modality, this.Metric, this.Deadline) = (Text, Location, Section, Actor, Action, Modality, Metric, Deadline);

    /// <summary>The clause or clauses that state it.</summary>
    public string Text { get; internal init; }

    /// <summary>Where <see cref="Text"/> is.</summary>
    public Location Location { get; internal init; }

    /// <summary>The path of the section headings it is under, such as <c>一、（一）</c>; empty in the preamble.</summary>
    public string Section { get; internal init; }

    /// <summary>Who commits (explicit in the text, or implied).</summary>
    public Actor Actor { get; internal init; }

    /// <summary>What is to be done: the verb phrase, such as <c>新增妇女就业</c>.</summary>
    public string Action { get; internal init; }

    /// <summary>How firmly: <c>must</c>, <c>ensure</c>, <c>strive</c>, <c>should</c>, <c>encourage</c>, <c>prohibit</c> or <c>plan</c>.</summary>
    public string Modality { get; internal init; }

    /// <summary>The measure, or <see langword="null"/> for a commitment with none.</summary>
    public Metric? Metric { get; internal init; }

    /// <summary>When, or <see langword="null"/> when no time applies.</summary>
    public Deadline? Deadline { get; internal init; }

    /// <summary>The part of the document it is in (plan, outlook, conduct, directive, or other for an explicit future statement).</summary>
    public Zone Zone { get; internal init; }

    /// <summary>Whether it is a task, a target (it has a <see cref="Metric"/>) or a requirement.</summary>
    public CommitmentKind Kind { get; internal init; }

    /// <summary>For a commitment inside a repeated passage, the index (in the document's commitments) of the same commitment's first occurrence; otherwise null.</summary>
    public int? DuplicateOf { get; internal init; }
}
