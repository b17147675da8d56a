namespace PolicySpeech.Cli.Commands;

/// <summary>The options of <c>check</c> beyond paths, format and files.</summary>
/// <param name="Filter">Which findings are reported.</param>
/// <param name="Year">The reference year (<c>-y/--year</c>), or null.</param>
/// <param name="Quiet">No summary line.</param>
/// <param name="MaxWarnings">Exit with 1 above this many warnings, or null.</param>
/// <param name="Colour">Colour the text report.</param>
internal sealed record CheckSettings(DiagnosticFilter Filter, int? Year, bool Quiet, int? MaxWarnings, bool Colour)
{
    /// <summary>The third-party analyzer assemblies given with <c>--analyzer</c>.</summary>
    public IReadOnlyList<string> Analyzers { get; init; } = [];

    /// <summary>Every finding, no year, a summary line, no limit, no colour.</summary>
    public static CheckSettings Default { get; } = new(DiagnosticFilter.Create(null, null, null), null, false, null, false);
}
