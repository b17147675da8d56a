using PolicySpeech.Text;

namespace PolicySpeech.Spelling;

/// <summary>A suspected look-alike or sound-alike character typo (diagnostic PS5001) and its fix.</summary>
/// <param name="Span">The whole suspicious word in the analysed text.</param>
/// <param name="Original">The text of <paramref name="Span"/> as written.</param>
/// <param name="Replacement">The corrected word that should replace <paramref name="Span"/>.</param>
/// <param name="CharSpan">The single wrong character.</param>
/// <param name="Correction">The right character for <paramref name="CharSpan"/>.</param>
/// <param name="Confidence">How sure the detector is, between 0 and 1.</param>
/// <param name="Kind">Where the confusion pair came from: curated, shape, sound or extra.</param>
internal sealed record TypoFinding(
    TextSpan Span,
    string Original,
    string Replacement,
    TextSpan CharSpan,
    string Correction,
    double Confidence,
    TypoConfusionKind Kind = TypoConfusionKind.Curated);
