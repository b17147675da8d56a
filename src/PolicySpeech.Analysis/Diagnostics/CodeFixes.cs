namespace PolicySpeech.Diagnostics;

/// <summary>Applies the fixes that diagnostics carry.</summary>
internal static class CodeFixes
{
    /// <summary>
    /// Applies every non-overlapping fix of the chosen diagnostics. Fixes are taken in text order (by the start of their
    /// first change, then by ID); a fix any of whose changes overlaps a change already taken (or inserts at the same place)
    /// is skipped whole and reported in <see cref="FixAllResult.Skipped"/>, so a pair of marks is never rewritten halfway.
    /// Suppressed (baseline) findings are not fixed.
    /// </summary>
    /// <param name="text">The text the diagnostics were reported on.</param>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <param name="ids">The IDs whose fixes to apply, or <see langword="null"/> for all.</param>
    /// <returns>The new text and what was applied and skipped.</returns>
    /// <example><code>
    /// var result = AnalyzerDriver.CreateDefault().Analyze(tree);
    /// var fixedText = CodeFixes.FixAll(tree.Text, result.Diagnostics, ["PS5001", "PS3003"]).Text;
    /// </code></example>
    internal static FixAllResult FixAll(SourceText text, IEnumerable<Diagnostic> diagnostics, IEnumerable<string>? ids = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var wanted = ids is null ? null : new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase);
        var candidates = diagnostics
            .Where(d => d.Fix is { Changes.IsDefaultOrEmpty: false } && !d.IsSuppressed && (wanted is null || wanted.Contains(d.Id)))
            .OrderBy(d => d.Fix!.Changes.Min(c => c.Span.Start))
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();

        var taken = new List<TextChange>();
        var marked = new MarkedPositions(text.Length + 1);
        var applied = ImmutableArray.CreateBuilder<Diagnostic>();
        var skipped = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var diagnostic in candidates)
        {
            var changes = diagnostic.Fix!.Changes;
            bool ok = changes.All(c => c.Span.Start >= 0 && c.Span.End <= text.Length)
                && !SelfOverlaps(changes)
                && !changes.Any(c => marked.Conflicts(c.Span));
            if (ok)
            {
                taken.AddRange(changes);
                foreach (var change in changes)
                {
                    marked.Take(change.Span);
                }

                applied.Add(diagnostic);
            }
            else
            {
                skipped.Add(diagnostic);
            }
        }

        return new FixAllResult(text.WithChanges(taken), applied.ToImmutable(), skipped.ToImmutable());
    }

    /// <summary>Two changes conflict when their spans overlap, when one inserts inside the other's span, or when both start at the same place.</summary>
    internal static bool Conflicts(TextSpan a, TextSpan b) =>
        a.Start == b.Start || (a.Start < b.End && b.Start < a.End);

    /// <summary>
    /// The positions the taken changes cover (and the start of each, for insertions), so that a change is checked against
    /// all taken ones in logarithmic time: fixing is linear in the number of fixes, not quadratic (issue #12).
    /// Taken changes never conflict with each other, so a change conflicts with one of them exactly when a marked position
    /// lies in its span (or, for an insertion, at its place).
    /// </summary>
    private sealed class MarkedPositions(int size)
    {
        private readonly int[] _tree = new int[size + 1];
        private readonly bool[] _marked = new bool[size];

        public bool Conflicts(TextSpan span)
        {
            int end = Math.Max(span.End, span.Start + 1);
            return Count(end) - Count(span.Start) > 0;
        }

        public void Take(TextSpan span)
        {
            int end = Math.Max(span.End, span.Start + 1);
            for (int position = span.Start; position < end; position++)
            {
                if (!_marked[position])
                {
                    _marked[position] = true;
                    for (int i = position + 1; i < _tree.Length; i += i & -i)
                    {
                        _tree[i]++;
                    }
                }
            }
        }

        /// <summary>The number of marked positions before <paramref name="end"/>.</summary>
        private int Count(int end)
        {
            int sum = 0;
            for (int i = Math.Min(end, _marked.Length); i > 0; i -= i & -i)
            {
                sum += _tree[i];
            }

            return sum;
        }
    }

    /// <summary>Whether two changes of one fix conflict; sorted by start, so linearithmic in the number of changes.</summary>
    private static bool SelfOverlaps(ImmutableArray<TextChange> changes)
    {
        if (changes.Length < 2)
        {
            return false;
        }

        var spans = changes.Select(c => c.Span).OrderBy(s => s.Start).ThenBy(s => s.Length).ToArray();
        int maxEnd = spans[0].End;
        for (int i = 1; i < spans.Length; i++)
        {
            // An earlier span conflicts when it starts at the same place or reaches past this start.
            if (spans[i].Start == spans[i - 1].Start || spans[i].Start < maxEnd)
            {
                return true;
            }

            maxEnd = Math.Max(maxEnd, spans[i].End);
        }

        return false;
    }
}
