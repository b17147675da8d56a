using PolicySpeech.Semantics;

namespace PolicySpeech.Output;

/// <summary>What the report writers write about one document: its path, text facts, diagnostics and commitments. Immutable.</summary>
internal sealed record DocumentReport
{
    /// <summary>Creates a report with no diagnostics or commitments yet.</summary>
    /// <param name="path">The document's path as the user gave it (reports show it as it is).</param>
    /// <param name="text">The document's decoded text (offsets and lengths are in its UTF-16 code units).</param>
    public DocumentReport(string path, SourceText text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        Path = path;
        Text = text;
    }

    /// <summary>The document's path as given.</summary>
    public string Path { get; init; }

    /// <summary>The document's decoded text.</summary>
    public SourceText Text { get; init; }

    /// <summary>The title, or <see langword="null"/> when the document has none.</summary>
    public string? Title { get; init; }

    /// <summary>The year that relative dates (今年, 明年) are resolved against, or <see langword="null"/>.</summary>
    public int? ReferenceYear { get; init; }

    /// <summary>Where <see cref="ReferenceYear"/> came from.</summary>
    public ReferenceYearSource ReferenceYearSource { get; init; } = ReferenceYearSource.None;

    /// <summary>The jurisdiction (国家, a province, a city) the document speaks for, or <see langword="null"/> when not worked out.</summary>
    public Jurisdiction? Jurisdiction { get; init; }

    /// <summary>The diagnostics, in text order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The commitments, in text order.</summary>
    public ImmutableArray<Commitment> Commitments { get; init; } = [];

    /// <summary>A report of an analysis: the tree's path (or <paramref name="path"/>), text, title and diagnostics.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="path">The path to show, when not the tree's.</param>
    /// <returns>The report.</returns>
    public static DocumentReport FromAnalysis(AnalysisResult result, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new DocumentReport(path ?? result.Tree.Path ?? "", result.Tree.Text)
        {
            Title = result.Tree.Root.Title,
            Diagnostics = result.Diagnostics,
        };
    }
}
