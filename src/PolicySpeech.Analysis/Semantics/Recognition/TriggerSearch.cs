using System.Buffers;

namespace PolicySpeech.Semantics;

/// <summary>
/// The scan every recogniser starts with: jump to the next character that can begin a match (a modal verb's first
/// character, a digit, a star), so that the text between is never looked at character by character.
/// </summary>
internal static class TriggerSearch
{
    /// <summary>The position of the first trigger at or after <paramref name="from"/>, or -1 when there is none.</summary>
    /// <param name="text">The text scanned.</param>
    /// <param name="from">Where to start; at or past the end there is no trigger.</param>
    /// <param name="triggers">The characters a match can begin with.</param>
    /// <returns>An index into <paramref name="text"/>, or -1.</returns>
    public static int Next(ReadOnlySpan<char> text, int from, SearchValues<char> triggers)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        int k = text[from..].IndexOfAny(triggers);
        return k < 0 ? -1 : from + k;
    }
}
