using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>A region of a sentence that states commitments, with what the clause pass found for it (<see cref="CommitmentEmitter"/>).</summary>
/// <param name="Start">Where the region starts.</param>
/// <param name="End">Where it ends.</param>
/// <param name="Actor">Who commits.</param>
/// <param name="Modal">The modal verb at its head, or null.</param>
/// <param name="Modality">How firmly.</param>
/// <param name="Deadline">Its deadline (its own or one carried from earlier in the sentence), or null.</param>
/// <param name="ExplicitAt">Where a subject found without a modal verb is written, when it is.</param>
internal readonly record struct EmitRegion(int Start, int End, Actor Actor, ModalityMatch? Modal, ModalityKind Modality, TimeMatch? Deadline, TextSpan? ExplicitAt = null);
