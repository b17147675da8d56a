namespace PolicySpeech.Cli.Batch;

/// <summary>One row of <c>diagnostics.jsonl</c>: one diagnostic. Line and column are 1-based; start and length are UTF-16 offsets.</summary>
internal sealed record DiagnosticRow(
    string Path,
    string Id,
    string Severity,
    string Category,
    string Message,
    int Line,
    int Column,
    int Start,
    int Length,
    IReadOnlyList<KeyValuePair<string, string?>> Properties,
    bool Suppressed)
{
    /// <summary>The property names.</summary>
    public static readonly string[] Columns =
        ["path", "id", "severity", "category", "message", "line", "column", "start", "length", "properties", "suppressed"];
}
