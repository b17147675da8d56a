namespace PolicySpeech.Analyzers;

/// <summary>
/// Pairs an opener left open at the end of one block with a closer that closes nothing in one of the next few blocks:
/// the mark pair of a title or quotation that a hard line break cut in two (《中华人民共和国\n著作权法》), which is
/// not a fault of the marks.
/// </summary>
internal static class CrossBlockPairs
{
    /// <summary>The furthest block after the opener's block that may hold its closer.</summary>
    public const int MaxBlocks = 8;

    /// <summary>The longest distance, in characters, between the opener and the closer.</summary>
    public const int MaxDistance = 150;

    /// <summary>An unpaired mark: its offset, its block index, its family, and whether it opens.</summary>
    internal readonly record struct Unpaired(int Position, int Block, int Family, bool Opens);

    /// <summary>The offsets of the unpaired marks (sorted by position) that pair across blocks.</summary>
    public static HashSet<int> Find(IReadOnlyList<Unpaired> marks)
    {
        var paired = new HashSet<int>();
        var open = new List<Unpaired>();
        foreach (var mark in marks)
        {
            if (mark.Opens)
            {
                open.Add(mark);
                continue;
            }

            for (int k = open.Count - 1; k >= 0; k--)
            {
                var opener = open[k];
                if (opener.Family == mark.Family && opener.Block < mark.Block && mark.Block - opener.Block <= MaxBlocks
                    && mark.Position - opener.Position <= MaxDistance)
                {
                    paired.Add(opener.Position);
                    paired.Add(mark.Position);
                    open.RemoveAt(k);
                    break;
                }
            }
        }

        return paired;
    }
}
