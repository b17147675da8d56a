namespace PolicySpeech.Cli.Batch;

/// <summary>
/// The tables a fresh batch run builds as documents are written instead of re-reading the text tables at the end: the
/// <see cref="DuplicateIndex"/> behind <c>duplicates.csv</c>, and (with <c>--format parquet</c>) the Parquet tables,
/// streamed row group by row group. Fed by the single writer in input order, so the bytes are those of a re-read.
/// </summary>
internal sealed class IncrementalOutputs : IAsyncDisposable
{
    private readonly DuplicateIndex _duplicates = new();
    private readonly ParquetTableWriter[]? _parquet;

    private IncrementalOutputs(ParquetTableWriter[]? parquet) => _parquet = parquet;

    /// <summary>Creates the outputs; with Parquet, opens the three streamed tables under their <c>.partial</c> names.</summary>
    public static async Task<IncrementalOutputs> CreateAsync(string outDir, BatchFormats formats)
    {
        if (!formats.HasFlag(BatchFormats.Parquet))
        {
            return new IncrementalOutputs(null);
        }

        var writers = new List<ParquetTableWriter>(3);
        try
        {
            writers.Add(await ParquetTableWriter.CreateAsync(BatchRunner.PartialPath(outDir, ParquetExporter.FileNames[0]), ParquetExporter.DocumentFields).ConfigureAwait(false));
            writers.Add(await ParquetTableWriter.CreateAsync(BatchRunner.PartialPath(outDir, ParquetExporter.FileNames[1]), ParquetExporter.CommitmentFields).ConfigureAwait(false));
            writers.Add(await ParquetTableWriter.CreateAsync(BatchRunner.PartialPath(outDir, ParquetExporter.FileNames[2]), ParquetExporter.DiagnosticFields).ConfigureAwait(false));
        }
        catch
        {
            foreach (var writer in writers)
            {
                await writer.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        return new IncrementalOutputs([.. writers]);
    }

    /// <summary>Adds one written document's paragraphs and Parquet rows.</summary>
    public async ValueTask AddAsync(DocumentOutput output)
    {
        foreach (var paragraph in output.Paragraphs)
        {
            _duplicates.Add(paragraph);
        }

        if (_parquet is null || output.ParquetRows is not { } tables)
        {
            return;
        }

        for (int t = 0; t < _parquet.Length; t++)
        {
            foreach (var row in tables[t])
            {
                await _parquet[t].AddAsync(row).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes <c>duplicates.csv</c> and finishes the Parquet tables (each table on its own thread), all under their <c>.partial</c> names.</summary>
    /// <returns>The Parquet file names written.</returns>
    public async Task<IReadOnlyList<string>> FinishAsync(string outDir)
    {
        var rows = _duplicates.Rows();
        var work = new List<Task> { Task.Run(() => DuplicateIndex.WriteCsv(rows, BatchRunner.PartialPath(outDir, BatchTables.DuplicatesFile))) };
        if (_parquet is not null)
        {
            work.AddRange(_parquet.Select(writer => Task.Run(writer.CompleteAsync)));
            work.Add(Task.Run(() => ParquetExporter.WriteDuplicatesAsync(outDir, rows)));
        }

        await Task.WhenAll(work).ConfigureAwait(false);
        return _parquet is null ? [] : ParquetExporter.FileNames;
    }

    /// <summary>Closes the Parquet tables (left unfinished when the run stopped before <see cref="FinishAsync"/>).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _parquet ?? [])
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
