using System.Diagnostics.CodeAnalysis;
using PolicySpeech.Loading;

namespace PolicySpeech;

/// <summary>
/// What became of one input of <see cref="DocumentAnalyzer.AnalyzeManyAsync(IEnumerable{string}, int, CancellationToken)"/>:
/// its <see cref="Result"/>, or the <see cref="Error"/> that stopped it. Immutable.
/// </summary>
/// <example><code>
/// await foreach (var outcome in analyzer.AnalyzeManyAsync(paths))
/// {
///     if (outcome.Succeeded) Console.WriteLine($"{outcome.Name}: {outcome.Result.Commitments.Length}");
///     else Console.Error.WriteLine(outcome.Error.Message);
/// }
/// </code></example>
public sealed class DocumentAnalysisOutcome
{
    private DocumentAnalysisOutcome(int index, string name, DocumentAnalysisResult? result, Exception? error)
    {
        (Index, Name, Result, Error) = (index, name, result, error);
    }

    /// <summary>The input's position (0-based) in the sequence given; outcomes come in this order.</summary>
    public int Index { get; }

    /// <summary>The input's path or <see cref="DocumentSource.Name"/>.</summary>
    public string Name { get; }

    /// <summary>The analysis, or <see langword="null"/> when the input failed.</summary>
    public DocumentAnalysisResult? Result { get; }

    /// <summary>
    /// Why the input failed, or <see langword="null"/> when it succeeded: a <see cref="SpeechLoadException"/> (the file
    /// cannot be read or is not a speech) or a <see cref="ConfigurationException"/> (its <c>policyspeech.json</c> is invalid).
    /// </summary>
    public Exception? Error { get; }

    /// <summary>Whether the input was analysed (<see cref="Result"/> is set) rather than failed (<see cref="Error"/> is set).</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Result is not null;

    internal static DocumentAnalysisOutcome Success(int index, string name, DocumentAnalysisResult result) => new(index, name, result, null);

    internal static DocumentAnalysisOutcome Failure(int index, string name, Exception error) => new(index, name, null, error);
}
