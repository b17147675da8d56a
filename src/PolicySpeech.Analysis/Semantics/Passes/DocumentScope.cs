namespace PolicySpeech.Semantics;

/// <summary>What the document passes know of the whole document.</summary>
/// <param name="Text">The document text.</param>
/// <param name="ReferenceYear">The year 今年 means, or null.</param>
/// <param name="IsReport">Whether the document is a work report (its plan zone is due in the reference year) rather than a speech.</param>
/// <param name="IsDeployment">Whether the document is a speech that deploys the work at hand (its directives are due in the reference year).</param>
internal sealed record DocumentScope(string Text, int? ReferenceYear, bool IsReport, bool IsDeployment);
