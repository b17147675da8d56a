using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Threading.Channels;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// Runs <c>policyspeech batch</c>: lists the inputs, processes them on <see cref="BatchOptions.Jobs"/> workers, and
/// appends each input's rows to the <c>.partial</c> tables strictly in input order (results are re-ordered before
/// writing), so the bytes never depend on the number of workers. Memory is bounded: at most a fixed window of inputs is
/// in flight (queued, being processed, or waiting for its turn to be written); no document is kept after it is written.
/// A checkpoint (tables flushed to disk, then the journal) is taken every <see cref="BatchOptions.CheckpointEvery"/>
/// documents or <see cref="BatchOptions.CheckpointInterval"/>; at the end the duplicate table and Parquet files are
/// made and every table is renamed to its final name.
/// </summary>
internal sealed class BatchRunner(BatchOptions options, IBatchProgress? progress = null)
{
    /// <summary>Runs the batch.</summary>
    /// <exception cref="CliUsageException">No inputs, or <c>--resume</c> against a run with other inputs or options.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; the tables stay partial and the run can be resumed.</exception>
    public async Task<BatchSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        string outDir = options.OutputDirectory;
        var all = InputEnumerator.Enumerate(options.Inputs, outDir);
        if (all.Count == 0)
        {
            throw new CliUsageException($"no inputs found in {string.Join(", ", options.Inputs)}");
        }

        var leftOut = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (!options.IncludeSkipped)
        {
            // Files of other types found in folders and archives are not rows unless asked for; the summary counts them.
            foreach (var skipped in all.Where(i => i.Kind == BatchInputKind.Skipped))
            {
                string extension = Path.GetExtension(skipped.EntryName ?? skipped.Path).ToLowerInvariant();
                extension = extension.Length == 0 ? "(no extension)" : extension;
                leftOut[extension] = leftOut.GetValueOrDefault(extension) + 1;
            }

            all = [.. all.Where(i => i.Kind != BatchInputKind.Skipped)];
            if (all.Count == 0)
            {
                throw new CliUsageException($"no .txt, .html, .htm or .docx inputs found in {string.Join(", ", options.Inputs)} ({leftOut.Values.Sum()} files of other types; --include-skipped lists them)");
            }
        }

        var configuration = LoadConfiguration(options.ConfigPath);
        var plugins = Plugins.AnalyzerPlugins.ForRun(options.AnalyzerPaths, configuration, options.Inputs);
        IReadOnlyList<BatchInput> inputs = options.Shard is { } shard ? [.. all.Where(i => shard.Includes(i.Path))] : all;
        Directory.CreateDirectory(outDir);
        var tables = BatchTables.All.Where(t => BatchTables.IsWritten(t, options.Formats)).ToArray();

        string optionsKey = string.Create(
            CultureInfo.InvariantCulture,
            $"schema=2;formats={(int)options.Formats};shard={options.Shard};year={options.Year};config={ConfigKey(options.ConfigPath)};skipped={(options.IncludeSkipped ? 1 : 0)}");
        var journal = options.Resume ? BatchJournal.TryLoad(outDir) : null;
        if (journal is not null)
        {
            string inputsHash = HashPaths(inputs);
            if (journal.InputsHash != inputsHash || journal.Options != optionsKey || journal.Inputs != inputs.Count)
            {
                throw new CliUsageException(
                    $"{Path.Combine(outDir, BatchTables.JournalFile)}: the interrupted run in this folder was started with other inputs or options: " +
                    $"{DescribeDifference(journal, inputs, optionsKey)}; run again without --resume to start over, or use another --out folder");
            }

            if (journal.Complete)
            {
                return new BatchSummary(inputs.Count, journal.Counts, 0, 0, clock.Elapsed, AlreadyComplete: true) { LeftOut = leftOut };
            }
        }
        else
        {
            Clean(outDir);
            journal = new BatchJournal
            {
                InputsHash = HashPaths(inputs),
                AllInputsHash = HashPaths(all),
                Options = optionsKey,
                Shard = options.Shard?.ToString(),
                Inputs = inputs.Count,
                Arguments = [.. options.Inputs],
                FullPathsHash = HashFullPaths(inputs),
                FirstPath = inputs.Count > 0 ? inputs[0].Path : null,
            };
        }

