namespace PolicySpeech.Cli.Batch;

/// <summary>
/// Runs <c>policyspeech merge</c>: joins the outputs of <c>batch --shard K/N</c> runs into the tables one machine would
/// have written. Every table is sorted by input path (the order key in its first column) within a shard, and every input
/// belongs to exactly one shard, so a k-way merge by path restores the single-machine row order byte for byte; the
/// duplicate table is recomputed from the merged paragraph hashes so duplicates across shards are found. The shards
/// must be finished runs of the same inputs and options, and all N of them must be given.
/// </summary>
internal static class MergeRunner
{
    /// <summary>Merges.</summary>
    /// <returns>The number of documents in the merged tables.</returns>
    /// <exception cref="CliUsageException">A folder is not a finished batch run, shards are missing or repeated, or the shards come from different runs.</exception>
    public static async Task<int> RunAsync(IReadOnlyList<string> shardDirectories, string outDir)
    {
        if (shardDirectories.Count == 0)
        {
            throw new CliUsageException("merge: give the output folders of the shards");
        }

        var journals = new List<BatchJournal>();
        foreach (string directory in shardDirectories)
        {
            var journal = BatchJournal.TryLoad(directory)
                ?? throw new CliUsageException($"{directory}: not a batch output folder (no {BatchTables.JournalFile})");
            if (!journal.Complete)
            {
                throw new CliUsageException($"{directory}: the batch run is not finished ({journal.Completed} of {journal.Inputs} inputs); finish it with --resume first");
            }

            journals.Add(journal);
        }

        Validate(shardDirectories, journals);
        RefuseOutputInsideShard(shardDirectories, outDir);
        Directory.CreateDirectory(outDir);
        try
        {
            return await MergeAsync(shardDirectories, outDir, journals).ConfigureAwait(false);
        }
        catch (CliUsageException)
        {
            foreach (var table in BatchTables.All)
            {
                File.Delete(BatchRunner.PartialPath(outDir, BatchTables.FileName(table)));
            }

            File.Delete(BatchRunner.PartialPath(outDir, BatchTables.DuplicatesFile));
            throw;
        }
    }

    private static async Task<int> MergeAsync(IReadOnlyList<string> shardDirectories, string outDir, List<BatchJournal> journals)
    {
        string first = shardDirectories[0];
        var tables = BatchTables.All.Where(t => File.Exists(Path.Combine(first, BatchTables.FileName(t)))).ToArray();
        var names = new List<string>();
        int documents = 0;
        foreach (var table in tables)
        {
            string name = BatchTables.FileName(table);
            var sources = shardDirectories.Select(d => Path.Combine(d, name)).ToList();
            foreach (string source in sources)
            {
                if (!File.Exists(source))
                {
                    throw new CliUsageException($"{source}: missing; the shards were run with different --format options");
                }
            }

            int rows = BatchTables.IsCsv(table)
                ? MergeCsv(sources, BatchRunner.PartialPath(outDir, name))
                : MergeJsonl(sources, BatchRunner.PartialPath(outDir, name));
            if (table == BatchTable.Documents)
            {
                documents = rows;
            }

            names.Add(name);
        }

        DuplicateFinder.Write(BatchRunner.PartialPath(outDir, BatchTables.FileName(BatchTable.ParagraphHashes)), BatchRunner.PartialPath(outDir, BatchTables.DuplicatesFile));
        names.Add(BatchTables.DuplicatesFile);
        if (File.Exists(Path.Combine(first, ParquetExporter.FileNames[0])))
        {
            names.AddRange(await ParquetExporter.ExportAsync(outDir, name => BatchRunner.PartialPath(outDir, name)).ConfigureAwait(false));
        }

        foreach (string name in names)
        {
            File.Move(BatchRunner.PartialPath(outDir, name), Path.Combine(outDir, name), overwrite: true);
        }

        var counts = new BatchCounts();
        foreach (var journal in journals)
        {
            counts.Ok += journal.Counts.Ok;
            counts.Errors += journal.Counts.Errors;
            counts.Skipped += journal.Counts.Skipped;
            counts.Commitments += journal.Counts.Commitments;
            counts.Diagnostics += journal.Counts.Diagnostics;
            counts.ErrorDiagnostics += journal.Counts.ErrorDiagnostics;
            counts.Bytes += journal.Counts.Bytes;
        }

        new BatchJournal
        {
            InputsHash = journals[0].AllInputsHash,
            AllInputsHash = journals[0].AllInputsHash,
            Options = WithoutShard(journals[0].Options),
            Inputs = documents,
            Completed = documents,
            Complete = true,
            Counts = counts,
        }.Save(outDir);
        return documents;
    }

