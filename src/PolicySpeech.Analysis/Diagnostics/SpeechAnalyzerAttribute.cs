namespace PolicySpeech.Diagnostics;

/// <summary>
/// Marks a <see cref="SpeechAnalyzer"/> subclass as an analyzer to load: <c>policyspeech --analyzer MyRules.dll</c> (and
/// <c>"analyzers"</c> in <c>policyspeech.json</c>) creates every non-abstract class of the assembly that carries it, through its
/// public parameterless constructor, as Roslyn loads the classes marked <c>[DiagnosticAnalyzer]</c>.
/// </summary>
/// <example><code>
/// [SpeechAnalyzer]
/// public sealed class NoExclamationAnalyzer : SpeechAnalyzer { … }
/// </code></example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SpeechAnalyzerAttribute : Attribute
{
}
