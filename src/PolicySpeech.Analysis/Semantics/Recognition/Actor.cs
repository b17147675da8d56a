using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>Who is committed. Immutable.</summary>
public sealed class Actor
{
    /// <summary>Creates the value; see the properties for what each argument means.</summary>
    /// <param name="Text">The actor as written (各级各部门, 省教育厅) or, when implicit, the speaker's jurisdiction (我省, 我国).</param>
    /// <param name="Explicit">Whether the actor is written as the subject of the commitment's clause.</param>
    /// <param name="Span">Where the explicit actor is written, in UTF-16 code units of the document text; null when implicit.</param>
    internal Actor(string Text, bool Explicit, TextSpan? Span) =>
        (this.Text, this.Explicit, this.Span) = (Text, Explicit, Span);

    /// <summary>The actor as written (各级各部门, 省教育厅) or, when implicit, the speaker's jurisdiction (我省, 我国).</summary>
    public string Text { get; internal init; }

    /// <summary>Whether the actor is written as the subject of the commitment's clause.</summary>
    public bool Explicit { get; internal init; }

    /// <summary>Where the explicit actor is written, in UTF-16 code units of the document text; null when implicit.</summary>
    public TextSpan? Span { get; internal init; }
}
