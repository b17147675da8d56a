using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>A redacted placeholder of the text, as the semantic model recognised it (see <see cref="SemanticModel.Placeholders"/>).</summary>
public sealed class Placeholder
{
    internal Placeholder(TextSpan span, string text, PlaceholderKind kind, string? unit)
    {
        (Span, Text, Kind, Unit) = (span, text, kind, unit);
    }

    /// <summary>Where the placeholder is, in the document's text.</summary>
    public TextSpan Span { get; }

    /// <summary>The placeholder as written (<c>**</c>, <c>××</c>, <c>*.*</c>).</summary>
    public string Text { get; }

    /// <summary>What it stands for.</summary>
    public PlaceholderKind Kind { get; }

    /// <summary>The unit written after a number placeholder (<c>万人</c>, <c>%</c>), or <see langword="null"/>.</summary>
    public string? Unit { get; }
}
