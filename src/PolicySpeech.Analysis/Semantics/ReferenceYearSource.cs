namespace PolicySpeech.Semantics;

/// <summary>Where the document's reference year (used to resolve 今年, 明年, 年内) came from. JSON: <c>given</c>, <c>metadata</c>, <c>inferred</c>, <c>none</c>.</summary>
public enum ReferenceYearSource
{
    /// <summary>No reference year is known.</summary>
    None,

    /// <summary>The caller gave it (the CLI's <c>--year</c>).</summary>
    Given,

    /// <summary>From the document's metadata (a DOCX or HTML date).</summary>
    Metadata,

    /// <summary>Inferred from the text.</summary>
    Inferred,
}
