namespace PolicySpeech.Semantics;

/// <summary>What the document passes know of the whole document.</summary>
/// <param name="Text">The document text.</param>
/// <param name="ReferenceYear">The year 今年 means, or null.</param>
/// <param name="IsReport">Whether the document is a work report (its plan zone is due in the reference year) rather than a speech.</param>
internal sealed record DocumentScope(string Text, int? ReferenceYear, bool IsReport);
