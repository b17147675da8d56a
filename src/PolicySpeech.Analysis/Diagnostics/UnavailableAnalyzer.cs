namespace PolicySpeech.Diagnostics;

/// <summary>Stands in for a built-in analyzer whose constructor threw: initialising it rethrows, so every document gets a PS9001 naming it.</summary>
internal sealed class UnavailableAnalyzer(string name, Exception error) : SpeechAnalyzer
{
    public override string Name => name;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

    public override void Initialize(AnalysisContext context) =>
        throw new InvalidOperationException($"the analyzer could not be created: {error.GetType().FullName}: {error.Message}", error);
}
