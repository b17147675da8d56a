using System.Buffers;

namespace PolicySpeech.Semantics;

/// <summary>
/// A fixed set of words searched in one pass: a vectorised scan for the words' first characters, then a comparison of
/// only the words starting with the character found. Same answers as testing each word with
/// <see cref="MemoryExtensions.Contains(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/>.
/// </summary>
internal sealed class WordSet
{
    private readonly SearchValues<char> _firstChars;
    private readonly Dictionary<char, string[]> _byFirstChar;
    private readonly bool _hasEmpty;

    /// <summary>Creates the set.</summary>
    /// <param name="words">The words.</param>
    internal WordSet(IEnumerable<string> words)
    {
        var list = words.ToArray();
        _hasEmpty = list.Any(w => w.Length == 0);
        _byFirstChar = list.Where(w => w.Length > 0).GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ToArray());
        _firstChars = SearchValues.Create(new string([.. _byFirstChar.Keys]));
    }

    /// <summary>Whether <paramref name="text"/> contains any of the words.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when one of the words occurs in <paramref name="text"/>.</returns>
    internal bool ContainsAny(ReadOnlySpan<char> text)
    {
        if (_hasEmpty)
        {
            return true;
        }

        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOfAny(_firstChars);
            if (k < 0)
            {
                return false;
            }

            i += k;
            var rest = text[i..];
            foreach (var w in _byFirstChar[text[i]])
            {
                if (rest.StartsWith(w, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            i++;
        }

        return false;
    }

    /// <summary>The length of the longest word that <paramref name="text"/> starts with, or 0 when it starts with none.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The length of the longest matching word, or 0.</returns>
    internal int LongestPrefix(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !_byFirstChar.TryGetValue(text[0], out var words))
        {
            return 0;
        }

        foreach (var w in words)
        {
            if (text.StartsWith(w, StringComparison.Ordinal))
            {
                return w.Length;
            }
        }

        return 0;
    }
}
