namespace PolicySpeech.Cli.Batch;

/// <summary>A batch run was cancelled (Ctrl-C); the journal records the inputs written, so <c>--resume</c> continues from there.</summary>
internal sealed class BatchInterruptedException : OperationCanceledException
{
    /// <summary>Creates the exception.</summary>
    public BatchInterruptedException(int completed, int total, Exception inner)
        : base($"interrupted after {completed} of {total} documents", inner)
    {
        Completed = completed;
        Total = total;
    }

    /// <summary>The inputs completely written.</summary>
    public int Completed { get; }

    /// <summary>The inputs of the run.</summary>
    public int Total { get; }
}
