namespace PolicySpeech.Cli.Batch;

/// <summary>Running totals of a batch run, kept in the journal so a resumed run reports the whole run.</summary>
internal sealed class BatchCounts
{
    /// <summary>Documents that loaded and were analysed.</summary>
    public int Ok { get; set; }

    /// <summary>Inputs that failed.</summary>
    public int Errors { get; set; }

    /// <summary>Inputs of unsupported types.</summary>
    public int Skipped { get; set; }

    /// <summary>Documents that loaded but hold no text (status <c>empty</c>).</summary>
    public int Empty { get; set; }

    /// <summary>Commitments found.</summary>
    public long Commitments { get; set; }

    /// <summary>Diagnostics found.</summary>
    public long Diagnostics { get; set; }

    /// <summary>Unsuppressed diagnostics at error severity.</summary>
    public long ErrorDiagnostics { get; set; }

    /// <summary>Bytes of input read.</summary>
    public long Bytes { get; set; }

    /// <summary>Adds one document's numbers.</summary>
    public void Add(DocumentOutput output)
    {
        var row = output.Row;
        switch (row.Status)
        {
            case "ok":
                Ok++;
                break;
            case "skipped":
                Skipped++;
                break;
            case "empty":
                Empty++;
                break;
            default:
                Errors++;
                break;
        }

        Commitments += row.Commitments ?? 0;
        Diagnostics += row.Diagnostics ?? 0;
        ErrorDiagnostics += output.ErrorDiagnostics;
        Bytes += row.Bytes ?? 0;
    }

    /// <summary>A copy.</summary>
    public BatchCounts Clone() => (BatchCounts)MemberwiseClone();
}
