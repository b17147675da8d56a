using System.Collections.Immutable;
using System.Reflection;
using PolicySpeech.Diagnostics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Analyzers;

/// <summary>
/// Runs analyzers over a document the way the driver does (node actions over every node, document actions once),
/// turning an analyzer's exception into PS9001. Independent of the driver so the rules can be tested on their own.
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>Every built-in analyzer, as the driver creates them.</summary>
    public static ImmutableArray<SpeechAnalyzer> BuiltIn { get; } = AnalyzerDriver.CreateBuiltInAnalyzers();

    public static SpeechSyntaxTree Parse(string text, string? path = "test.txt") => SpeechSyntaxTree.Parse(SourceText.From(text), path);

    /// <summary>Runs the analyzers over the text; with <paramref name="includeParser"/> the parser's PS0001/PS0002 are added.</summary>
    public static ImmutableArray<Diagnostic> Run(string text, IEnumerable<SpeechAnalyzer>? analyzers = null, AnalyzerOptions? options = null, bool includeParser = false, string? path = "test.txt") =>
        Run(Parse(text, path), analyzers, options, includeParser);

    public static ImmutableArray<Diagnostic> Run(SpeechSyntaxTree tree, IEnumerable<SpeechAnalyzer>? analyzers = null, AnalyzerOptions? options = null, bool includeParser = false)
    {
        options ??= AnalyzerOptions.Default;
        var result = new List<Diagnostic>();
        if (includeParser)
        {
            result.AddRange(tree.Diagnostics);
        }

        var nodes = new[] { tree.Root }.Concat(tree.Root.DescendantNodes()).ToList();
        foreach (var analyzer in analyzers ?? BuiltIn)
        {
            var context = new AnalysisContext();
            var supported = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var mine = new List<Diagnostic>();
            void Report(Diagnostic d)
            {
                if (!supported.Contains(d.Id))
                {
                    throw new InvalidOperationException($"{analyzer.Name} reported {d.Id}, which it does not declare.");
                }

                mine.Add(d);
            }

            try
            {
                analyzer.Initialize(context);
                var nodeActions = context.NodeActions.ToList();
                var endActions = new List<Action<DocumentAnalysisContext>>();
                foreach (var start in context.DocumentStartActions)
                {
                    var startContext = new DocumentStartAnalysisContext(tree, options, CancellationToken.None);
                    start(startContext);
                    nodeActions.AddRange(startContext.NodeActions);
                    foreach (var (list, kinds) in startContext.Collectors)
                    {
                        nodeActions.Add((node => list.Add(node.Node), kinds));
                    }

                    endActions.AddRange(startContext.EndActions);
                }

                foreach (var node in nodes)
                {
                    foreach (var (action, kinds) in nodeActions)
                    {
                        if (kinds.Contains(node.Kind))
                        {
                            action(new SyntaxNodeAnalysisContext(node, options, Report, CancellationToken.None));
                        }
                    }
                }

                foreach (var action in context.DocumentActions.Concat(endActions))
                {
                    action(new DocumentAnalysisContext(tree, options, Report, CancellationToken.None));
                }

                if (context.SemanticModelActions.Count > 0)
                {
                    var model = PolicySpeech.Semantics.SemanticModel.Create(tree);
                    foreach (var action in context.SemanticModelActions)
                    {
                        action(new SemanticModelAnalysisContext(model, options, Report, CancellationToken.None));
                    }
                }

                result.AddRange(mine);
            }
            catch (Exception ex)
            {
                result.Add(Diagnostic.Create(EngineDiagnostics.AnalyzerFailure, Location.Create(tree.Path, tree.Text, new TextSpan(0, 0)), analyzer.Name, ex.Message));
            }
        }

        return [.. result.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Length)];
    }

    /// <summary>The text of a diagnostic's span.</summary>
    public static string Flagged(SpeechSyntaxTree tree, Diagnostic d) => tree.Text.ToString(d.Location.SourceSpan);

    /// <summary>
    /// What a fix makes of the region it touches: the text of the union of the diagnostic's span and the fix's changes,
    /// after applying the changes (so a two-mark quote fix gives the whole rewritten quotation, a deletion gives "").
    /// </summary>
    public static string? FixedText(SpeechSyntaxTree tree, Diagnostic d)
    {
        if (d.Fix is null)
        {
            return null;
        }

        var span = d.Location.SourceSpan;
        int start = Math.Min(span.Start, d.Fix.Changes.Min(c => c.Span.Start));
        int end = Math.Max(span.End, d.Fix.Changes.Max(c => c.Span.End));
        var sb = new System.Text.StringBuilder();
        int i = start;
        foreach (var change in d.Fix.Changes.OrderBy(c => c.Span.Start))
        {
            sb.Append(tree.Text.ToString(TextSpan.FromBounds(i, change.Span.Start)));
            sb.Append(change.NewText);
            i = change.Span.End;
        }

        sb.Append(tree.Text.ToString(TextSpan.FromBounds(i, end)));
        return sb.ToString();
    }
}