    /// <summary>Refuses an output folder that is a shard's folder or inside one: the merge would overwrite the shard.</summary>
    private static void RefuseOutputInsideShard(IReadOnlyList<string> shardDirectories, string outDir)
    {
        static string Canonical(string path) =>
            Path.TrimEndingDirectorySeparator(NativeFiles.RealPath(path) ?? Path.GetFullPath(path));

        // The output folder may not exist yet: canonicalise its nearest existing ancestor.
        string outFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        string existing = outFull;
        string rest = "";
        while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } parent)
        {
            rest = Path.Combine(Path.GetFileName(existing), rest);
            existing = parent;
        }

        string outCanonical = Path.TrimEndingDirectorySeparator(Path.Combine(Canonical(existing), rest));
        foreach (string shard in shardDirectories)
        {
            string shardCanonical = Canonical(shard);
            if (string.Equals(outCanonical, shardCanonical, StringComparison.Ordinal)
                || outCanonical.StartsWith(shardCanonical + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new CliUsageException($"--out {outDir}: the output folder is (or is inside) the shard folder {shard}; the merge would overwrite it; choose another folder");
            }
        }
    }

    private static void Validate(IReadOnlyList<string> directories, List<BatchJournal> journals)
    {
        for (int i = 1; i < journals.Count; i++)
        {
            if (journals[i].AllInputsHash != journals[0].AllInputsHash || WithoutShard(journals[i].Options) != WithoutShard(journals[0].Options))
            {
                throw new CliUsageException($"{directories[i]}: this shard comes from a run with other inputs or options than {directories[0]}");
            }
        }

        if (journals.Count == 1 && journals[0].Shard is null)
        {
            return;
        }

        var shards = journals.Select((j, i) => (Spec: j.Shard is null ? null : ShardSpec.Parse(j.Shard), Directory: directories[i])).ToList();
        if (shards.Any(s => s.Spec is null))
        {
            throw new CliUsageException($"{shards.First(s => s.Spec is null).Directory}: not a shard (run without --shard); merge joins the outputs of --shard K/N runs");
        }

        int n = shards[0].Spec!.Count;
        var seen = new Dictionary<int, string>();
        foreach (var (spec, directory) in shards)
        {
            if (spec!.Count != n)
            {
                throw new CliUsageException($"{directory}: shard {spec} does not split the inputs into {n} like {directories[0]}");
            }

            if (!seen.TryAdd(spec.Index, directory))
            {
                throw new CliUsageException($"{directory}: shard {spec} is given twice (also {seen[spec.Index]})");
            }
        }

        var missing = Enumerable.Range(1, n).Where(k => !seen.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new CliUsageException($"merge: shards {string.Join(", ", missing.Select(k => $"{k}/{n}"))} are missing; the merged tables would lack their documents");
        }
    }

    private static string WithoutShard(string options) =>
        string.Join(';', options.Split(';').Where(p => !p.StartsWith("shard=", StringComparison.Ordinal)));

    private static int MergeCsv(List<string> sources, string output)
    {
        var readers = sources.Select(s => new SourceReader(s)).ToList();
        try
        {
            using var writer = new StreamWriter(output, append: false, CsvEncoding.File);
            var raw = new StringBuilder();
            var fields = new List<string>();
            var heads = new (string Key, string Raw)?[readers.Count];
            int columns = -1;
            for (int i = 0; i < readers.Count; i++)
            {
                if (!readers[i].ReadCsv(raw, fields))
                {
                    throw readers[i].Malformed("the table has no header line");
                }

                if (i == 0)
                {
                    columns = fields.Count;
                    writer.Write(raw.ToString());
                    writer.Write(Csv.NewLine);
                }
                else if (fields.Count != columns)
                {
                    throw readers[i].Malformed($"the header has {fields.Count} columns, {sources[0]} has {columns}");
                }

                readers[i].Columns = columns;
                heads[i] = NextCsv(readers[i], raw, fields);
            }

            return KWayMerge(heads, i => NextCsv(readers[i], raw, fields), record => { writer.Write(record); writer.Write(Csv.NewLine); });
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    private static (string Key, string Raw)? NextCsv(SourceReader reader, StringBuilder raw, List<string> fields)
    {
        if (!reader.ReadCsv(raw, fields))
        {
            return null;
        }

        if (fields.Count != reader.Columns)
        {
            throw reader.Malformed($"the record has {fields.Count} fields, the header {reader.Columns}");
        }

        return (Csv.Unneutralise(fields[0]), raw.ToString());
    }

    private static int MergeJsonl(List<string> sources, string output)
    {
        var readers = sources.Select(s => new SourceReader(s)).ToList();
        try
        {
            using var writer = new StreamWriter(output, append: false, new UTF8Encoding(false));
            var heads = new (string Key, string Raw)?[readers.Count];
            for (int i = 0; i < readers.Count; i++)
            {
                heads[i] = NextJsonl(readers[i]);
            }

            return KWayMerge(heads, i => NextJsonl(readers[i]), line => { writer.Write(line); writer.Write('\n'); });
        }
        finally
        {
            readers.ForEach(r => r.Dispose());
        }
    }

    private static (string Key, string Raw)? NextJsonl(SourceReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length > 0)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(line);
                if (!IsJsonObject(bytes, out string? problem))
                {
                    throw reader.Malformed($"the line is not one JSON object ({problem})");
                }

                return (RowSerializer.FirstStringProperty(bytes), line);
            }
        }

        return null;
    }

    private static bool IsJsonObject(byte[] line, out string? problem)
    {
        try
        {
            var json = new System.Text.Json.Utf8JsonReader(line, new System.Text.Json.JsonReaderOptions { MaxDepth = 64 });
            if (!json.Read() || json.TokenType != System.Text.Json.JsonTokenType.StartObject)
            {
                problem = "it does not start with {";
                return false;
            }

            json.Skip();
            if (json.Read())
            {
                problem = "text follows the object";
                return false;
            }

            problem = null;
            return true;
        }
        catch (System.Text.Json.JsonException ex)
        {
            problem = ex.Message;
            return false;
        }
    }

    /// <summary>A shard's table being merged: reads records, counts lines, and names the file and line of what is malformed.</summary>
    private sealed class SourceReader : IDisposable
    {
        private readonly StreamReader _reader;
        private readonly bool _endsWithLineBreak;
        private long _line;

        public SourceReader(string path)
        {
            Path = path;
            if (FirstInvalidUtf8Line(path) is { } bad)
            {
                _line = bad;
                throw Malformed("the line is not valid UTF-8");
            }

            _reader = new StreamReader(path, new UTF8Encoding(false));
            long length = _reader.BaseStream.Length;
            if (length > 0)
            {
                _reader.BaseStream.Seek(-1, SeekOrigin.End);
                _endsWithLineBreak = _reader.BaseStream.ReadByte() == '\n';
                _reader.BaseStream.Seek(0, SeekOrigin.Begin);
            }
            else
            {
                _endsWithLineBreak = true;
            }
        }

        public string Path { get; }

        public int Columns { get; set; }

        public bool ReadCsv(StringBuilder raw, List<string> fields)
        {
            if (!Csv.TryReadRecord(_reader, raw, fields, out string? error))
            {
                return false;
            }

            _line++;
            if (error is not null)
            {
                throw Malformed("malformed CSV record: " + error);
            }

            for (int i = 0; i < raw.Length; i++)
            {
                if (raw[i] == '\n')
                {
                    _line++;
                }
            }

            return true;
        }

        public string? ReadLine()
        {
            string? line = _reader.ReadLine();
            if (line is null)
            {
                return null;
            }

            _line++;
            if (_reader.EndOfStream && !_endsWithLineBreak)
            {
                throw Malformed("the last line has no line break (the file is truncated)");
            }

            return line;
        }

        public CliUsageException Malformed(string what) =>
            new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path}:{Math.Max(_line, 1)}: {what}; the shard is damaged: rerun it (batch --resume or a fresh run) before merging"));

        public void Dispose() => _reader.Dispose();

        /// <summary>The 1-based line of the first byte that is not valid UTF-8, or null.</summary>
        private static long? FirstInvalidUtf8Line(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var buffer = new byte[1 << 16];
            var chars = new char[1 << 16];
            int carried = 0;
            long line = 1;
            while (true)
            {
                int read = stream.Read(buffer, carried, buffer.Length - carried);
                int available = carried + read;
                bool final = read == 0;
                var status = System.Text.Unicode.Utf8.ToUtf16(buffer.AsSpan(0, available), chars, out int consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                line += buffer.AsSpan(0, consumed).Count((byte)'\n');
                if (status == System.Buffers.OperationStatus.InvalidData)
                {
                    return line;
                }

                if (final)
                {
                    return null;
                }

                carried = available - consumed;
                buffer.AsSpan(consumed, carried).CopyTo(buffer);
            }
        }
    }

    /// <summary>Writes the records of all sources in ordinal order of their keys (ties: the earlier source first); returns the number of distinct keys.</summary>
    private static int KWayMerge((string Key, string Raw)?[] heads, Func<int, (string Key, string Raw)?> next, Action<string> write)
    {
        var queue = new PriorityQueue<int, (string Key, int Source)>(Comparer<(string Key, int Source)>.Create((a, b) =>
        {
            int c = string.CompareOrdinal(a.Key, b.Key);
            return c != 0 ? c : a.Source.CompareTo(b.Source);
        }));
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] is { } head)
            {
                queue.Enqueue(i, (head.Key, i));
            }
        }

        int keys = 0;
        string? lastKey = null;
        while (queue.TryDequeue(out int source, out _))
        {
            var (key, raw) = heads[source]!.Value;
            write(raw);
            if (!string.Equals(key, lastKey, StringComparison.Ordinal))
            {
                keys++;
                lastKey = key;
            }

            heads[source] = next(source);
            if (heads[source] is { } following)
            {
                queue.Enqueue(source, (following.Key, source));
            }
        }

        return keys;
    }
}
