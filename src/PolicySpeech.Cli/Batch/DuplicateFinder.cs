using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// Builds <c>duplicates.csv</c>, the corpus-wide table of paragraphs that occur in two or more documents, from
/// <c>paragraph-hashes.jsonl</c> in two streaming passes: the first counts the documents of every hash (memory: one
/// entry per distinct paragraph hash), the second collects the places of the hashes seen in two or more documents.
/// Columns: <c>hash</c>, <c>excerpt</c> (the normalised paragraph's start), <c>documents</c>, <c>occurrences</c>,
/// <c>places</c> (<c>path:line</c> joined by <c>;</c>, in input order). Rows: most documents first, then most
/// occurrences, then by hash.
/// </summary>
internal static class DuplicateFinder
{
    /// <summary>The columns.</summary>
    public static readonly string[] Columns = ["hash", "excerpt", "documents", "occurrences", "places"];

    /// <summary>Reads the paragraph hashes and writes the duplicate table.</summary>
    public static void Write(string paragraphHashes, string output)
    {
        var documents = new Dictionary<UInt128, (int Documents, int LastDocument)>();
        int document = -1;
        string? lastPath = null;
        foreach (var (path, _, hash, _) in Read(paragraphHashes))
        {
            if (!string.Equals(path, lastPath, StringComparison.Ordinal))
            {
                document++;
                lastPath = path;
            }

            var key = Key(hash);
            documents.TryGetValue(key, out var entry);
            documents[key] = entry.LastDocument == document + 1 ? entry : (entry.Documents + 1, document + 1);
        }

        // Places are kept as (document number, line) pairs and the paths once each, not as strings.
        var paths = new List<string>();
        var places = new Dictionary<UInt128, (string Hash, string Excerpt, int Documents, List<long> Places)>();
        foreach (var (path, line, hash, excerpt) in Read(paragraphHashes))
        {
            if (paths.Count == 0 || !string.Equals(paths[^1], path, StringComparison.Ordinal))
            {
                paths.Add(path);
            }

            var key = Key(hash);
            var count = documents[key].Documents;
            if (count < 2)
            {
                continue;
            }

            if (!places.TryGetValue(key, out var entry))
            {
                entry = (hash, excerpt, count, []);
                places[key] = entry;
            }

            entry.Places.Add(((long)(paths.Count - 1) << 32) | (uint)line);
        }

        documents.Clear();
        documents.TrimExcess();
        using var writer = new StreamWriter(output, append: false, CsvEncoding.File);
        writer.Write(Csv.Header(Columns));
        var row = new StringBuilder();
        foreach (var entry in places.Values
            .OrderByDescending(e => e.Documents)
            .ThenByDescending(e => e.Places.Count)
            .ThenBy(e => e.Hash, StringComparer.Ordinal))
        {
            row.Clear();
            Csv.Field(row, entry.Hash, first: true);
            Csv.Field(row, entry.Excerpt);
            Csv.Field(row, entry.Documents);
            Csv.Field(row, entry.Places.Count);
            Csv.Field(row, string.Join(';', entry.Places.Select(p => string.Create(CultureInfo.InvariantCulture, $"{paths[(int)(p >> 32)]}:{(int)(p & 0xFFFFFFFF)}"))));
            row.Append(Csv.NewLine);
            writer.Write(row);
        }
    }

    private static UInt128 Key(string hash) => UInt128.Parse(hash, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static IEnumerable<(string Path, int Line, string Hash, string Excerpt)> Read(string file)
    {
        foreach (string line in File.ReadLines(file))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            yield return (root.GetProperty("path").GetString()!, root.GetProperty("line").GetInt32(), root.GetProperty("hash").GetString()!, root.GetProperty("excerpt").GetString()!);
        }
    }
}