        var streams = new FileStream[BatchTables.All.Length];
        IncrementalOutputs? incremental = null;
        try
        {
            bool fresh = journal.Lengths.Count == 0;
            foreach (var table in tables)
            {
                streams[(int)table] = OpenPartial(outDir, table, journal, fresh);
            }

            if (fresh)
            {
                Checkpoint(outDir, journal, streams, journal.Completed);
            }

            var counts = journal.Counts.Clone();
            int start = journal.Completed;

            // From the first input, the duplicate index and the Parquet tables are built as documents are written; a run
            // resumed part-way makes them from the text tables at the end instead.
            incremental = start == 0 ? await IncrementalOutputs.CreateAsync(outDir, options.Formats).ConfigureAwait(false) : null;
            long bytesNow = await ProcessAsync(inputs, start, streams, counts, journal, outDir, configuration, plugins.Analyzers, incremental, cancellationToken).ConfigureAwait(false);

            foreach (var stream in streams)
            {
                stream?.Dispose();
            }

            await FinishAsync(outDir, tables, incremental).ConfigureAwait(false);
            journal.Complete = true;
            journal.Save(outDir);
            return new BatchSummary(inputs.Count, counts, inputs.Count - start, bytesNow, clock.Elapsed, AlreadyComplete: false) { LeftOut = leftOut };
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream?.Dispose();
            }

            if (incremental is not null)
            {
                await incremental.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>SHA-256 over the paths, one a line.</summary>
    internal static string HashPaths(IEnumerable<BatchInput> inputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var input in inputs)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(input.Path + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>SHA-256 over the inputs' full paths (files, and archive entries), one a line: the same files however the folder was named.</summary>
    internal static string HashFullPaths(IEnumerable<BatchInput> inputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var input in inputs)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFullPath(input.FilePath) + "!/" + input.EntryName + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>What differs between the journal's run and this one, in words.</summary>
    private string DescribeDifference(BatchJournal journal, IReadOnlyList<BatchInput> inputs, string optionsKey)
    {
        var parts = new List<string>();
        var before = journal.Options.Split(';').ToDictionary(p => p.Split('=')[0], p => p, StringComparer.Ordinal);
        foreach (string part in optionsKey.Split(';'))
        {
            string name = part.Split('=')[0];
            if (!before.TryGetValue(name, out string? old) || old != part)
            {
                parts.Add($"option {name}: was '{(old is null ? "(unknown)" : old[(name.Length + 1)..])}', now '{part[(name.Length + 1)..]}'");
            }
        }

        if (journal.InputsHash != HashPaths(inputs) || journal.Inputs != inputs.Count)
        {
            string was = journal.Arguments.Length > 0 ? string.Join(' ', journal.Arguments) : "(not recorded)";
            string now = string.Join(' ', options.Inputs);
            if (journal.FullPathsHash.Length > 0 && journal.FullPathsHash == HashFullPaths(inputs))
            {
                parts.Add(
                    $"the same {inputs.Count} files, named differently: the run was started with '{was}' (paths such as '{journal.FirstPath}'), this one names them '{now}' (such as '{(inputs.Count > 0 ? inputs[0].Path : "")}'); " +
                    "the tables keep paths as given, so resume with the inputs written as the first time");
            }
            else
            {
                parts.Add($"inputs: the run was started with '{was}' ({journal.Inputs} inputs, the first '{journal.FirstPath}'), this one has '{now}' ({inputs.Count} inputs, the first '{(inputs.Count > 0 ? inputs[0].Path : "")}')");
            }
        }

        return parts.Count == 0 ? "the journal does not match" : string.Join("; ", parts);
    }

    private static SpeechConfiguration? LoadConfiguration(string? path)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return SpeechConfiguration.Load(path);
        }
        catch (ConfigurationException ex)
        {
            throw new CliUsageException(ex.Message);
        }
    }

    private static string ConfigKey(string? path) => path is null ? "" : Path.GetFullPath(path);

    /// <summary>The name a table has while it is written.</summary>
    internal static string PartialPath(string directory, string fileName) => Path.Combine(directory, fileName + BatchTables.PartialSuffix);

