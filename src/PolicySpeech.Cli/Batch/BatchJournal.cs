using System.Text.Json;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// The progress journal <c>.batch-state.json</c>: which inputs and options the run is for, how many inputs (in order) are
/// completely written, and how long each <c>.partial</c> table was at that point. It is written only after the tables
/// are flushed to disk, to a temporary file that is flushed and then renamed over the old journal, so that after a kill
/// the journal never claims rows that are not on disk. A resumed run truncates each table to its recorded length and
/// continues with the next input.
/// </summary>
internal sealed class BatchJournal
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    /// <summary>The journal format.</summary>
    public int Version { get; set; } = 1;

    /// <summary>SHA-256 of this run's (shard's) input paths.</summary>
    public string InputsHash { get; set; } = "";

    /// <summary>SHA-256 of all input paths before sharding (shards of one run share it).</summary>
    public string AllInputsHash { get; set; } = "";

    /// <summary>The options that shape the output (formats, shard, year).</summary>
    public string Options { get; set; } = "";

    /// <summary>The shard as <c>K/N</c>, or null.</summary>
    public string? Shard { get; set; }

    /// <summary>The inputs as given on the command line (to say what differs when a resume is refused).</summary>
    public string[] Arguments { get; set; } = [];

    /// <summary>SHA-256 of this run's inputs as full paths: equal when the same files are named another way (relative or absolute).</summary>
    public string FullPathsHash { get; set; } = "";

    /// <summary>The first input's path as written in the tables.</summary>
    public string? FirstPath { get; set; }

    /// <summary>How many inputs this run has.</summary>
    public int Inputs { get; set; }

    /// <summary>How many inputs, in order, are completely written.</summary>
    public int Completed { get; set; }

    /// <summary>Whether the run finished and the tables have their final names.</summary>
    public bool Complete { get; set; }

    /// <summary>The length of each table file (by file name) when <see cref="Completed"/> inputs were written.</summary>
    public Dictionary<string, long> Lengths { get; set; } = [];

    /// <summary>The totals at that point.</summary>
    public BatchCounts Counts { get; set; } = new();

    /// <summary>Reads the journal of a folder, or null when there is none.</summary>
    public static BatchJournal? TryLoad(string directory)
    {
        string path = Path.Combine(directory, BatchTables.JournalFile);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<BatchJournal>(File.ReadAllBytes(path), Json)
                ?? throw new CliUsageException($"{path}: the batch journal is empty");
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"{path}: the batch journal cannot be read ({ex.Message}); remove the folder's contents to start again");
        }
    }

    /// <summary>Writes the journal durably: temporary file, flush to disk, rename.</summary>
    public void Save(string directory)
    {
        string path = Path.Combine(directory, BatchTables.JournalFile);
        string temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, this, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
