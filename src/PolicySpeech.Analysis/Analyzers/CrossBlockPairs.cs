namespace PolicySpeech.Analyzers;

/// <summary>
/// Pairs an opener left open at the end of one block with a closer that closes nothing in one of the next few blocks:
/// the mark pair of a title or quotation that a hard line break cut in two (《中华人民共和国\n著作权法》), which is
/// not a fault of the marks. Two multi-paragraph conventions pair at any distance: a quotation set as paragraphs of its own
/// (an opener ending one paragraph, its closer beginning a later one: 毛主席提出：“⏎…⏎”), and a quotation whose every
/// paragraph opens with “ and which closes once at the end (an opener beginning a paragraph that the next paragraph
/// continues with an opener of its own).
/// </summary>
internal static class CrossBlockPairs
{
    /// <summary>The furthest block after the opener's block that may hold its closer.</summary>
    public const int MaxBlocks = 8;

    /// <summary>The longest distance, in characters, between the opener and the closer.</summary>
    public const int MaxDistance = 150;

    /// <summary>
    /// An unpaired mark: its offset, its block index, its family, whether it opens, and whether only white space and punctuation
    /// stand between it and the start (<paramref name="AtBlockStart"/>) or the end (<paramref name="AtBlockEnd"/>) of its block.
    /// </summary>
    internal readonly record struct Unpaired(int Position, int Block, int Family, bool Opens, bool AtBlockStart = false, bool AtBlockEnd = false);

    /// <summary>The offsets of the unpaired marks (sorted by position) that pair across blocks.</summary>
    /// <param name="marks">The unpaired marks, sorted by position.</param>
    /// <param name="blockOpensWith">Whether a block (by index) begins with the opener of a family (by index).</param>
    public static HashSet<int> Find(IReadOnlyList<Unpaired> marks, Func<int, int, bool>? blockOpensWith = null)
    {
        var paired = new HashSet<int>();
        var open = new List<Unpaired>();
        foreach (var mark in marks)
        {
            if (mark.Opens)
            {
                if (mark.AtBlockStart && blockOpensWith is not null && blockOpensWith(mark.Block + 1, mark.Family))
                {
                    paired.Add(mark.Position); // “ opens each paragraph of a quotation; the next paragraph goes on with it
                    continue;
                }

                open.Add(mark);
                continue;
            }

            for (int k = open.Count - 1; k >= 0; k--)
            {
                var opener = open[k];
                if (opener.Family == mark.Family && opener.Block < mark.Block && mark.Block - opener.Block <= MaxBlocks
                    && (mark.Position - opener.Position <= MaxDistance || (opener.AtBlockEnd && mark.AtBlockStart)))
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
