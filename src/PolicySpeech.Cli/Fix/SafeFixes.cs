using System.Collections.Immutable;

namespace PolicySpeech.Cli.Fix;

/// <summary>
/// Which fixes <c>fix</c> applies without asking: those the rule marked <see cref="CodeFix.IsSafe"/> (punctuation width,
/// quotation-mark and bracket pairs whose fix rewrites both marks, look-alike typos, doubled words). <see cref="Ids"/> lists
/// the rules that make such fixes, for <c>--only</c>; deleting duplicated paragraphs, renumbering headings and the like change
/// meaning and are left to a person.
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

    /// <summary>Whether a diagnostic's fix is safe (<see cref="CodeFix.IsSafe"/>, set by the rule that made it) and wanted; suppressed findings are never fixed.</summary>
    public static bool IsSafe(Diagnostic diagnostic, ImmutableHashSet<string> wanted) =>
        diagnostic.Fix is { IsSafe: true, Changes.IsDefaultOrEmpty: false } && !diagnostic.IsSuppressed && wanted.Contains(diagnostic.Id);
}
