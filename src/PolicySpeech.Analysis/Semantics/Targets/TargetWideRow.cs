using System.Collections.Immutable;

namespace PolicySpeech.Semantics;

/// <summary>One row of <see cref="TargetTable"/>'s wide table: a document and its value per indicator id.</summary>
public sealed class TargetWideRow
{
    /// <summary>Creates the value; see the properties for what each argument means.</summary>
    /// <param name="Document">The document's path or name.</param>
    /// <param name="Jurisdiction">国家, or the province / city; null when unknown.</param>
    /// <param name="JurisdictionLevel">The tier of <paramref name="Jurisdiction"/>.</param>
    /// <param name="Year">The document's reference year, or null.</param>
    /// <param name="Values">Indicator id → the value of the document's first target for it in its plan zone (else its first anywhere): in base units (<see cref="TargetRow.ValueNormalized"/>) where its unit has one, else as written; null when redacted.</param>
    internal TargetWideRow(string Document, string? Jurisdiction, JurisdictionLevel JurisdictionLevel, int? Year, ImmutableDictionary<string, double?> Values)
    {
        this.Document = Document;
        this.Jurisdiction = Jurisdiction;
        this.JurisdictionLevel = JurisdictionLevel;
        this.Year = Year;
        this.Values = Values;
    }

    /// <summary>The document's path or name.</summary>
    public string Document { get; internal init; }

    /// <summary>国家, or the province / city; null when unknown.</summary>
    public string? Jurisdiction { get; internal init; }

    /// <summary>The tier of <see cref="Jurisdiction"/>.</summary>
    public JurisdictionLevel JurisdictionLevel { get; internal init; }

    /// <summary>The document's reference year, or null.</summary>
    public int? Year { get; internal init; }

    /// <summary>Indicator id → the value of the document's first target for it in its plan zone (else its first anywhere): in base units (<see cref="TargetRow.ValueNormalized"/>) where its unit has one, else as written; null when redacted.</summary>
    public ImmutableDictionary<string, double?> Values { get; internal init; }
}
