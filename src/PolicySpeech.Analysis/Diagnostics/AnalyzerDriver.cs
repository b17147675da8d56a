using System.Diagnostics;
using PolicySpeech.Semantics;

namespace PolicySpeech.Diagnostics;

/// <summary>
/// Runs a set of <see cref="SpeechAnalyzer"/>s over documents. Each analyzer's <see cref="SpeechAnalyzer.Initialize"/> is
/// called once, here; <see cref="Analyze(SpeechSyntaxTree, CancellationToken)"/> then walks a tree once, hands each node
/// to the callbacks registered for its kind and runs the document callbacks. On long documents analyzers run
/// concurrently. An analyzer that throws, or reports an ID it does not declare, gives a PS9001 diagnostic naming it; the
/// others still run. Thread-safe: one driver may analyse many documents at once.
/// </summary>
/// <example><code>
/// var driver = AnalyzerDriver.CreateDefault(SpeechConfiguration.FindFor("speech.txt"));
/// var result = driver.Analyze(SpeechDocument.Load("speech.txt").GetSyntaxTree());
/// foreach (var diagnostic in result.Diagnostics) Console.WriteLine(diagnostic);
/// </code></example>
internal sealed class AnalyzerDriver
{
    private readonly ImmutableArray<Entry> _entries;
    private readonly bool[] _wantedKinds;

    /// <summary>Creates a driver and initialises the analyzers.</summary>
    /// <param name="analyzers">The analyzers to run.</param>
    /// <param name="options">Configuration and parallelism; <see cref="AnalyzerDriverOptions.Default"/> when omitted.</param>
    public AnalyzerDriver(IEnumerable<SpeechAnalyzer> analyzers, AnalyzerDriverOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        Options = options ?? AnalyzerDriverOptions.Default;
        Analyzers = [.. analyzers];
        int kindCount = Enum.GetValues<SyntaxKind>().Max(k => (int)k) + 1;
        _wantedKinds = new bool[kindCount];
        var names = new HashSet<string>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<Entry>(Analyzers.Length);
        var descriptors = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var analyzer in Analyzers)
        {
            ArgumentNullException.ThrowIfNull(analyzer, nameof(analyzers));
            var entry = Entry.Create(analyzer, kindCount, names);
            entries.Add(entry);
            foreach (var descriptor in entry.Descriptors)
            {
                descriptors.TryAdd(descriptor.Id, descriptor);
            }

            for (int kind = 0; kind < kindCount; kind++)
            {
                if (entry.NodeActions[kind] is not null)
                {
                    _wantedKinds[kind] = true;
                }
            }
        }

