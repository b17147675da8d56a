using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Diagnostics;

/// <summary>Applies the fixes that diagnostics carry.</summary>
public static class CodeFixes
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
    public static FixAllResult FixAll(SourceText text, IEnumerable<Diagnostic> diagnostics, IEnumerable<string>? ids = null)
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
        var applied = ImmutableArray.CreateBuilder<Diagnostic>();
        var skipped = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var diagnostic in candidates)
        {
            var changes = diagnostic.Fix!.Changes;
            bool ok = changes.All(c => c.Span.Start >= 0 && c.Span.End <= text.Length)
                && !SelfOverlaps(changes)
                && !changes.Any(c => taken.Any(t => Conflicts(c.Span, t.Span)));
            if (ok)
            {
                taken.AddRange(changes);
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

    private static bool SelfOverlaps(ImmutableArray<TextChange> changes)
    {
        for (int i = 0; i < changes.Length; i++)
        {
            for (int j = i + 1; j < changes.Length; j++)
            {
                if (Conflicts(changes[i].Span, changes[j].Span))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
