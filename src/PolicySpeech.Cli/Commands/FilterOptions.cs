using System.CommandLine;

namespace PolicySpeech.Cli.Commands;

/// <summary>The options of <c>check</c> and <c>annotate</c> that choose which findings are shown (see <see cref="DiagnosticFilter"/>).</summary>
/// <param name="Select">--select IDs.</param>
/// <param name="Ignore">--ignore IDs.</param>
/// <param name="Severity">--severity info|warning|error.</param>
internal sealed record FilterOptions(Option<string[]> Select, Option<string[]> Ignore, Option<string?> Severity)
{
    /// <summary>The filter the parsed options give.</summary>
    /// <exception cref="CliUsageException">A value is neither a rule ID prefix nor ALL.</exception>
    public DiagnosticFilter Create(ParseResult result) =>
        DiagnosticFilter.Create(result.GetValue(Select), result.GetValue(Ignore), result.GetValue(Severity));
}
