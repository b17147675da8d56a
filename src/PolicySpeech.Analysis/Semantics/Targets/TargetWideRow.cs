using System.Collections.Immutable;

namespace PolicySpeech.Semantics;

/// <summary>One row of <see cref="TargetTable"/>'s wide table: a document and its value per indicator id.</summary>
/// <param name="Document">The document's path or name.</param>
/// <param name="Jurisdiction">国家, or the province / city; null when unknown.</param>
/// <param name="JurisdictionLevel">The tier of <paramref name="Jurisdiction"/>.</param>
/// <param name="Year">The document's reference year, or null.</param>
/// <param name="Values">Indicator id → the value of the document's first target for it in its plan zone (else its first anywhere): in base units (<see cref="TargetRow.ValueNormalized"/>)
/// where its unit has one, else as written; null when redacted.</param>
public sealed record TargetWideRow(
    string Document,
    string? Jurisdiction,
    JurisdictionLevel JurisdictionLevel,
    int? Year,
    ImmutableDictionary<string, double?> Values);
