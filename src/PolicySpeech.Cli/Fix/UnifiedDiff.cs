namespace PolicySpeech.Cli.Fix;

/// <summary>A line-based unified diff (<c>---</c>/<c>+++</c> headers, <c>@@</c> hunks with context lines), as <c>diff -u</c> writes it.</summary>
internal static class UnifiedDiff
{
    public static string Create(string oldText, string newText, string oldName, string newName, int context = 3)
    {
        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var ops = Diff(a, b);
        if (ops.All(o => o.Kind == ' '))
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');

        // Group changes into hunks: a change plus up to `context` unchanged lines either side; close groups merge.
        int i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }

            int start = Math.Max(0, i - context);
            int end = i;
            while (true)
            {
                while (end < ops.Count && ops[end].Kind != ' ')
                {
                    end++;
                }

                int next = end;
                while (next < ops.Count && ops[next].Kind == ' ')
                {
                    next++;
                }

                if (next < ops.Count && next - end <= 2 * context)
                {
                    end = next;
                    continue;
                }

                end = Math.Min(ops.Count, end + context);
                break;
            }

            int oldStart = ops[start].OldLine;
            int newStart = ops[start].NewLine;
            int oldCount = ops.Skip(start).Take(end - start).Count(o => o.Kind != '+');
            int newCount = ops.Skip(start).Take(end - start).Count(o => o.Kind != '-');
            output.Append(string.Create(CultureInfo.InvariantCulture, $"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@\n"));
            for (int k = start; k < end; k++)
            {
                output.Append(ops[k].Kind).Append(ops[k].Text).Append('\n');
                if (ops[k].MissingNewline)
                {
                    output.Append("\\ No newline at end of file\n");
                }
            }

            i = end;
        }

        return output.ToString();
    }

    private static string Range(int start, int count) =>
        count == 0 ? string.Create(CultureInfo.InvariantCulture, $"{start},0")
        : count == 1 ? string.Create(CultureInfo.InvariantCulture, $"{start + 1}")
        : string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}");

    private readonly record struct Line(string Text, bool MissingNewline);

    private readonly record struct Op(char Kind, string Text, bool MissingNewline, int OldLine, int NewLine);

    /// <summary>Lines without their \n (a \r before it stays part of the line, as <c>diff -u</c> keeps it; the last line may lack a newline).</summary>
    private static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(new Line(text[start..i], false));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(new Line(text[start..], true));
        }

        return lines;
    }

    /// <summary>An LCS diff over lines (common prefix and suffix trimmed first; speeches are short).</summary>
    private static List<Op> Diff(List<Line> a, List<Line> b)
    {
        int prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        int n = a.Count - prefix - suffix;
        int m = b.Count - prefix - suffix;
        var lcs = new int[n + 1, m + 1];
        for (int x = n - 1; x >= 0; x--)
        {
            for (int y = m - 1; y >= 0; y--)
            {
                lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
            }
        }

        var ops = new List<Op>(a.Count + b.Count);
        int oldLine = 0;
        int newLine = 0;
        void Add(char kind, Line line)
        {
            ops.Add(new Op(kind, line.Text, line.MissingNewline, oldLine, newLine));
            if (kind != '+')
            {
                oldLine++;
            }

            if (kind != '-')
            {
                newLine++;
            }
        }

        for (int k = 0; k < prefix; k++)
        {
            Add(' ', a[k]);
        }

        int i = 0;
        int j = 0;
        while (i < n || j < m)
        {
            if (i < n && j < m && a[prefix + i] == b[prefix + j])
            {
                Add(' ', a[prefix + i]);
                i++;
                j++;
            }
            else if (j >= m || (i < n && lcs[i + 1, j] >= lcs[i, j + 1]))
            {
                Add('-', a[prefix + i]);
                i++;
            }
            else
            {
                Add('+', b[prefix + j]);
                j++;
            }
        }

        for (int k = a.Count - suffix; k < a.Count; k++)
        {
            Add(' ', a[k]);
        }

        return ops;
    }
}
