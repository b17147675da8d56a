using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>A modal verb found by <see cref="ModalityRecognizer"/>.</summary>
/// <param name="Span">The modal verb, offset by the caller's base offset.</param>
/// <param name="Word">The verb as written (确保, 要, 力争).</param>
/// <param name="Modality">How firmly it commits.</param>
internal sealed record ModalityMatch(TextSpan Span, string Word, ModalityKind Modality) : IRecognizedSpan;
