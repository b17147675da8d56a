using System.Collections.Immutable;
using PolicySpeech.Diagnostics;
using PolicySpeech.Loading;
using PolicySpeech.Semantics;
using PolicySpeech.Syntax;

namespace PolicySpeech.Cli.Annotate;

/// <summary>
/// Everything <c>annotate</c> and <c>fix</c> need about one document: the loaded document, its tree, its diagnostics and
/// its commitments. The one place these commands depend on the library's analysis API.
/// </summary>
internal sealed class DocumentAnalysis
{
    /// <summary>The logical name of the sample speech embedded in the tool.</summary>
    public const string SampleResourceName = "PolicySpeech.Cli.Sample.txt";

    /// <summary>The path reported for the embedded sample.</summary>
    public const string SamplePath = "sample/000_9db54a9de2bb72cf.txt";

    private DocumentAnalysis(SpeechDocument document, SpeechSyntaxTree tree, AnalysisResult result, ImmutableArray<Commitment> commitments, int? referenceYear, ReferenceYearSource referenceYearSource)
    {
        ReferenceYearSource = referenceYearSource;
        Document = document;
        Tree = tree;
        Result = result;
        Diagnostics = result.Diagnostics;
        Commitments = commitments;
        ReferenceYear = referenceYear;
    }

    public SpeechDocument Document { get; }

    public SpeechSyntaxTree Tree { get; }

    /// <summary>The engine's result (for <see cref="AnalysisResult.FixAll"/>).</summary>
    public AnalysisResult Result { get; }

    /// <summary>The diagnostics, ordered by position.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The commitments, ordered by position.</summary>
    public ImmutableArray<Commitment> Commitments { get; }

    /// <summary>The descriptors of every rule that could have reported (for titles and help links).</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors => Result.SupportedDiagnostics;

    /// <summary>The year relative deadlines are resolved against (<c>--year</c>, else the metadata date, else inferred from the text), or null.</summary>
    public int? ReferenceYear { get; }

    /// <summary>Where <see cref="ReferenceYear"/> came from.</summary>
    public ReferenceYearSource ReferenceYearSource { get; }

    /// <summary>The path to show (the file's path, or <see cref="SamplePath"/>).</summary>
    public string DisplayPath => Document.Path ?? SamplePath;

    /// <summary>The title: the tree's title line, else the file's metadata title.</summary>
    public string? Title => Tree.Root.Title?.Trim() ?? Document.Metadata.Title;

    /// <summary>Loads and analyses a file (configuration: the <c>policyspeech.json</c> found for it).</summary>
    /// <exception cref="SpeechLoadException">The file cannot be loaded.</exception>
    /// <exception cref="ConfigurationException">Its configuration file is invalid.</exception>
    public static DocumentAnalysis Load(string path, int? year = null, CancellationToken cancellationToken = default)
    {
        var configuration = SpeechConfiguration.FindFor(path);
        var document = SpeechDocument.Load(path);
        return Analyse(document, configuration, year, cancellationToken);
    }

    /// <summary>Analyses the sample speech embedded in the tool.</summary>
    public static DocumentAnalysis LoadSample(int? year = null, CancellationToken cancellationToken = default)
    {
        using var stream = typeof(DocumentAnalysis).Assembly.GetManifestResourceStream(SampleResourceName)
            ?? throw new InvalidOperationException($"The embedded sample '{SampleResourceName}' is missing from the tool.");
        var document = SpeechDocument.Load(stream, SamplePath);
        return Analyse(document, SpeechConfiguration.Default, year, cancellationToken);
    }

    /// <summary>Analyses an already loaded document.</summary>
    public static DocumentAnalysis Analyse(SpeechDocument document, SpeechConfiguration configuration, int? year, CancellationToken cancellationToken = default)
    {
        var tree = document.GetSyntaxTree();
        var result = AnalyzerDriver.CreateDefault(configuration).Analyze(tree, cancellationToken);
        var model = document.GetSemanticModel(year is null ? null : new SemanticOptions { ReferenceYear = year });
        ImmutableArray<Commitment> commitments =
            [.. model.Commitments.OrderBy(c => c.Location.SourceSpan.Start).ThenBy(c => c.Location.SourceSpan.Length)];
        return new DocumentAnalysis(document, tree, result, commitments, model.ReferenceYear, model.ReferenceYearSource);
    }

    /// <summary>The descriptor of an ID, or null.</summary>
    public DiagnosticDescriptor? Descriptor(string id) => Descriptors.FirstOrDefault(d => d.Id == id);
}
