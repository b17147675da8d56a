using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>Who is committed. Immutable.</summary>
/// <param name="Text">The actor as written (各级各部门, 省教育厅) or, when implicit, the speaker's jurisdiction (我省, 我国).</param>
/// <param name="Explicit">Whether the actor is written as the subject of the commitment's clause.</param>
/// <param name="Span">Where the explicit actor is written, in UTF-16 code units of the document text; null when implicit.</param>
public sealed record Actor(
    string Text,
    bool Explicit,
    TextSpan? Span);
