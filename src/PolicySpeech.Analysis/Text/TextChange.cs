namespace PolicySpeech.Text;

/// <summary>A replacement of the text in <paramref name="Span"/> by <paramref name="NewText"/>.</summary>
/// <param name="Span">The span of the original text to replace (may be empty for an insertion).</param>
/// <param name="NewText">The text that takes its place (may be empty for a deletion).</param>
public sealed record TextChange(TextSpan Span, string NewText);
