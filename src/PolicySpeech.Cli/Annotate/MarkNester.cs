namespace PolicySpeech.Cli.Annotate;

/// <summary>
/// Turns possibly overlapping marks into properly nested open/text/close events over a range of the text: at each
/// boundary the marks that end are closed, marks above them on the stack that continue are closed too and reopened
/// (split), then the marks that start are opened, outermost first (commitments before findings, longer before shorter).
/// </summary>
internal static class MarkNester
{
    public static List<MarkEvent> Nest(int rangeStart, int rangeEnd, IEnumerable<Mark> marks)
    {
        var events = new List<MarkEvent>();
        var clipped = marks
            .Select(m => m with { Start = Math.Max(m.Start, rangeStart), End = Math.Min(m.End, rangeEnd) })
            .Where(m => m.End > m.Start)
            .ToList();
        var original = marks.Where(m => m.End > rangeStart && m.Start < rangeEnd).ToDictionary(m => (m.Layer, m.Index), m => m.End);
        var boundaries = new SortedSet<int> { rangeStart, rangeEnd };
        foreach (var m in clipped)
        {
            boundaries.Add(m.Start);
            boundaries.Add(m.End);
        }

        var starting = clipped.ToLookup(m => m.Start);
        var stack = new List<Mark>();
        var points = boundaries.ToList();
        for (int b = 0; b < points.Count; b++)
        {
            int p = points[b];
            int lowest = stack.FindIndex(m => m.End <= p);
            var reopen = new List<Mark>();
            if (lowest >= 0)
            {
                for (int i = stack.Count - 1; i >= lowest; i--)
                {
                    var m = stack[i];
                    bool ends = m.End <= p;
                    events.Add(new MarkEvent(MarkEventKind.Close, m, p, p, ends && original[(m.Layer, m.Index)] <= p));
                    if (!ends)
                    {
                        reopen.Add(m);
                    }
                }

                stack.RemoveRange(lowest, stack.Count - lowest);
            }

            if (p >= rangeEnd)
            {
                break;
            }

            reopen.AddRange(starting[p]);
            reopen.Sort((x, y) =>
            {
                int c = x.Layer.CompareTo(y.Layer);
                if (c == 0)
                {
                    c = y.End.CompareTo(x.End);
                }

                if (c == 0)
                {
                    c = x.Index.CompareTo(y.Index);
                }

                return c;
            });
            foreach (var m in reopen)
            {
                events.Add(new MarkEvent(MarkEventKind.Open, m, p, p, false));
                stack.Add(m);
            }

            events.Add(new MarkEvent(MarkEventKind.Text, default, p, points[b + 1], false));
        }

        return events;
    }
}
