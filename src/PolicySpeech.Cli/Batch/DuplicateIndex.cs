using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// The corpus-wide index of paragraph hashes behind <c>duplicates.csv</c>, built incrementally: the batch adds each
/// document's paragraphs as the document is written (in input order), so nothing is re-read at the end. A document is a
/// run of consecutive rows with the same path (as a re-read of <c>paragraph-hashes.jsonl</c> sees it). Memory: one entry
/// per distinct paragraph hash (its first hash text, excerpt and place), plus the places of hashes seen more than once.
/// </summary>
internal sealed class DuplicateIndex
{
    private readonly Dictionary<UInt128, Entry> _entries = [];
    private readonly List<string> _paths = [];
    private int _document = -1;

    /// <summary>Adds one row of <c>paragraph-hashes.jsonl</c>.</summary>
    public void Add(ParagraphHashRow row) => Add(row.Path, row.Line, row.Hash, row.Excerpt);

    /// <summary>Adds one paragraph, in input order.</summary>
    public void Add(string path, int line, string hash, string excerpt)
    {
        if (_paths.Count == 0 || !string.Equals(_paths[^1], path, StringComparison.Ordinal))
        {
            _paths.Add(path);
            _document++;
        }

        long place = ((long)(_paths.Count - 1) << 32) | (uint)line;
        var key = UInt128.Parse(hash, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (!_entries.TryGetValue(key, out var entry))
        {
            _entries[key] = new Entry(hash, excerpt, _document, place);
            return;
        }

        if (entry.LastDocument != _document)
        {
            entry.Documents++;
            entry.LastDocument = _document;
        }

        (entry.Places ??= [entry.FirstPlace]).Add(place);
    }

    /// <summary>Adds every row of a <c>paragraph-hashes.jsonl</c> file (a resumed or merged run's table).</summary>
    public void AddFile(string paragraphHashes)
    {
        foreach (string line in File.ReadLines(paragraphHashes))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            Add(root.GetProperty("path").GetString()!, root.GetProperty("line").GetInt32(), root.GetProperty("hash").GetString()!, root.GetProperty("excerpt").GetString()!);
        }
    }

    /// <summary>
    /// The rows of the duplicate table (<see cref="DuplicateFinder.Columns"/>): the hashes seen in two or more documents,
    /// most documents first, then most occurrences, then by hash.
    /// </summary>
    public IReadOnlyList<DuplicateRow> Rows()
    {
        return [.. _entries.Values
            .Where(e => e.Documents >= 2)
            .OrderByDescending(e => e.Documents)
            .ThenByDescending(e => e.Places!.Count)
            .ThenBy(e => e.Hash, StringComparer.Ordinal)
            .Select(e => new DuplicateRow(
                e.Hash,
                e.Excerpt,
                e.Documents,
                e.Places!.Count,
                string.Join(';', e.Places!.Select(p => string.Create(CultureInfo.InvariantCulture, $"{_paths[(int)(p >> 32)]}:{(int)(p & 0xFFFFFFFF)}")))))];
    }

    /// <summary>Writes <c>duplicates.csv</c>.</summary>
    public static void WriteCsv(IReadOnlyList<DuplicateRow> rows, string output)
    {
        using var writer = new StreamWriter(output, append: false, CsvEncoding.File);
        writer.Write(Csv.Header(DuplicateFinder.Columns));
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            builder.Clear();
            Csv.Field(builder, row.Hash, first: true);
            Csv.Field(builder, row.Excerpt);
            Csv.Field(builder, row.Documents);
            Csv.Field(builder, row.Occurrences);
            Csv.Field(builder, row.Places);
            builder.Append(Csv.NewLine);
            writer.Write(builder);
        }
    }

    private sealed class Entry(string hash, string excerpt, int document, long place)
    {
        public string Hash { get; } = hash;

        public string Excerpt { get; } = excerpt;

        public long FirstPlace { get; } = place;

        public int Documents { get; set; } = 1;

        public int LastDocument { get; set; } = document;

        /// <summary>Every place, once the hash is seen a second time (null while it is seen once).</summary>
        public List<long>? Places { get; set; }
    }
}
