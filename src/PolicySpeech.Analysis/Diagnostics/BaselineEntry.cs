namespace PolicySpeech.Diagnostics;

/// <summary>One accepted finding of a baseline file: its ID and its <see cref="Diagnostic.Fingerprint"/>.</summary>
/// <param name="Id">The diagnostic ID, such as <c>PS1001</c>.</param>
/// <param name="Fingerprint">The finding's fingerprint.</param>
internal sealed record BaselineEntry(string Id, string Fingerprint);
