namespace PolicySpeech.Cli.Batch;

/// <summary>What <c>policyspeech batch</c> was asked to do.</summary>
/// <param name="Inputs">Folders, zip archives, files or glob patterns.</param>
/// <param name="OutputDirectory">Where the tables go.</param>
/// <param name="Jobs">How many documents are processed at once.</param>
/// <param name="Formats">The table formats.</param>
/// <param name="Resume">Continue an interrupted run in <paramref name="OutputDirectory"/>.</param>
/// <param name="Shard">The slice of the inputs to process, or null for all.</param>
/// <param name="Year">The reference year for 今年/明年, or null to take it from each document.</param>
internal sealed record BatchOptions(
    IReadOnlyList<string> Inputs,
    string OutputDirectory,
    int Jobs,
    BatchFormats Formats,
    bool Resume,
    ShardSpec? Shard,
    int? Year)
{
    /// <summary>The configuration file given with <c>--config</c>, or null to use the <c>policyspeech.json</c> found for each document.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>The third-party analyzer assemblies given with <c>--analyzer</c>.</summary>
    public IReadOnlyList<string> AnalyzerPaths { get; init; } = [];

    /// <summary>Whether unsupported files found in folders and archives get a <c>skipped</c> row in <c>documents.csv</c> (<c>--include-skipped</c>).</summary>
    public bool IncludeSkipped { get; init; }

    /// <summary>Whether an input that failed (status <c>error</c>) or is empty makes the exit code 2 (<c>--fail-on-error</c>).</summary>
    public bool FailOnError { get; init; }

    /// <summary>Documents written between two checkpoints of the journal at most (a checkpoint is also taken every <see cref="CheckpointInterval"/>).</summary>
    public int CheckpointEvery { get; init; } = 500;

    /// <summary>The longest time between two checkpoints.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Parses a <c>--format</c> value such as <c>csv,jsonl,parquet</c>.</summary>
    public static BatchFormats ParseFormats(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return BatchFormats.Csv | BatchFormats.Jsonl;
        }

        var formats = BatchFormats.None;
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= part.ToLowerInvariant() switch
            {
                "csv" => BatchFormats.Csv,
                "jsonl" => BatchFormats.Jsonl,
                "parquet" => BatchFormats.Parquet,
                _ => throw new CliUsageException($"--format: unknown format '{part}' (expected csv, jsonl, parquet, separated by commas)"),
            };
        }

        return formats;
    }
}
