using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using PolicySpeech.Loading;
using PolicySpeech.Semantics;

namespace PolicySpeech;

/// <summary>
/// The library's entry point: analyses speeches with every built-in rule (diagnostics) and the commitment extractor, one
/// document at a time (<see cref="Analyze(SpeechDocument, CancellationToken)"/>) or many in parallel with results in input order
/// (<see cref="AnalyzeManyAsync(IEnumerable{string}, int, CancellationToken)"/>). Thread-safe: one instance can serve
/// any number of threads.
/// </summary>
/// <remarks>
/// When <see cref="DocumentAnalyzerOptions.Configuration"/> is <see langword="null"/>, the <c>policyspeech.json</c> found for
/// each document is loaded once per file and cached by this instance.
/// </remarks>
/// <example><code>
/// var analyzer = new DocumentAnalyzer();
/// var result = analyzer.Analyze(await SpeechDocument.LoadAsync("speech.docx"));
/// foreach (var c in result.Commitments)
/// {
///     Console.WriteLine($"{c.Actor.Text} {c.Modality} {c.Action} {c.Deadline?.Year}");
/// }
/// </code></example>
public sealed class DocumentAnalyzer
{
    private readonly AnalyzerDriver _driver;
    private readonly ConcurrentDictionary<string, SpeechConfiguration> _configurations = new(StringComparer.Ordinal);

    /// <summary>Creates an analyzer.</summary>
    /// <param name="options">What to compute; <see langword="null"/> for <see cref="DocumentAnalyzerOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="DocumentAnalyzerOptions.MaxAnalyzerParallelism"/> is negative.</exception>
    public DocumentAnalyzer(DocumentAnalyzerOptions? options = null)
    {
        options ??= DocumentAnalyzerOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxAnalyzerParallelism, nameof(options));
        Options = options;
        var driverOptions = AnalyzerDriverOptions.Default with { Configuration = options.Configuration ?? SpeechConfiguration.Default };
        if (options.MaxAnalyzerParallelism > 0)
        {
            driverOptions = driverOptions with { MaxDegreeOfParallelism = options.MaxAnalyzerParallelism };
        }

