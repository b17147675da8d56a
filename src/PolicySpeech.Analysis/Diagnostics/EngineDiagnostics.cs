namespace PolicySpeech.Diagnostics;

/// <summary>The descriptors the engine itself reports (listed with the rules in <see cref="AnalyzerDriver.SupportedDiagnostics"/>).</summary>
internal static class EngineDiagnostics
{
    /// <summary>PS9001: an analyzer failed (threw, or reported a diagnostic it does not declare); the other analyzers still ran.</summary>
    public static DiagnosticDescriptor AnalyzerFailure { get; } = new(
        "PS9001",
        "Analyzer failed",
        "Analyzer '{0}' failed: {1}",
        "Engine",
        DiagnosticSeverity.Warning,
        true,
        "An analyzer threw an exception or reported a diagnostic it does not declare in SupportedDiagnostics. Its findings for this document may be incomplete; the other analyzers still ran.",
        DiagnosticDescriptor.HelpBase + "PS9001.md");
}
