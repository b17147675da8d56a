using System.Collections.Immutable;
using PolicySpeech.Semantics;
using PolicySpeech.Syntax;

namespace PolicySpeech.Cli.Annotate;

/// <summary>
/// Everything <c>annotate</c> and <c>fix</c> need about one document: the loaded document, its tree, its diagnostics and
/// its commitments. The one place these commands depend on the library's analysis API.
/// </summary>
internal sealed class AnnotatedDocument
{
    /// <summary>The logical name of the sample speech embedded in the tool.</summary>
    public const string SampleResourceName = "PolicySpeech.Cli.Sample.txt";

    /// <summary>The path reported for the embedded sample.</summary>
    public const string SamplePath = "sample/000_9db54a9de2bb72cf.txt";

    private AnnotatedDocument(DocumentAnalysisResult result, ImmutableArray<DiagnosticDescriptor> descriptors, ImmutableArray<Diagnostic>? diagnostics = null)
    {
        Result = result;
        Descriptors = descriptors;
        Diagnostics = diagnostics ?? result.Diagnostics;

        // Annotations nest by position: ties (a distributive clause's commitments) go shorter first.
        Commitments = [.. result.Commitments.OrderBy(c => c.Location.SourceSpan.Start).ThenBy(c => c.Location.SourceSpan.Length)];
    }

    public SpeechDocument Document => Result.Document;

    public SpeechSyntaxTree Tree => Result.SyntaxTree;

    /// <summary>The library's result (for <see cref="DocumentAnalysisResult.FixAll"/> and <see cref="DocumentAnalysisResult.HasErrors"/>).</summary>
    public DocumentAnalysisResult Result { get; }

    /// <summary>The diagnostics shown, ordered by position (all of them unless <see cref="Where"/> chose some).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Whether a shown diagnostic is unsuppressed and at error severity.</summary>
    public bool HasErrors => Diagnostics.Any(d => !d.IsSuppressed && d.Severity == DiagnosticSeverity.Error);

    /// <summary>The commitments, ordered by position.</summary>
    public ImmutableArray<Commitment> Commitments { get; }

    /// <summary>The descriptors of every rule that could have reported (for titles and help links).</summary>
    public ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>The year relative deadlines are resolved against (<c>--year</c>, else the metadata date, else inferred from the text), or null.</summary>
    public int? ReferenceYear => Result.ReferenceYear;

    /// <summary>Where <see cref="ReferenceYear"/> came from.</summary>
    public ReferenceYearSource ReferenceYearSource => Result.ReferenceYearSource;

    /// <summary>The path to show (the file's path, or <see cref="SamplePath"/>).</summary>
    public string DisplayPath => Document.Path ?? SamplePath;

    /// <summary>The title: the tree's title line, else the file's metadata title.</summary>
    public string? Title => Tree.Root.Title?.Trim() ?? Document.Metadata.Title;

    /// <summary>Loads and analyses a file (configuration: the <c>policyspeech.json</c> found for it).</summary>
    /// <exception cref="SpeechLoadException">The file cannot be loaded.</exception>
    /// <exception cref="ConfigurationException">Its configuration file is invalid.</exception>
    public static AnnotatedDocument Load(string path, int? year = null, CancellationToken cancellationToken = default, IEnumerable<SpeechAnalyzer>? analyzers = null)
    {
        // The configuration first: an invalid policyspeech.json is reported before an unreadable file.
        var configuration = SpeechConfiguration.FindFor(path);
        var document = SpeechDocument.Load(path);
        return Analyse(document, configuration, year, cancellationToken, analyzers);
    }

    /// <summary>Analyses the sample speech embedded in the tool.</summary>
    public static AnnotatedDocument LoadSample(int? year = null, CancellationToken cancellationToken = default, IEnumerable<SpeechAnalyzer>? analyzers = null)
    {
        using var stream = typeof(AnnotatedDocument).Assembly.GetManifestResourceStream(SampleResourceName)
            ?? throw new InvalidOperationException($"The embedded sample '{SampleResourceName}' is missing from the tool.");
        var document = SpeechDocument.Load(stream, SamplePath);
        return Analyse(document, SpeechConfiguration.Default, year, cancellationToken, analyzers);
    }

    /// <summary>Analyses an already loaded document.</summary>
    /// <param name="analyzers">Third-party analyzers to run beside the built-in rules (<c>--analyzer</c>), or null.</param>
    public static AnnotatedDocument Analyse(SpeechDocument document, SpeechConfiguration configuration, int? year, CancellationToken cancellationToken = default, IEnumerable<SpeechAnalyzer>? analyzers = null)
    {
        var analyzer = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with { Configuration = configuration, ReferenceYear = year, AdditionalAnalyzers = [.. analyzers ?? []] });
        return new AnnotatedDocument(analyzer.Analyze(document, cancellationToken), analyzer.SupportedDiagnostics);
    }

    /// <summary>The same analysis showing only the diagnostics <paramref name="include"/> accepts.</summary>
    public AnnotatedDocument Where(Func<Diagnostic, bool> include) => new(Result, Descriptors, [.. Diagnostics.Where(include)]);

    /// <summary>Loads and analyses standard input's bytes (configuration: the <c>policyspeech.json</c> of the current folder, or <paramref name="configuration"/>).</summary>
    public static AnnotatedDocument LoadStandardInput(byte[] bytes, SpeechConfiguration? configuration, int? year = null, IEnumerable<SpeechAnalyzer>? analyzers = null)
    {
        configuration ??= SpeechConfiguration.FindFor(Path.Combine(Environment.CurrentDirectory, "-"));
        using var stream = new MemoryStream(bytes, writable: false);
        return Analyse(SpeechDocument.Load(stream, "-"), configuration, year, CancellationToken.None, analyzers);
    }

    /// <summary>The descriptor of an ID, or null.</summary>
    public DiagnosticDescriptor? Descriptor(string id) => Descriptors.FirstOrDefault(d => d.Id == id);
}