        _driver = new AnalyzerDriver([.. options.BuiltInRules ? AnalyzerDriver.CreateBuiltInAnalyzers() : [], .. options.AdditionalAnalyzers], driverOptions);
    }

    /// <summary>The options this analyzer was created with.</summary>
    public DocumentAnalyzerOptions Options { get; }

    /// <summary>The descriptors of every rule that can report (the rules of a SARIF log; titles and help links).</summary>
    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => _driver.SupportedDiagnostics;

    /// <summary>Analyses one loaded document.</summary>
    /// <param name="document">The document (from <see cref="SpeechDocument.Load(string, LoadOptions?)"/>, <see cref="SpeechDocument.LoadAsync(string, LoadOptions?, CancellationToken)"/> or <see cref="SpeechDocument.FromText"/>).</param>
    /// <param name="cancellationToken">Cancels the analysis (an <see cref="OperationCanceledException"/> is thrown).</param>
    /// <returns>The diagnostics, commitments and reference year.</returns>
    /// <exception cref="ConfigurationException">The <c>policyspeech.json</c> found for the document is invalid.</exception>
    /// <exception cref="SpeechLoadException">The analysis found more than 150,000 findings, the limit for one document (<see cref="SpeechLoadFailure.TooLarge"/>; docs/security.md).</exception>
    /// <example><code>
    /// var analyzer = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with { ReferenceYear = 2025 });
    /// var result = analyzer.Analyze(SpeechDocument.FromText("2025年政府工作报告\n\n今年要完成造林100万亩。"));
    /// Console.WriteLine(result.Commitments[0].Deadline?.Year); // 2025
    /// </code></example>
    public DocumentAnalysisResult Analyze(SpeechDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var configuration = ConfigurationFor(document.Path);
        var tree = document.GetSyntaxTree();

        // One semantic model for the rules that read it (built only if one does) and for the commitments.
        var lazyModel = new Lazy<SemanticModel>(() => document.GetSemanticModel(Options.ReferenceYear), LazyThreadSafetyMode.ExecutionAndPublication);
        var analysis = Options.Diagnostics ? _driver.Analyze(tree, configuration, () => lazyModel.Value, cancellationToken) : null;
        cancellationToken.ThrowIfCancellationRequested();

        // The semantic model resolves the reference year itself; without it, the same resolution, so check and extract
        // report one reference year.
        SemanticModel? model = Options.Commitments ? lazyModel.Value : null;
        var (year, source) = model is not null
            ? (model.ReferenceYear, model.ReferenceYearSource)
            : ReferenceYearInference.Resolve(tree, Options.ReferenceYear, document.Metadata);
        return new DocumentAnalysisResult(document, tree, configuration, analysis, model, year, source);
    }

    /// <summary>Loads a file (.txt, .html/.htm or .docx) and analyses it: the one-call form of <see cref="Analyze(SpeechDocument, CancellationToken)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the analysis (an <see cref="OperationCanceledException"/> is thrown).</param>
    /// <returns>The diagnostics, commitments and reference year.</returns>
    /// <exception cref="SpeechLoadException">The file cannot be read or is not a speech the loader understands.</exception>
    /// <exception cref="ConfigurationException">The <c>policyspeech.json</c> found for the document is invalid.</exception>
    /// <example><code>
    /// var result = new DocumentAnalyzer().Analyze("speech.docx");
    /// foreach (var d in result.Diagnostics)
    /// {
    ///     Console.WriteLine(d);
    /// }
    /// </code></example>
    public DocumentAnalysisResult Analyze(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Analyze(SpeechDocument.Load(path), cancellationToken);
    }

    /// <summary>
    /// Loads and analyses files in parallel and yields one outcome per path, in the order of <paramref name="paths"/>. A file
    /// that cannot be loaded (or whose configuration is invalid) gives an outcome with its <see cref="DocumentAnalysisOutcome.Error"/>
    /// and the others go on. At most <paramref name="maxDegreeOfParallelism"/> documents are analysed at a time and at most
    /// about twice that many are held in memory, however slowly the caller consumes the outcomes.
    /// </summary>
    /// <param name="paths">The files (.txt, .html/.htm, .docx); enumerated lazily, once.</param>
    /// <param name="maxDegreeOfParallelism">At most how many documents to analyse at a time; 0 (the default) for the processor count.</param>
    /// <param name="cancellationToken">Cancels the run: the enumeration then throws an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The outcomes, in input order.</returns>
    /// <example><code>
    /// var analyzer = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with { Diagnostics = false });
    /// await foreach (var outcome in analyzer.AnalyzeManyAsync(Directory.EnumerateFiles("speeches", "*.txt"), maxDegreeOfParallelism: 4))
    /// {
    ///     Console.WriteLine(outcome.Succeeded
    ///         ? $"{outcome.Name}: {outcome.Result.Commitments.Length} commitments"
    ///         : $"{outcome.Name}: {outcome.Error.Message}");
    /// }
    /// </code></example>
    public IAsyncEnumerable<DocumentAnalysisOutcome> AnalyzeManyAsync(IEnumerable<string> paths, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegreeOfParallelism);
        return RunAsync(ToAsync(paths), static (path, options, ct) => SpeechDocument.LoadAsync(path, options, ct), static path => path, maxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>
    /// Loads and analyses documents that are not files (archive entries, downloads, database blobs) in parallel and yields
    /// one outcome per source, in input order; see <see cref="AnalyzeManyAsync(IEnumerable{string}, int, CancellationToken)"/>.
    /// A source whose <see cref="DocumentSource.Open"/> throws an I/O error gives a <see cref="SpeechLoadException"/> outcome.
    /// </summary>
    /// <param name="sources">The documents; enumerated lazily, once.</param>
    /// <param name="maxDegreeOfParallelism">At most how many documents to analyse at a time; 0 (the default) for the processor count.</param>
    /// <param name="cancellationToken">Cancels the run: the enumeration then throws an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The outcomes, in input order.</returns>
    /// <example><code>
    /// async IAsyncEnumerable&lt;DocumentSource&gt; Sources(ZipArchive zip)
    /// {
    ///     foreach (var entry in zip.Entries)
    ///     {
    ///         var bytes = new MemoryStream();
    ///         await using (var s = entry.Open()) await s.CopyToAsync(bytes);
    ///         var data = bytes.ToArray();
    ///         yield return new DocumentSource(entry.FullName, () => new MemoryStream(data));
    ///     }
    /// }
    ///
    /// await foreach (var outcome in new DocumentAnalyzer().AnalyzeManyAsync(Sources(zip)))
    /// {
    ///     Console.WriteLine($"{outcome.Name}: {(outcome.Succeeded ? outcome.Result.Diagnostics.Length : -1)}");
    /// }
    /// </code></example>
    public IAsyncEnumerable<DocumentAnalysisOutcome> AnalyzeManyAsync(IAsyncEnumerable<DocumentSource> sources, int maxDegreeOfParallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegreeOfParallelism);
        return RunAsync(sources, LoadSourceAsync, static source => source.Name, maxDegreeOfParallelism, cancellationToken);
    }

    private static async Task<SpeechDocument> LoadSourceAsync(DocumentSource source, LoadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        Stream stream;
        try
        {
            stream = source.Open() ?? throw new InvalidOperationException("DocumentSource.Open returned null.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or NotSupportedException)
        {
            throw new SpeechLoadException(source.Name, SpeechLoadFailure.Unreadable, ex.Message, ex);
        }

        await using (stream.ConfigureAwait(false))
        {
            return await SpeechDocument.LoadAsync(stream, source.Name, options, cancellationToken).ConfigureAwait(false);
        }
    }

#pragma warning disable CS1998 // The adapter has nothing to await.
    private static async IAsyncEnumerable<string> ToAsync(IEnumerable<string> paths)
#pragma warning restore CS1998
    {
        foreach (var path in paths)
        {
            yield return path;
        }
    }

    private async IAsyncEnumerable<DocumentAnalysisOutcome> RunAsync<T>(
        IAsyncEnumerable<T> inputs,
        Func<T, LoadOptions, CancellationToken, Task<SpeechDocument>> load,
        Func<T, string> nameOf,
        int maxDegreeOfParallelism,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        int degree = maxDegreeOfParallelism == 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = stop.Token;
        using var slots = new SemaphoreSlim(degree, degree);

        // Started work waits here in input order. With `degree` slots in the channel, one item being written and one being
        // yielded, at most degree + 2 documents are alive at a time; at most `degree` are being loaded or analysed.
        var pending = Channel.CreateBounded<Task<DocumentAnalysisOutcome>>(new BoundedChannelOptions(degree)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        var loadOptions = Options.Load ?? LoadOptions.Default;

        // The started work that has not finished, so that stopping early waits for it: once the enumeration is disposed,
        // no worker is still loading or analysing (issue #12). Finished work leaves the set, so it stays small.
        var running = new ConcurrentDictionary<int, Task>();

        var producer = Task.Run(
            async () =>
            {
                try
                {
                    int index = 0;
                    await foreach (var input in inputs.WithCancellation(token).ConfigureAwait(false))
                    {
                        int i = index++;
                        var work = ProcessAsync(i, input, load, nameOf, loadOptions, slots, token);
                        running[i] = work;
                        _ = work.ContinueWith(_ => running.TryRemove(i, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                        if (!pending.Writer.TryWrite(work))
                        {
                            try
                            {
                                await pending.Writer.WriteAsync(work, token).ConfigureAwait(false);
                            }
                            catch (OperationCanceledException)
                            {
                                Observe(work);
                                throw;
                            }
                        }
                    }

                    pending.Writer.TryComplete();
                }
                catch (Exception ex)
                {
                    pending.Writer.TryComplete(ex);
                }
            },
            CancellationToken.None);

        try
        {
            while (await pending.Reader.WaitToReadAsync(token).ConfigureAwait(false))
            {
                while (pending.Reader.TryRead(out var work))
                {
                    DocumentAnalysisOutcome outcome;
                    try
                    {
                        outcome = await work.ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        throw new OperationCanceledException(cancellationToken);
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    yield return outcome;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            // Stopped early (the caller broke off, cancelled or an input failed): stop the producer and the started work.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
            while (pending.Reader.TryRead(out var work))
            {
                Observe(work);
            }

            // Work already inside a worker sees the cancellation at its next check (between loading, the rules and the
            // commitments); wait for it so that nothing runs on after the caller has stopped.
            foreach (var work in running.Values)
            {
                try
                {
                    await work.ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Cancelled or failed work: the caller has stopped and gets the first error already thrown, if any.
                }
            }
        }
    }

    private async Task<DocumentAnalysisOutcome> ProcessAsync<T>(
        int index,
        T input,
        Func<T, LoadOptions, CancellationToken, Task<SpeechDocument>> load,
        Func<T, string> nameOf,
        LoadOptions loadOptions,
        SemaphoreSlim slots,
        CancellationToken cancellationToken)
    {
        string name = nameOf(input);
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Off the producer's thread: loading and analysing are mostly CPU work.
            return await Task.Run(
                async () =>
                {
                    try
                    {
                        var document = await load(input, loadOptions, cancellationToken).ConfigureAwait(false);
                        return DocumentAnalysisOutcome.Success(index, name, Analyze(document, cancellationToken));
                    }
                    catch (Exception ex) when (ex is SpeechLoadException or ConfigurationException)
                    {
                        return DocumentAnalysisOutcome.Failure(index, name, ex);
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    private static void Observe(Task task) =>
        task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    private SpeechConfiguration ConfigurationFor(string? documentPath)
    {
        if (Options.Configuration is { } fixedConfiguration)
        {
            return fixedConfiguration;
        }

        if (!Options.Diagnostics)
        {
            // The configuration only tunes the rules: without them, no file is looked for (nor can a broken one fail).
            return SpeechConfiguration.Default;
        }

        if (documentPath is null || SpeechConfiguration.FindFileFor(documentPath) is not { } file)
        {
            return SpeechConfiguration.Default;
        }

        return _configurations.TryGetValue(file, out var cached) ? cached : _configurations.GetOrAdd(file, SpeechConfiguration.Load(file));
    }
}
