using System.Runtime.InteropServices;
using System.Text.Json;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// The corpus-wide index of paragraph hashes behind <c>duplicates.csv</c>, built incrementally: the batch adds each
/// document's paragraphs as the document is written (in input order), so nothing is re-read at the end. A document is a
/// run of consecutive rows with the same path (as a re-read of <c>paragraph-hashes.jsonl</c> sees it). Memory: one entry
/// per distinct paragraph hash (its excerpt and first place), plus the places of hashes seen more than once.
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
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries, key, out bool exists);
        if (!exists)
        {
            // The hash text is kept only when it is not the key's 32 lowercase hex digits (as ParagraphHasher writes it).
            entry = new Entry
            {
                Hash = string.Equals(key.ToString("x32", CultureInfo.InvariantCulture), hash, StringComparison.Ordinal) ? null : hash,
                Excerpt = excerpt,
                FirstPlace = place,
                Documents = 1,
                LastDocument = _document,
            };
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
        return [.. _entries
            .Where(e => e.Value.Documents >= 2)
            .Select(e => (Hash: e.Value.Hash ?? e.Key.ToString("x32", CultureInfo.InvariantCulture), Entry: e.Value))
            .OrderByDescending(e => e.Entry.Documents)
            .ThenByDescending(e => e.Entry.Places!.Count)
            .ThenBy(e => e.Hash, StringComparer.Ordinal)
            .Select(e => new DuplicateRow(
                e.Hash,
                e.Entry.Excerpt,
                e.Entry.Documents,
                e.Entry.Places!.Count,
                string.Join(';', e.Entry.Places!.Select(p => string.Create(CultureInfo.InvariantCulture, $"{_paths[(int)(p >> 32)]}:{(int)(p & 0xFFFFFFFF)}")))))];
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

    /// <summary>One distinct paragraph hash (a struct in the dictionary: no object per paragraph).</summary>
    private struct Entry
    {
        /// <summary>The hash as first written, or null when it is the key's 32 lowercase hex digits.</summary>
        public string? Hash;

        public string Excerpt;

        public long FirstPlace;

        public int Documents;

        public int LastDocument;

        /// <summary>Every place, once the hash is seen a second time (null while it is seen once).</summary>
        public List<long>? Places;
    }
}
