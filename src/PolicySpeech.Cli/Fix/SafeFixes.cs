using System.Collections.Immutable;
using PolicySpeech.Diagnostics;

namespace PolicySpeech.Cli.Fix;

/// <summary>
/// Which fixes <c>fix</c> applies without asking: punctuation width (PS3003), quotation-mark and bracket pairs whose fix
/// rewrites both marks (PS3001, PS3002), look-alike typos with one replacement (PS5001) and doubled words (PS2005).
/// Deleting duplicated paragraphs, renumbering headings and the like change meaning and are left to a person.
/// </summary>
internal static class SafeFixes
{
    public static ImmutableArray<string> Ids { get; } = ["PS2005", "PS3001", "PS3002", "PS3003", "PS5001"];

    /// <summary>Parses <c>--only</c> values (comma- or space-separated IDs); throws <see cref="CliUsageException"/> for IDs without a safe fix.</summary>
    public static ImmutableHashSet<string> Parse(IEnumerable<string>? only)
    {
        var requested = (only ?? [])
            .SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToUpperInvariant())
            .ToList();
        if (requested.Count == 0)
        {
            return [.. Ids];
        }

        var unknown = requested.Where(id => !Ids.Contains(id)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException($"--only {string.Join(",", unknown)}: fix applies only the safe fixes of {string.Join(", ", Ids)}");
        }

        return [.. requested];
    }

    /// <summary>Whether a diagnostic's fix is one of the safe ones (and is wanted).</summary>
    public static bool IsSafe(Diagnostic diagnostic, ImmutableHashSet<string> wanted)
    {
        if (diagnostic.Fix is not { Changes.IsDefaultOrEmpty: false } fix || diagnostic.IsSuppressed || !wanted.Contains(diagnostic.Id))
        {
            return false;
        }

        return diagnostic.Id switch
        {
            "PS3001" or "PS3002" => fix.Changes.Length >= 2, // both marks of the pair, not a guess at one
            "PS5001" => fix.Changes.Length == 1 && fix.Changes[0].NewText.Length > 0,
            "PS3003" => fix.Changes.All(c => c.Span.Length == 1 && c.NewText.Length == 1),
            "PS2005" => fix.Changes.Length == 1 && fix.Changes[0].NewText.Length == 0,
            _ => false,
        };
    }
}
