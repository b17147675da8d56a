using System.Text;

namespace PolicySpeech.Lexicons;

/// <summary>
/// The one reader of the library's data files (<c>Lexicons/&lt;stage&gt;/*</c>, embedded resources). Every text lexicon has
/// one format: <c>#</c> comment lines at the top saying where the list comes from (comment lines may also head a section
/// further down), then a header line naming the tab-separated columns, then one row a line with exactly that many
/// fields. Blank lines are skipped. A malformed file fails with an <see cref="InvalidDataException"/> naming the file and
/// line, which the lexicon tests turn into a test failure. Binary data (<c>words.bin</c>, <c>*.tsv.gz</c>) keeps its
/// container and is opened through the same lookup (<see cref="Open"/>).
/// </summary>
internal static class LexiconReader
{
    private const string ResourcePrefix = "PolicySpeech.Lexicons.";

    /// <summary>Opens the embedded data file <c>Lexicons/<paramref name="path"/></c> (e.g. <c>Semantics/units.txt</c>).</summary>
    /// <param name="path">The path under <c>Lexicons/</c>, with <c>/</c> between folder and file.</param>
    /// <returns>The resource stream.</returns>
    /// <exception cref="InvalidOperationException">The file is not embedded in the assembly.</exception>
    internal static Stream Open(string path) =>
        TryOpen(path) ?? throw new InvalidOperationException($"Embedded lexicon Lexicons/{path} is missing from {typeof(LexiconReader).Assembly.GetName().Name}.");

    /// <summary>Opens the embedded data file <c>Lexicons/<paramref name="path"/></c>, or returns null when it is not embedded.</summary>
    /// <param name="path">The path under <c>Lexicons/</c>.</param>
    /// <returns>The resource stream, or null.</returns>
    internal static Stream? TryOpen(string path) =>
        typeof(LexiconReader).Assembly.GetManifestResourceStream(ResourcePrefix + path.Replace('/', '.'));

    /// <summary>Reads the embedded text lexicon <c>Lexicons/<paramref name="path"/></c>.</summary>
    /// <param name="path">The path under <c>Lexicons/</c> (e.g. <c>Rules/vocatives.txt</c>).</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException">The file does not follow the lexicon format.</exception>
    internal static LexiconTable Read(string path)
    {
        using var stream = Open(path);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader, path);
    }

    /// <summary>The rows of the embedded lexicon <c>Lexicons/<paramref name="path"/></c> (fields in header order).</summary>
    /// <param name="path">The path under <c>Lexicons/</c>.</param>
    /// <returns>The rows.</returns>
    internal static string[][] ReadRows(string path) => Read(path).Rows;

    /// <summary>The values of the first column of the embedded lexicon <c>Lexicons/<paramref name="path"/></c>, in file order.</summary>
    /// <param name="path">The path under <c>Lexicons/</c>.</param>
    /// <returns>The values.</returns>
    internal static string[] ReadColumn(string path) => Array.ConvertAll(Read(path).Rows, r => r[0]);

    /// <summary>Parses a text lexicon.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The file's name, for error messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidDataException">The text does not follow the lexicon format.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)] // runs at load over every row (12,000 in the confusion pairs): skip the slow first JIT tier (cold start)
    internal static LexiconTable Parse(TextReader reader, string name)
    {
        string[]? columns = null;
        var rows = new List<string[]>();
        var lineNumber = 0;
        var comments = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '#')
            {
                comments++;
                continue;
            }

            var fields = line.Split('\t');
            foreach (var field in fields)
            {
                if (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])))
                {
                    throw Bad(name, lineNumber, $"field '{field}' has leading or trailing white space (columns are separated by one tab)");
                }
            }

            if (columns is null)
            {
                if (comments == 0)
                {
                    throw Bad(name, lineNumber, "the file must open with # comment lines that give the list's source");
                }

                if (Array.Exists(fields, f => f.Length == 0) || fields.Distinct(StringComparer.Ordinal).Count() != fields.Length)
                {
                    throw Bad(name, lineNumber, $"the header '{line.Replace('\t', ' ')}' must name each column once, separated by tabs");
                }

                columns = fields;
                continue;
            }

            if (fields.Length != columns.Length)
            {
                throw Bad(name, lineNumber, $"{fields.Length} field(s), but the header names {columns.Length} ({string.Join(", ", columns)})");
            }

            if (fields[0].Length == 0)
            {
                throw Bad(name, lineNumber, $"the first column ({columns[0]}) is empty");
            }

            rows.Add(fields);
        }

        if (columns is null)
        {
            throw new InvalidDataException($"Lexicons/{name}: no header line naming the columns.");
        }

        return new LexiconTable(name, columns, rows.ToArray());
    }

    private static InvalidDataException Bad(string name, int line, string what) => new($"Lexicons/{name} line {line}: {what}.");
}