        _entries = entries.MoveToImmutable();
        descriptors.TryAdd(EngineDiagnostics.AnalyzerFailure.Id, EngineDiagnostics.AnalyzerFailure);
        descriptors.TryAdd(SpeechParser.EmptyHeading.Id, SpeechParser.EmptyHeading);
        descriptors.TryAdd(SpeechParser.TextBeforeTitle.Id, SpeechParser.TextBeforeTitle);
        descriptors.TryAdd(SpeechParser.UndecodableBytes.Id, SpeechParser.UndecodableBytes);
        SupportedDiagnostics = [.. descriptors.Values.OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>The analyzers, in the order given.</summary>
    public ImmutableArray<SpeechAnalyzer> Analyzers { get; }

    /// <summary>The options the driver was created with.</summary>
    public AnalyzerDriverOptions Options { get; }

    /// <summary>Every descriptor the analyzers declare, plus the parser's (PS0001, PS0002, PS0003) and the engine's (PS9001), by ID.</summary>
    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>A driver with every built-in analyzer (see <see cref="CreateBuiltInAnalyzers"/>).</summary>
    /// <param name="configuration">The configuration to apply; <see cref="SpeechConfiguration.Default"/> when omitted.</param>
    /// <returns>The driver.</returns>
    public static AnalyzerDriver CreateDefault(SpeechConfiguration? configuration = null) =>
        new(CreateBuiltInAnalyzers(), AnalyzerDriverOptions.Default with { Configuration = configuration ?? SpeechConfiguration.Default });

    /// <summary>
    /// New instances of the built-in analyzers (one per rule of <see cref="global::PolicySpeech.Analyzers.BuiltInRules"/>), ordered by type name. An
    /// analyzer whose constructor throws is replaced by one that reports PS9001.
    /// </summary>
    /// <returns>The analyzers.</returns>
    public static ImmutableArray<SpeechAnalyzer> CreateBuiltInAnalyzers() => global::PolicySpeech.Analyzers.BuiltInRules.CreateAnalyzers();

    /// <summary>Analyses a tree with the driver's configuration.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="cancellationToken">Cancels the analysis (an <see cref="OperationCanceledException"/> is thrown).</param>
    /// <returns>The diagnostics and timings.</returns>
    public AnalysisResult Analyze(SpeechSyntaxTree tree, CancellationToken cancellationToken = default) =>
        Analyze(tree, Options.Configuration, cancellationToken);

    /// <summary>Analyses a tree with a given configuration (such as the one <see cref="SpeechConfiguration.FindFor"/> finds for it).</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="configuration">The configuration to apply.</param>
    /// <param name="cancellationToken">Cancels the analysis (an <see cref="OperationCanceledException"/> is thrown).</param>
    /// <returns>The diagnostics and timings.</returns>
    public AnalysisResult Analyze(SpeechSyntaxTree tree, SpeechConfiguration configuration, CancellationToken cancellationToken = default) =>
        Analyze(tree, configuration, null, cancellationToken);

    /// <summary>
    /// Analyses a tree with a given configuration; <paramref name="semanticModel"/> gives the document's semantic model when an
    /// analyzer asks for it (called at most once per document; <see cref="SemanticModel.Create"/> of the tree when null).
    /// </summary>
    internal AnalysisResult Analyze(SpeechSyntaxTree tree, SpeechConfiguration configuration, Func<SemanticModel>? semanticModel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(configuration);
        cancellationToken.ThrowIfCancellationRequested();

        var options = configuration.AnalyzerOptions;
        var runs = new DocumentRun[_entries.Length];
        var wanted = (bool[])_wantedKinds.Clone();
        for (int i = 0; i < _entries.Length; i++)
        {
            runs[i] = _entries[i].Start(tree, options, wanted, cancellationToken);
        }

        var nodes = CollectNodes(tree, wanted, cancellationToken);
        var model = new Lazy<SemanticModel>(semanticModel ?? (() => SemanticModel.Create(tree)), LazyThreadSafetyMode.ExecutionAndPublication);
        var sinks = new List<Diagnostic>[_entries.Length];
        var times = new TimeSpan[_entries.Length];
        var budget = new FindingBudget(Options.MaxDiagnostics, tree.Diagnostics.Length);
        budget.ThrowIfExceeded(tree);

        bool parallel = _entries.Length > 1 && Options.MaxDegreeOfParallelism > 1 && tree.Text.Length >= Options.ParallelThreshold;
        if (parallel)
        {
            try
            {
                Parallel.For(
                    0,
                    _entries.Length,
                    new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
                    i => (sinks[i], times[i]) = Run(runs[i], tree, nodes, model, options, budget, cancellationToken));
            }
            catch (AggregateException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (AggregateException) when (budget.Exceeded)
            {
                budget.ThrowIfExceeded(tree);
            }
        }
        else
        {
            for (int i = 0; i < _entries.Length; i++)
            {
                (sinks[i], times[i]) = Run(runs[i], tree, nodes, model, options, budget, cancellationToken);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        budget.ThrowIfExceeded(tree);

        var all = new List<Diagnostic>(tree.Diagnostics.Length + sinks.Sum(s => s.Count));
        all.AddRange(tree.Diagnostics);
        foreach (var sink in sinks)
        {
            all.AddRange(sink);
        }

        var timeMap = ImmutableSortedDictionary.CreateBuilder<string, TimeSpan>(StringComparer.Ordinal);
        for (int i = 0; i < _entries.Length; i++)
        {
            timeMap[_entries[i].Name] = times[i];
        }

        return new AnalysisResult(tree, configuration, Finish(tree.Text, all, configuration), timeMap.ToImmutable(), SupportedDiagnostics);
    }

    /// <summary>Analyses a tree on the thread pool.</summary>
    /// <param name="tree">The tree.</param>
    /// <param name="cancellationToken">Cancels the analysis.</param>
    /// <returns>The diagnostics and timings.</returns>
    public Task<AnalysisResult> AnalyzeAsync(SpeechSyntaxTree tree, CancellationToken cancellationToken = default) =>
        Task.Run(() => Analyze(tree, cancellationToken), cancellationToken);

    /// <summary>Sorts, applies severities and <c>none</c>, computes fingerprints and marks baseline findings.</summary>
    internal static ImmutableArray<Diagnostic> Finish(SourceText text, List<Diagnostic> diagnostics, SpeechConfiguration configuration)
    {
        var configured = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (configuration.TryGetConfiguredSeverity(diagnostic.Descriptor, out var severity))
            {
                if (severity is { } s)
                {
                    configured.Add(diagnostic.WithSeverity(s));
                }
            }
            else if (diagnostic.Descriptor.IsEnabledByDefault)
            {
                configured.Add(diagnostic);
            }
        }

        var ordered = configured
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Length);
        var occurrences = new Dictionary<(string, string), int>();
        var result = ImmutableArray.CreateBuilder<Diagnostic>(configured.Count);
        foreach (var diagnostic in ordered)
        {
            var normalised = DiagnosticFingerprint.NormalisedText(text, diagnostic);
            occurrences.TryGetValue((diagnostic.Id, normalised), out int occurrence);
            occurrences[(diagnostic.Id, normalised)] = occurrence + 1;
            var fingerprint = DiagnosticFingerprint.Compute(diagnostic.Id, normalised, occurrence);
            bool suppressed = diagnostic.IsSuppressed || (!configuration.Baseline.IsEmpty && configuration.IsInBaseline(diagnostic.Id, DiagnosticFingerprint.ToHex(fingerprint.High, fingerprint.Low)));
            result.Add(diagnostic.WithFingerprint(fingerprint, suppressed));
        }

        return result.MoveToImmutable();
    }

    private static bool IsTokenKind(SyntaxKind kind) =>
        kind is SyntaxKind.TextToken or SyntaxKind.HeadingMarkerToken or SyntaxKind.SeparatorToken or SyntaxKind.TerminatorToken or SyntaxKind.EndOfFileToken;

    private static Diagnostic Failure(SpeechSyntaxTree tree, string analyzer, string problem, string? exceptionType)
    {
        var properties = ImmutableDictionary<string, string?>.Empty.Add("analyzer", analyzer);
        if (exceptionType is not null)
        {
            properties = properties.Add("exception", exceptionType);
        }

        return Diagnostic.Create(EngineDiagnostics.AnalyzerFailure, Location.Create(tree.Path, tree.Text, new TextSpan(0, 0)), null, properties, null, analyzer, problem);
    }

    private static List<SyntaxNode> CollectNodes(SpeechSyntaxTree tree, bool[] wanted, CancellationToken cancellationToken)
    {
        var walk = new Walk(wanted);
        var nodes = new List<SyntaxNode>();
        if (wanted[(int)SyntaxKind.Document])
        {
            nodes.Add(tree.Root);
        }

        if (walk.WantsDescendants)
        {
            int count = 0;
            walk.Collect(tree.Root, nodes, ref count, cancellationToken);
        }

        return nodes;
    }

    private static (List<Diagnostic> Diagnostics, TimeSpan Elapsed) Run(
        DocumentRun run, SpeechSyntaxTree tree, List<SyntaxNode> nodes, Lazy<SemanticModel> model, AnalyzerOptions options, FindingBudget budget, CancellationToken cancellationToken)
    {
        var entry = run.Entry;
        var sink = new List<Diagnostic>();
        long start = Stopwatch.GetTimestamp();
        if ((entry.InitializationError ?? run.StartError) is { } initError)
        {
            sink.Add(Failure(tree, entry.Name, $"{initError.GetType().FullName}: {initError.Message}", initError.GetType().FullName));
            return (sink, Stopwatch.GetElapsedTime(start) + run.StartTime);
        }

        var failures = new List<Diagnostic>();

        // One delegate for the whole run: a local function converted at each node would allocate a delegate per node.
        Action<Diagnostic> report = diagnostic =>
        {
            lock (sink)
            {
                ReportLocked(diagnostic);
            }
        };

        void ReportLocked(Diagnostic? diagnostic)
        {
            // Every report counts, a bad one too: past the limit the analyzer is stopped (the exception is not caught below)
            // and the analysis fails once every analyzer has stopped.
            budget.Take(tree);
            if (diagnostic is null)
            {
                failures.Add(Failure(tree, entry.Name, "reported a null diagnostic", null));
            }
            else if (!entry.SupportedIds.Contains(diagnostic.Id))
            {
                failures.Add(Failure(tree, entry.Name, $"reported diagnostic '{diagnostic.Id}', which is not in its SupportedDiagnostics", null));
            }
            else if (diagnostic.Location.SourceSpan is var span && (span.Start < 0 || span.Length < 0 || span.End > tree.Text.Length))
            {
                failures.Add(Failure(tree, entry.Name, $"reported {diagnostic.Id} at {span}, outside the text (length {tree.Text.Length})", null));
            }
            else
            {
                sink.Add(diagnostic);
            }
        }

        try
        {
            if (run.NodeActions is not null || run.Collectors is not null)
            {
                var nodeActions = run.NodeActions;
                var collectors = run.Collectors;
                foreach (var node in nodes)
                {
                    if (collectors?[(int)node.Kind] is { } lists)
                    {
                        foreach (var list in lists)
                        {
                            list.Add(node);
                        }
                    }

                    if (nodeActions?[(int)node.Kind] is { } actions)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var context = new SyntaxNodeAnalysisContext(node, options, report, cancellationToken);
                        foreach (var action in actions)
                        {
                            action(context);
                        }
                    }
                }
            }

            if (entry.DocumentActions.Length + run.EndActions.Count > 0)
            {
                var context = new DocumentAnalysisContext(tree, options, report, cancellationToken);
                foreach (var action in entry.DocumentActions.Concat(run.EndActions))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    action(context);
                }
            }

            if (entry.SemanticModelActions.Length > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var context = new SemanticModelAnalysisContext(model.Value, options, report, cancellationToken);
                foreach (var action in entry.SemanticModelActions)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    action(context);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception) when (budget.Exceeded)
        {
            return (sink, Stopwatch.GetElapsedTime(start) + run.StartTime);
        }
        catch (Exception ex)
        {
            failures.Add(Failure(tree, entry.Name, $"{ex.GetType().FullName}: {ex.Message}", ex.GetType().FullName));
        }

        // Failures about bad reports are reported once per kind of problem, not once per bad report.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var failure in failures)
        {
            if (seen.Add(failure.Message))
            {
                sink.Add(failure);
            }
        }

        return (sink, Stopwatch.GetElapsedTime(start) + run.StartTime);
    }

    /// <summary>
    /// The findings one analysis may still report (<see cref="AnalyzerDriverOptions.MaxDiagnostics"/>), shared by the
    /// analyzers that run at once on the document.
    /// </summary>
    private sealed class FindingBudget
    {
        private readonly int _max;
        private int _count;
        private volatile bool _exceeded;

        public FindingBudget(int max, int parserFindings)
        {
            _max = max;
            _count = parserFindings;
            _exceeded = parserFindings > max;
        }

        public bool Exceeded => _exceeded;

        /// <summary>Counts one report; past the limit, throws to stop the analyzer that reported it.</summary>
        public void Take(SpeechSyntaxTree tree)
        {
            if (Interlocked.Increment(ref _count) > _max)
            {
                _exceeded = true;
                ThrowIfExceeded(tree);
            }
        }

        /// <summary>Throws the error the analysis fails with once the limit is passed.</summary>
        public void ThrowIfExceeded(SpeechSyntaxTree tree)
        {
            if (_exceeded)
            {
                throw new Loading.SpeechLoadException(
                    tree.Path,
                    Loading.SpeechLoadFailure.TooLarge,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the analysis found more than {_max} findings, the limit for one document (docs/security.md)"));
            }
        }
    }

    /// <summary>Which nodes one walk of a tree collects: the kinds some callback asked for, skipping what nobody needs.</summary>
    private sealed class Walk
    {
        private readonly bool[] _wanted;
        private readonly bool _wantsTokens;
        private readonly bool _descendIntoSentences;

        public Walk(bool[] wanted)
        {
            _wanted = wanted;
            _wantsTokens = Enum.GetValues<SyntaxKind>().Any(k => wanted[(int)k] && IsTokenKind(k));
            WantsDescendants = Enum.GetValues<SyntaxKind>().Any(k => k != SyntaxKind.Document && wanted[(int)k]);

            // A sentence holds only clauses and tokens, a clause only tokens: the walk skips what nobody asked for.
            _descendIntoSentences = _wantsTokens || wanted[(int)SyntaxKind.Clause];
        }

        public bool WantsDescendants { get; }

        /// <summary>Adds the wanted descendants of <paramref name="node"/> depth first in text order (as <see cref="SyntaxNode.DescendantNodes"/>).</summary>
        public void Collect(SyntaxNode node, List<SyntaxNode> nodes, ref int count, CancellationToken cancellationToken)
        {
            foreach (var child in node.Children)
            {
                bool isToken = child.IsToken;
                if (isToken && !_wantsTokens)
                {
                    continue;
                }

                if (_wanted[(int)child.Kind])
                {
                    nodes.Add(child);
                }

                if ((++count & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (!isToken && (_descendIntoSentences || child.Kind != SyntaxKind.Sentence) && (_wantsTokens || child.Kind != SyntaxKind.Clause))
                {
                    Collect(child, nodes, ref count, cancellationToken);
                }
            }
        }
    }

    /// <summary>One analyzer on one document: its node callbacks (those of <see cref="SpeechAnalyzer.Initialize"/> and of its start actions) and end callbacks.</summary>
    private sealed class DocumentRun(Entry entry)
    {
        public Entry Entry { get; } = entry;

        public Action<SyntaxNodeAnalysisContext>[]?[]? NodeActions { get; set; }

        public IReadOnlyList<Action<DocumentAnalysisContext>> EndActions { get; set; } = [];

        /// <summary>By node kind, the lists of <see cref="DocumentStartAnalysisContext.CollectNodes"/> to add each node of that kind to.</summary>
        public List<SyntaxNode>[]?[]? Collectors { get; set; }

        public Exception? StartError { get; set; }

        public TimeSpan StartTime { get; set; }
    }

    private sealed class Entry
    {
        private Entry(string name)
        {
            Name = name;
        }

        public string Name { get; }

        public ImmutableArray<DiagnosticDescriptor> Descriptors { get; private init; } = [];

        public HashSet<string> SupportedIds { get; private init; } = [];

        public Action<SyntaxNodeAnalysisContext>[]?[] NodeActions { get; private init; } = [];

        public bool HasNodeActions { get; private init; }

        public ImmutableArray<Action<DocumentAnalysisContext>> DocumentActions { get; private init; } = [];

        public ImmutableArray<Action<DocumentStartAnalysisContext>> StartActions { get; private init; } = [];

        public ImmutableArray<Action<SemanticModelAnalysisContext>> SemanticModelActions { get; private init; } = [];

        public Exception? InitializationError { get; private init; }

        /// <summary>Runs the start actions for a document and marks the kinds they ask for in <paramref name="wanted"/>.</summary>
        public DocumentRun Start(SpeechSyntaxTree tree, AnalyzerOptions options, bool[] wanted, CancellationToken cancellationToken)
        {
            var run = new DocumentRun(this) { NodeActions = HasNodeActions ? NodeActions : null };
            if (InitializationError is not null || StartActions.IsEmpty)
            {
                return run;
            }

            long start = Stopwatch.GetTimestamp();
            try
            {
                var ends = new List<Action<DocumentAnalysisContext>>();
                var lists = new List<Action<SyntaxNodeAnalysisContext>>?[NodeActions.Length];
                List<List<SyntaxNode>>?[]? collectors = null;
                foreach (var action in StartActions)
                {
                    var context = new DocumentStartAnalysisContext(tree, options, cancellationToken);
                    action(context);
                    AddNodeActions(context.NodeActions, lists);
                    foreach (var (nodes, kinds) in context.Collectors)
                    {
                        foreach (var kind in kinds.Distinct())
                        {
                            CheckKind(kind, lists.Length);
                            ((collectors ??= new List<List<SyntaxNode>>?[lists.Length])[(int)kind] ??= []).Add(nodes);
                            wanted[(int)kind] = true;
                        }
                    }

                    ends.AddRange(context.EndActions);
                }

                if (collectors is not null)
                {
                    run.Collectors = [.. collectors.Select(c => c?.ToArray())];
                }

                if (lists.Any(l => l is not null))
                {
                    var merged = new Action<SyntaxNodeAnalysisContext>[]?[NodeActions.Length];
                    for (int kind = 0; kind < merged.Length; kind++)
                    {
                        merged[kind] = lists[kind] is { } list ? [.. NodeActions[kind] ?? [], .. list] : NodeActions[kind];
                        if (merged[kind] is not null)
                        {
                            wanted[kind] = true;
                        }
                    }

                    run.NodeActions = merged;
                }

                run.EndActions = ends;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                run.StartError = ex;
                run.NodeActions = null;
                run.Collectors = null;
            }

            run.StartTime = Stopwatch.GetElapsedTime(start);
            return run;
        }

        private static void AddNodeActions(
            IReadOnlyList<(Action<SyntaxNodeAnalysisContext> Action, ImmutableArray<SyntaxKind> Kinds)> actions, List<Action<SyntaxNodeAnalysisContext>>?[] lists)
        {
            foreach (var (action, kinds) in actions)
            {
                foreach (var kind in kinds.Distinct())
                {
                    CheckKind(kind, lists.Length);
                    (lists[(int)kind] ??= []).Add(action);
                }
            }
        }

        private static void CheckKind(SyntaxKind kind, int kindCount)
        {
            if ((int)kind <= 0 || (int)kind >= kindCount || kind is SyntaxKind.WhitespaceTrivia or SyntaxKind.LineBreakTrivia)
            {
                throw new InvalidOperationException($"RegisterSyntaxNodeAction was given the kind {kind}, which is not a node or token kind (trivia are reached through their tokens).");
            }
        }

        public static Entry Create(SpeechAnalyzer analyzer, int kindCount, HashSet<string> names)
        {
            string name;
            try
            {
                name = analyzer.Name;
            }
            catch (Exception)
            {
                name = analyzer.GetType().Name;
            }

            var unique = name;
            for (int n = 2; !names.Add(unique); n++)
            {
                unique = $"{name}#{n}";
            }

            var nodeActions = new Action<SyntaxNodeAnalysisContext>[]?[kindCount];
            try
            {
                var descriptors = analyzer.SupportedDiagnostics;
                if (descriptors.IsDefault || descriptors.Any(d => d is null))
                {
                    throw new InvalidOperationException("SupportedDiagnostics is default or contains null.");
                }

                var context = new AnalysisContext();
                analyzer.Initialize(context);
                var lists = new List<Action<SyntaxNodeAnalysisContext>>?[kindCount];
                AddNodeActions(context.NodeActions, lists);
                for (int i = 0; i < kindCount; i++)
                {
                    nodeActions[i] = lists[i]?.ToArray();
                }

                return new Entry(unique)
                {
                    Descriptors = descriptors,
                    SupportedIds = descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal),
                    NodeActions = nodeActions,
                    HasNodeActions = nodeActions.Any(a => a is not null),
                    DocumentActions = [.. context.DocumentActions],
                    StartActions = [.. context.DocumentStartActions],
                    SemanticModelActions = [.. context.SemanticModelActions],
                };
            }
            catch (Exception ex)
            {
                return new Entry(unique) { NodeActions = nodeActions, InitializationError = ex };
            }
        }
    }
}
