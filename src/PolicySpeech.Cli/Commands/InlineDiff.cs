using DiffPlex;
using DiffPlex.Chunkers;

namespace PolicySpeech.Cli.Commands;

/// <summary>
/// <c>fix --dry-run --word-diff</c>: each changed line once, with the changed characters marked as git's
/// <c>--word-diff=plain</c> marks them (<c>[-old-]{+new+}</c>), so a one-character fix in a 400-character paragraph
/// shows as that character and its surroundings, not as two whole lines. Lines and characters are compared with DiffPlex.
/// </summary>
internal static class InlineDiff
{
    /// <summary>How many unchanged characters are kept on each side of a change; longer runs are elided with <c>…</c>.</summary>
    public const int Context = 12;

    /// <summary>The changed lines of <paramref name="oldText"/> against <paramref name="newText"/>, one <c>path:line: text</c> a line.</summary>
    public static string Create(string oldText, string newText, string path)
    {
        var ci = CultureInfo.InvariantCulture;
        var lines = Differ.Instance.CreateDiffs(oldText, newText, false, false, LineChunker.Instance);
        var b = new StringBuilder();
        foreach (var block in lines.DiffBlocks)
        {
            int paired = Math.Min(block.DeleteCountA, block.InsertCountB);
            for (int i = 0; i < paired; i++)
            {
                string before = lines.PiecesOld[block.DeleteStartA + i];
                string after = lines.PiecesNew[block.InsertStartB + i];
                b.Append(ci, $"{path}:{block.DeleteStartA + i + 1}: ").Append(Mark(before, after)).Append('\n');
            }

            for (int i = paired; i < block.DeleteCountA; i++)
            {
                b.Append(ci, $"{path}:{block.DeleteStartA + i + 1}: [-").Append(lines.PiecesOld[block.DeleteStartA + i]).Append("-]\n");
            }

            for (int i = paired; i < block.InsertCountB; i++)
            {
                b.Append(ci, $"{path}:{block.DeleteStartA + paired + 1}: {{+").Append(lines.PiecesNew[block.InsertStartB + i]).Append("+}\n");
            }
        }

        return b.ToString();
    }

    private static string Mark(string before, string after)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, false, false, CharacterChunker.Instance);
        var b = new StringBuilder();
        int a = 0; // next unwritten character of `before`
        foreach (var block in diff.DiffBlocks)
        {
            Unchanged(b, before, a, block.DeleteStartA, first: a == 0);
            if (block.DeleteCountA > 0)
            {
                b.Append("[-").Append(before, block.DeleteStartA, block.DeleteCountA).Append("-]");
            }

            if (block.InsertCountB > 0)
            {
                b.Append("{+").Append(after, block.InsertStartB, block.InsertCountB).Append("+}");
            }

            a = block.DeleteStartA + block.DeleteCountA;
        }

        Unchanged(b, before, a, before.Length, first: false, last: true);
        return b.ToString();
    }

    /// <summary>Appends before[start..end), keeping <see cref="Context"/> characters next to each change.</summary>
    private static void Unchanged(StringBuilder b, string text, int start, int end, bool first, bool last = false)
    {
        int length = end - start;
        int keepLeft = first ? 0 : Context;
        int keepRight = last ? 0 : Context;
        if (length <= keepLeft + keepRight + 1)
        {
            b.Append(text, start, length);
            return;
        }

        b.Append(text, start, keepLeft).Append('…').Append(text, end - keepRight, keepRight);
    }
}
