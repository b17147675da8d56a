namespace PolicySpeech.Cli.Batch;

/// <summary>Receives progress from a batch run (called on the writer thread after each document is written).</summary>
internal interface IBatchProgress
{
    /// <summary>Reports progress.</summary>
    /// <param name="done">Inputs written so far (resumed ones included).</param>
    /// <param name="total">Inputs of the run.</param>
    /// <param name="resumedFrom">Inputs already done when this invocation started.</param>
    /// <param name="bytesNow">Input bytes read by this invocation.</param>
    void Report(int done, int total, int resumedFrom, long bytesNow);
}
