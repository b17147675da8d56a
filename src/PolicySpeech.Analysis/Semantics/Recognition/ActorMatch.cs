using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>How an actor was recognised.</summary>
internal enum ActorKind
{
    /// <summary>An institution from the lexicon (省妇儿工委, 各级党委和政府) or built from a suffix (省教育厅).</summary>
    Institution,

    /// <summary>A collective subject (各级干部, 广大党员干部, 全省上下).</summary>
    Collective,

    /// <summary>A jurisdiction used as subject (我省, 全市, 我国).</summary>
    Jurisdiction,

    /// <summary>A pronoun (我们, 大家): the extractor usually replaces it by the speaker's jurisdiction.</summary>
    Pronoun,
}

/// <summary>An explicit actor found by <see cref="ActorRecognizer"/>.</summary>
/// <param name="Span">The actor, offset by the caller's base offset.</param>
/// <param name="Text">The actor as written.</param>
/// <param name="Kind">How it was recognised.</param>
internal sealed record ActorMatch(TextSpan Span, string Text, ActorKind Kind)
{
    /// <summary>The public actor for this match (explicit).</summary>
    public Actor ToActor() => new(Text, true, Span);
}
