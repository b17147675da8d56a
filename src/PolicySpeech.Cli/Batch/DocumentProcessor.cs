using PolicySpeech.Output;
using PolicySpeech.Syntax;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// The one place where batch meets the library's analyses: turns a loaded <see cref="SpeechDocument"/> into row
/// records (document, commitments, diagnostics, paragraph hashes). Thread-safe: one instance serves all workers.
/// </summary>
internal sealed class DocumentProcessor
{
    private readonly DocumentAnalyzer _analyzer;

    /// <summary>The <c>error</c> column of a document whose status is <c>empty</c>.</summary>
    public const string EmptyReason = "the document holds no text";

    /// <summary>Creates the processor.</summary>
    /// <param name="year">The reference year given with <c>--year</c>, or null.</param>
    /// <param name="configuration">The configuration given with <c>--config</c>, or null to use the <c>policyspeech.json</c> found for each document (as <c>check</c> does).</param>
    /// <param name="analyzers">Third-party analyzers (<c>--analyzer</c>) to run beside the built-in rules.</param>
    public DocumentProcessor(int? year, SpeechConfiguration? configuration = null, System.Collections.Immutable.ImmutableArray<SpeechAnalyzer> analyzers = default)
    {
        // Batch runs documents in parallel already: each document's analyzers run one after another.
        _analyzer = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with
        {
            Configuration = configuration,
            ReferenceYear = year,
            MaxAnalyzerParallelism = 1,
            AdditionalAnalyzers = analyzers.IsDefault ? [] : analyzers,
        });
    }

    /// <summary>Analyses a document.</summary>
    /// <param name="document">The loaded document (its <see cref="SpeechDocument.Path"/> is the input's path).</param>
    /// <param name="path">The input's path.</param>
    /// <param name="bytes">The file's size.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    public ProcessedDocument Process(SpeechDocument document, string path, long bytes, CancellationToken cancellationToken)
    {
        var analysis = _analyzer.Analyze(document, cancellationToken);
        var tree = analysis.SyntaxTree;
        var text = document.Text;

        var diagnostics = new List<DiagnosticRow>(analysis.Diagnostics.Length);
        int errors = 0;
        foreach (var d in analysis.Diagnostics)
        {
            var start = d.Location.LineSpan.Start;
            diagnostics.Add(new DiagnosticRow(
                path,
                d.Id,
                d.Severity.ToString().ToLowerInvariant(),
                d.Descriptor.Category,
                d.Message,
                start.Line + 1,
                start.Character + 1,
                d.Location.SourceSpan.Start,
                d.Location.SourceSpan.Length,
                [.. d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal)],
                d.IsSuppressed));
            if (!d.IsSuppressed && d.Severity == DiagnosticSeverity.Error)
            {
                errors++;
            }
        }

        // The same analysis gives the diagnostics above and the commitments: one pass over each document.
        var found = analysis.Commitments;
        var commitments = new List<object?[]>(found.Length);
        foreach (var c in found)
        {
            commitments.Add(CommitmentTable.GetValues(path, c));
        }

        var paragraphs = new List<ParagraphHashRow>();
        foreach (var paragraph in tree.Root.DescendantNodes().OfType<ParagraphSyntax>())
        {
            var span = text.AsSpan(paragraph.Span);
            if (ParagraphHasher.HanCount(span) >= ParagraphHasher.MinimumHan)
            {
                string normalized = ParagraphHasher.Normalize(span);
                string excerpt = ParagraphHasher.Excerpt(ParagraphHasher.Readable(span));
                paragraphs.Add(new ParagraphHashRow(path, text.GetLineNumber(paragraph.Span.Start) + 1, ParagraphHasher.Hash(normalized), excerpt));
            }
        }

        // A document with no text (an empty file, a page or .docx without text) is a finding of its own, not a silent "ok".
        bool empty = text.AsSpan(new PolicySpeech.Text.TextSpan(0, text.Length)).IsWhiteSpace();
        var row = new DocumentRow(
            path,
            empty ? "empty" : "ok",
            empty ? EmptyReason : null,
            text.ChecksumHex,
            FormatName(document.Format),
            bytes,
            text.Length,
            analysis.Title,
            analysis.ReferenceYear,
            analysis.ReferenceYearSource.ToString().ToLowerInvariant(),
            diagnostics.Count,
            commitments.Count);
        return new ProcessedDocument(row, commitments, diagnostics, paragraphs, errors);
    }

    private static string FormatName(PolicySpeech.Loading.SourceFormat format) => format switch
    {
        PolicySpeech.Loading.SourceFormat.Docx => "docx",
        PolicySpeech.Loading.SourceFormat.Html => "html",
        _ => "text",
    };
}
