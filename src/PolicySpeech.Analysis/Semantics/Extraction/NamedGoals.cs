namespace PolicySpeech.Semantics;

/// <summary>The named national goals of Lexicons/Semantics/named-goals.txt and the year each is set for (全面建成小康社会 → 2020).</summary>
internal static class NamedGoals
{
    private static readonly Lazy<(string Goal, int Year)[]> Data = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The first named goal in <paramref name="text"/>: where it starts, its length and its year; or null.</summary>
    public static (int At, int Length, int Year)? Find(ReadOnlySpan<char> text)
    {
        foreach (var (goal, year) in Data.Value)
        {
            int at = text.IndexOf(goal, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (at, goal.Length, year);
            }
        }

        return null;
    }

    private static (string, int)[] Load() =>
        [.. Lexicons.LexiconReader.ReadRows("Semantics/named-goals.txt").Select(r => (r[0], int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture)))];
}
