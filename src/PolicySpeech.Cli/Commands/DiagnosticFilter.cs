using System.Collections.Immutable;

namespace PolicySpeech.Cli.Commands;

/// <summary>
/// Which findings <c>check</c> and <c>annotate</c> show, as ruff's <c>--select</c>/<c>--ignore</c>: rule IDs or ID
/// prefixes (<c>PS3</c> is every punctuation rule, <c>ALL</c> every rule), case-insensitive, comma-separated or repeated;
/// <c>--ignore</c> wins over <c>--select</c>. <c>--severity</c> is the lowest severity shown.
/// </summary>
internal sealed class DiagnosticFilter
{
    private readonly string[] _select;
    private readonly string[] _ignore;
    private readonly DiagnosticSeverity _minimum;

    private DiagnosticFilter(string[] select, string[] ignore, DiagnosticSeverity minimum)
    {
        _select = select;
        _ignore = ignore;
        _minimum = minimum;
    }

    /// <summary>The severity names <c>--severity</c> accepts.</summary>
    public static readonly string[] SeverityNames = ["hidden", "info", "warning", "error"];

    /// <summary>Builds the filter from the option values.</summary>
    /// <exception cref="CliUsageException">A value is neither a rule ID prefix nor ALL.</exception>
    public static DiagnosticFilter Create(IReadOnlyList<string>? select, IReadOnlyList<string>? ignore, string? severity)
    {
        var minimum = severity?.ToLowerInvariant() switch
        {
            null or "hidden" => DiagnosticSeverity.Hidden,
            "info" => DiagnosticSeverity.Info,
            "warning" => DiagnosticSeverity.Warning,
            "error" => DiagnosticSeverity.Error,
            _ => throw new CliUsageException($"--severity: '{severity}' is not one of {string.Join(", ", SeverityNames)}"),
        };
        return new DiagnosticFilter(Split("--select", select), Split("--ignore", ignore), minimum);
    }

    /// <summary>Whether a finding is shown.</summary>
    public bool Includes(Diagnostic diagnostic)
    {
        string id = diagnostic.Id;
        if (diagnostic.Severity < _minimum)
        {
            return false;
        }

        if (_select.Length > 0 && !_select.Any(p => Matches(id, p)))
        {
            return false;
        }

        return !_ignore.Any(p => Matches(id, p));
    }

    /// <summary>The findings shown, in order.</summary>
    public ImmutableArray<Diagnostic> Apply(ImmutableArray<Diagnostic> diagnostics) => [.. diagnostics.Where(Includes)];

    /// <summary>The summary line: <c>299 findings: 41 warnings, 258 info (PS1001 ×12, PS3003 ×256)</c>, suppressed ones counted apart.</summary>
    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics, int documents)
    {
        var ci = CultureInfo.InvariantCulture;
        var shown = diagnostics.Where(d => !d.IsSuppressed).ToList();
        string files = documents == 1 ? "1 document" : string.Create(ci, $"{documents} documents");
        if (shown.Count == 0)
        {
            string none = diagnostics.Count == 0 ? "" : string.Create(ci, $" ({diagnostics.Count} suppressed)");
            return string.Create(ci, $"no findings in {files}{none}");
        }

        var bySeverity = shown.GroupBy(d => d.Severity).OrderByDescending(g => g.Key)
            .Select(g => g.Key switch
            {
                DiagnosticSeverity.Error => Plural(g.Count(), "error"),
                DiagnosticSeverity.Warning => Plural(g.Count(), "warning"),
                DiagnosticSeverity.Info => string.Create(ci, $"{g.Count()} info"),
                _ => string.Create(ci, $"{g.Count()} hidden"),
            });
        var byRule = shown.GroupBy(d => d.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(ci, $"{g.Key} ×{g.Count()}"));
        int suppressed = diagnostics.Count - shown.Count;
        string suppressedText = suppressed > 0 ? string.Create(ci, $"; {suppressed} suppressed") : "";
        return string.Create(ci, $"{Plural(shown.Count, "finding")} in {files}: {string.Join(", ", bySeverity)} ({string.Join(", ", byRule)}){suppressedText}");
    }

    private static string Plural(int n, string word) => string.Create(CultureInfo.InvariantCulture, $"{n} {word}{(n == 1 ? "" : "s")}");

    private static bool Matches(string id, string prefix) =>
        prefix == "ALL" || id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static string[] Split(string option, IReadOnlyList<string>? values)
    {
        var parts = (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.Equals("all", StringComparison.OrdinalIgnoreCase) ? "ALL" : v)
            .ToArray();
        foreach (string part in parts)
        {
            if (part != "ALL" && !part.All(char.IsAsciiLetterOrDigit))
            {
                throw new CliUsageException($"{option}: '{part}' is not a rule ID or ID prefix (such as PS3003 or PS3) or ALL");
            }
        }

        return parts;
    }
}
