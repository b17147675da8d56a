namespace PolicySpeech.Cli.Batch;

/// <summary>How a batch run went.</summary>
/// <param name="Inputs">The inputs of the run (of this shard).</param>
/// <param name="Counts">Totals over the whole run (resumed parts included).</param>
/// <param name="ProcessedNow">Inputs processed by this invocation.</param>
/// <param name="BytesNow">Input bytes read by this invocation.</param>
/// <param name="Elapsed">This invocation's wall time.</param>
/// <param name="AlreadyComplete">Whether <c>--resume</c> found the run already finished.</param>
internal sealed record BatchSummary(int Inputs, BatchCounts Counts, int ProcessedNow, long BytesNow, TimeSpan Elapsed, bool AlreadyComplete)
{
    /// <summary>Inputs left out because their type is not read (without <c>--include-skipped</c>), by extension.</summary>
    public IReadOnlyDictionary<string, int> LeftOut { get; init; } = new Dictionary<string, int>();

    /// <summary>The exit code: 1 when a document has an unsuppressed error-severity diagnostic, else 0.</summary>
    public int ExitCode => Counts.ErrorDiagnostics > 0 ? CliApp.ErrorFindings : CliApp.Ok;
}