    /// <summary>
    /// Writes the duplicate table and (when asked) the Parquet files, from the incremental outputs of a run that started
    /// from the first input, else from the partial tables; then gives every file its final name.
    /// </summary>
    private async Task FinishAsync(string outDir, BatchTable[] tables, IncrementalOutputs? incremental)
    {
        var renames = tables.Select(t => BatchTables.FileName(t)).Append(BatchTables.DuplicatesFile).ToList();
        if (incremental is not null)
        {
            renames.AddRange(await incremental.FinishAsync(outDir).ConfigureAwait(false));
        }
        else
        {
            DuplicateFinder.Write(PartialPath(outDir, BatchTables.FileName(BatchTable.ParagraphHashes)), PartialPath(outDir, BatchTables.DuplicatesFile));
            if (options.Formats.HasFlag(BatchFormats.Parquet))
            {
                renames.AddRange(await ParquetExporter.ExportAsync(outDir, name => PartialPath(outDir, name)).ConfigureAwait(false));
            }
        }

        foreach (string name in renames)
        {
            File.Move(PartialPath(outDir, name), Path.Combine(outDir, name), overwrite: true);
        }
    }

    private async Task<long> ProcessAsync(
        IReadOnlyList<BatchInput> inputs, int start, FileStream[] streams, BatchCounts counts, BatchJournal journal, string outDir, SpeechConfiguration? configuration,
        System.Collections.Immutable.ImmutableArray<SpeechAnalyzer> analyzers, IncrementalOutputs? incremental, CancellationToken cancellationToken)
    {
        int jobs = Math.Clamp(options.Jobs, 1, Commands.BatchCommand.MaxJobs);
        // Room for about a second of work per worker, so a checkpoint's fsyncs (tens of ms each) do not stall the workers.
        int window = 32 + (jobs * 32);
        using var slots = new SemaphoreSlim(window);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;
        var work = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(jobs * 2) { SingleWriter = true });
        var results = Channel.CreateUnbounded<DocumentOutput>(new UnboundedChannelOptions { SingleReader = true });
        var worker = new BatchWorker(new DocumentProcessor(options.Year, configuration, analyzers));
        var formats = options.Formats;

        var producer = Task.Run(() => ProduceAsync(inputs, start, work.Writer, slots, token), token);
        var workers = new Task[jobs];
        for (int j = 0; j < jobs; j++)
        {
            workers[j] = Task.Run(
                async () =>
                {
                    await foreach (var item in work.Reader.ReadAllAsync(token).ConfigureAwait(false))
                    {
                        results.Writer.TryWrite(worker.Process(item, formats, token));
                    }
                },
                token);
        }

        var finished = Task.Run(async () =>
        {
            try
            {
                await Task.WhenAll(workers.Append(producer)).ConfigureAwait(false);
                results.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                results.Writer.TryComplete(ex);
            }
        });

        long bytesNow = 0;
        int next = start;
        try
        {
            var pending = new Dictionary<int, DocumentOutput>();
            var sinceCheckpoint = Stopwatch.StartNew();
            int writtenSinceCheckpoint = 0;
            while (next < inputs.Count)
            {
                if (!await results.Reader.WaitToReadAsync(token).ConfigureAwait(false))
                {
                    break;
                }

                while (results.Reader.TryRead(out var output))
                {
                    pending.Add(output.Index, output);
                }

                while (pending.Remove(next, out var ready))
                {
                    token.ThrowIfCancellationRequested();
                    foreach (var table in BatchTables.All)
                    {
                        using var bytes = ready.Tables[(int)table];
                        if (streams[(int)table] is { } stream && bytes.Length > 0)
                        {
                            bytes.WriteTo(stream);
                        }
                    }

                    if (incremental is not null)
                    {
                        await incremental.AddAsync(ready).ConfigureAwait(false);
                    }

                    counts.Add(ready);
                    bytesNow += ready.Row.Bytes ?? 0;
                    next++;
                    writtenSinceCheckpoint++;
                    slots.Release();
                    if (writtenSinceCheckpoint >= options.CheckpointEvery || sinceCheckpoint.Elapsed >= options.CheckpointInterval)
                    {
                        journal.Counts = counts.Clone();
                        Checkpoint(outDir, journal, streams, next);
                        writtenSinceCheckpoint = 0;
                        sinceCheckpoint.Restart();
                    }

                    progress?.Report(next, inputs.Count, start, bytesNow);
                }
            }

            await finished.ConfigureAwait(false);
            await results.Reader.Completion.ConfigureAwait(false);
            if (next < inputs.Count)
            {
                throw new InvalidOperationException($"batch: the workers stopped after {next} of {inputs.Count} inputs");
            }

            journal.Counts = counts.Clone();
            Checkpoint(outDir, journal, streams, next);
            return bytesNow;
        }
        catch (Exception ex)
        {
            await linked.CancelAsync().ConfigureAwait(false);
            try
            {
                await finished.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The first failure is the one reported.
            }

            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                // Every input before `next` is written whole: record them, so a resumed run continues from here.
                journal.Counts = counts.Clone();
                Checkpoint(outDir, journal, streams, next);
                throw new BatchInterruptedException(next, inputs.Count, ex);
            }

