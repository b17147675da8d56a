using System.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// Reads the recognisers' data files (Lexicons/Semantics/*.txt, embedded resources): one entry a
/// line, tab-separated columns, lines starting with # and blank lines skipped.
/// </summary>
internal static class SemanticLexicon
{
    internal static string[][] Load(string fileName)
    {
        using var stream = Open(fileName);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.TrimEnd('\r').Split('\t'));
        }

        return rows.ToArray();
    }

    /// <summary>Opens the embedded data file Lexicons/Semantics/<paramref name="fileName"/>.</summary>
    /// <exception cref="InvalidOperationException">The file is not embedded in the assembly.</exception>
    internal static Stream Open(string fileName)
    {
        var assembly = typeof(SemanticLexicon).Assembly;
        var name = Array.Find(assembly.GetManifestResourceNames(), n => n.EndsWith(".Semantics." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Embedded lexicon Lexicons/Semantics/{fileName} is missing from {assembly.GetName().Name}.");
        return assembly.GetManifestResourceStream(name)!;
    }

    /// <summary>Words grouped by first character, longest first, for left-to-right longest match.</summary>
    internal static Dictionary<char, string[]> IndexByFirstChar(IEnumerable<string> words) =>
        words.Distinct(StringComparer.Ordinal)
             .GroupBy(w => w[0])
             .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());

    /// <summary>The longest word of <paramref name="index"/> that starts at <paramref name="position"/>, or null.</summary>
    internal static string? LongestAt(ReadOnlySpan<char> text, int position, Dictionary<char, string[]> index)
    {
        if ((uint)position >= (uint)text.Length || !index.TryGetValue(text[position], out var words))
        {
            return null;
        }

        var rest = text[position..];
        foreach (var w in words)
        {
            if (rest.StartsWith(w, StringComparison.Ordinal))
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>The longest word of <paramref name="wordsLongestFirst"/> that ends at <paramref name="end"/>, or null.</summary>
    internal static string? LongestEndingAt(ReadOnlySpan<char> text, int end, string[] wordsLongestFirst)
    {
        var head = text[..end];
        foreach (var w in wordsLongestFirst)
        {
            // The last character first: most words fail there, without a full comparison.
            if (w.Length == 0 || (w.Length <= head.Length && head[^1] == w[^1] && head.EndsWith(w, StringComparison.Ordinal)))
            {
                return w;
            }
        }

        return null;
    }
}
