using System.Globalization;

namespace PolicySpeech.Analyzers;

/// <summary>
/// Finds paragraphs repeated across the documents of a corpus (the cross-document form of PS2001). Documents are
/// added one at a time (streaming); the index keeps only a 128-bit hash and the locations of each paragraph, never
/// its text, so memory grows with the number of paragraphs, not with their length. Thread-safe: documents may be
/// added concurrently; <see cref="GetDuplicates"/> orders its result by the order of addition, then position.
/// </summary>
/// <example><code>
/// var index = new CorpusDuplicateIndex();
/// foreach (var file in files) index.Add(file, SpeechSyntaxTree.Parse(SourceText.From(File.ReadAllText(file)), file));
/// foreach (var duplicate in index.GetDuplicates()) Console.WriteLine($"{duplicate.Occurrences.Length} places");
/// </code></example>
internal sealed class CorpusDuplicateIndex
{
    private readonly object _gate = new();
    private readonly Dictionary<(ulong, ulong), Entry> _entries = [];
    private readonly Dictionary<string, int> _documents = new(StringComparer.Ordinal);

    /// <summary>Creates an index that ignores paragraphs with fewer than <paramref name="minHanCharacters"/> Han characters.</summary>
    /// <param name="minHanCharacters">The shortest paragraph (in Han characters) worth reporting; 20 by default, so that stock phrases such as 谢谢大家 are not reported.</param>
    public CorpusDuplicateIndex(int minHanCharacters = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minHanCharacters);
        MinHanCharacters = minHanCharacters;
    }

    /// <summary>The shortest paragraph (in Han characters) the index keeps.</summary>
    public int MinHanCharacters { get; }

    /// <summary>The number of documents added.</summary>
    public int DocumentCount
    {
        get
        {
            lock (_gate)
            {
                return _documents.Count;
            }
        }
    }

    /// <summary>Adds the paragraphs of one document.</summary>
    /// <param name="documentId">An identifier for the document, such as its path; adding the same identifier twice is an error.</param>
    /// <param name="tree">The document's tree.</param>
    public void Add(string documentId, SpeechSyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(tree);
        var found = new List<((ulong, ulong) Hash, int Length, Location Location)>();
        foreach (var node in RuleText.StructuralNodes(tree))
        {
            if (node is not ParagraphSyntax paragraph)
            {
                continue;
            }

            var span = tree.Text.AsSpan(paragraph.Span);
            if (SyntaxFacts.HanCount(span) < MinHanCharacters)
            {
                continue;
            }

            var hash = TextNormalization.NormalizedHash(span, out int length);
            found.Add((hash, length, paragraph.GetLocation()));
        }

        lock (_gate)
        {
            if (!_documents.TryAdd(documentId, _documents.Count))
            {
                throw new ArgumentException($"The document '{documentId}' was already added.", nameof(documentId));
            }

            int order = _documents[documentId];
            foreach (var (hash, length, location) in found)
            {
                var occurrence = new Occurrence(order, documentId, location);
                if (_entries.TryGetValue(hash, out var entry))
                {
                    entry.Add(occurrence);
                }
                else
                {
                    _entries[hash] = new Entry(hash, length, occurrence);
                }
            }
        }
    }

    /// <summary>The paragraphs that appear in two or more documents, each with all its places.</summary>
    /// <returns>The duplicates, ordered by their first place (document order of addition, then position).</returns>
    public ImmutableArray<CorpusDuplicate> GetDuplicates()
    {
        lock (_gate)
        {
            return
            [
                .. _entries.Values
                    .Where(e => e.Others is not null && e.Others.Exists(o => o.Order != e.First.Order))
                    .Select(e => e.ToDuplicate())
                    .OrderBy(d => d.Order)
                    .ThenBy(d => d.Start)
                    .Select(d => d.Duplicate),
            ];
        }
    }

    private readonly record struct Occurrence(int Order, string DocumentId, Location Location);

    private sealed class Entry((ulong A, ulong B) hash, int length, Occurrence first)
    {
        public Occurrence First { get; } = first;

        public List<Occurrence>? Others { get; private set; }

        public void Add(Occurrence occurrence) => (Others ??= []).Add(occurrence);

        public (int Order, int Start, CorpusDuplicate Duplicate) ToDuplicate()
        {
            var all = new List<Occurrence> { First };
            all.AddRange(Others ?? []);
            all.Sort((x, y) => x.Order != y.Order ? x.Order.CompareTo(y.Order) : x.Location.SourceSpan.CompareTo(y.Location.SourceSpan));
            var fingerprint = hash.A.ToString("x16", CultureInfo.InvariantCulture) + hash.B.ToString("x16", CultureInfo.InvariantCulture);
            var duplicate = new CorpusDuplicate(fingerprint, length, [.. all.Select(o => new CorpusOccurrence(o.DocumentId, o.Location))]);
            return (all[0].Order, all[0].Location.SourceSpan.Start, duplicate);
        }
    }
}
