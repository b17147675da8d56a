namespace PolicySpeech.Spelling;

/// <summary>The origin of a confusion pair; it sets how strong the evidence must be before a typo is reported.</summary>
internal enum TypoConfusionKind : byte
{
    /// <summary>Hand-curated classic look-alike / sound-alike pair (confusions-curated.txt).</summary>
    Curated = 0,

    /// <summary>A pair added by the caller's configuration.</summary>
    Extra = 1,

    /// <summary>Shape-alike pair derived from Unihan four-corner codes.</summary>
    Shape = 2,

    /// <summary>Sound-alike pair derived from Unihan Mandarin readings.</summary>
    Sound = 3,
}
