namespace PolicySpeech.Semantics;

/// <summary>Options of the semantic analysis (<see cref="SemanticModel"/>). Immutable.</summary>
/// <example><code>
/// var model = document.GetSemanticModel(new SemanticOptions { ReferenceYear = 2024 });
/// </code></example>
public sealed record SemanticOptions
{
    /// <summary>The default options: the reference year comes from the metadata or the text.</summary>
    public static SemanticOptions Default { get; } = new();

    /// <summary>
    /// The year that relative time expressions (今年, 明年, 年内) are resolved against, as the caller knows it (the CLI's
    /// <c>--year</c>); <see langword="null"/> to take it from the document's metadata or infer it from the text.
    /// </summary>
    public int? ReferenceYear { get; init; }
}