            throw;
        }
    }

    private static async Task ProduceAsync(IReadOnlyList<BatchInput> inputs, int start, ChannelWriter<WorkItem> writer, SemaphoreSlim slots, CancellationToken token)
    {
        ZipArchive? archive = null;
        string? archivePath = null;
        string? archiveError = null;
        try
        {
            for (int i = start; i < inputs.Count; i++)
            {
                await slots.WaitAsync(token).ConfigureAwait(false);
                var input = inputs[i];
                byte[]? bytes = null;
                string? error = null;
                if (input.Kind == BatchInputKind.ZipEntry)
                {
                    if (!string.Equals(archivePath, input.FilePath, StringComparison.Ordinal))
                    {
                        archive?.Dispose();
                        archive = null;
                        archiveError = null;
                        archivePath = input.FilePath;
                        try
                        {
                            var stream = input.Open();
                            try
                            {
                                archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
                            }
                            catch
                            {
                                stream.Dispose();
                                throw;
                            }
                        }
                        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
                        {
                            archiveError = $"the zip archive cannot be read ({ex.Message})";
                        }
                    }

                    (bytes, error) = archive is null ? (null, archiveError) : BatchWorker.ReadEntry(archive, input.EntryIndex, input.EntryName!);
                }

                await writer.WriteAsync(new WorkItem(i, input, bytes, error), token).ConfigureAwait(false);
            }

            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
            throw;
        }
        finally
        {
            archive?.Dispose();
        }
    }

    private static FileStream OpenPartial(string outDir, BatchTable table, BatchJournal journal, bool fresh)
    {
        string name = BatchTables.FileName(table);
        string partial = PartialPath(outDir, name);
        if (fresh)
        {
            var created = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            created.Write(BatchTables.Header(table));
            return created;
        }

        string final = Path.Combine(outDir, name);
        if (!File.Exists(partial) && File.Exists(final))
        {
            // The run was stopped while renaming the finished tables.
            File.Move(final, partial);
        }

        if (!journal.Lengths.TryGetValue(name, out long length) || !File.Exists(partial) || new FileInfo(partial).Length < length)
        {
            throw new CliUsageException($"{partial}: the table is missing or shorter than the journal records; it cannot be resumed. Run again without --resume to start over");
        }

        var stream = new FileStream(partial, FileMode.Open, FileAccess.Write, FileShare.Read, 1 << 16);
        stream.SetLength(length);
        stream.Position = length;
        return stream;
    }

    private static void Checkpoint(string outDir, BatchJournal journal, FileStream[] streams, int completed)
    {
        var lengths = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in BatchTables.All)
        {
            if (streams[(int)table] is { } stream)
            {
                stream.Flush(flushToDisk: true);
                lengths[BatchTables.FileName(table)] = stream.Position;
            }
        }

        journal.Lengths = lengths;
        journal.Completed = completed;
        journal.Save(outDir);
    }

    /// <summary>Removes the files an earlier run left in the output folder (only the names batch writes).</summary>
    private static void Clean(string outDir)
    {
        var names = BatchTables.All.Select(BatchTables.FileName)
            .Append(BatchTables.DuplicatesFile)
            .Concat(ParquetExporter.FileNames)
            .ToList();
        foreach (string name in names)
        {
            File.Delete(Path.Combine(outDir, name));
            File.Delete(PartialPath(outDir, name));
        }

        File.Delete(Path.Combine(outDir, BatchTables.JournalFile));
        File.Delete(Path.Combine(outDir, BatchTables.JournalFile + ".tmp"));
    }
}
