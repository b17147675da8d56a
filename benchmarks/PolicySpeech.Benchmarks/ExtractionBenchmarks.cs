using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PolicySpeech.Loading;
using PolicySpeech.Semantics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Benchmarks;

/// <summary>
/// Commitment extraction throughput (DESIGN.md budget: everything, commitments included, ≥ 10 MB/s of UTF-8 on one core
/// on corpus-real). <see cref="Extract"/> builds the semantic model from a parsed tree (reference year, jurisdiction,
/// recognisers, commitments); <see cref="LoadParseExtract"/> adds decoding and parsing. MB/s = UTF-8 bytes / mean time.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private byte[] _bytes = [];
    private SpeechSyntaxTree _tree = null!;

    /// <summary>Which input: the seed or all of corpus-real.</summary>
    [Params("seed", "corpus-real")]
    public string Input { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        string text = BenchmarkInputs.Get(Input);
        _bytes = Encoding.UTF8.GetBytes(text);
        _tree = SpeechSyntaxTree.Parse(SourceText.From(text));
        _ = SemanticModel.Create(_tree); // load the lexicons and the word segmenter outside the measurement
        Console.WriteLine($"// {Input}: {_bytes.Length} UTF-8 bytes, {SemanticModel.Create(_tree).Commitments.Length} commitments");
    }

    /// <remarks>The model is lazy: reading <see cref="SemanticModel.Commitments"/> forces the extraction.</remarks>
    [Benchmark]
    public int Extract() => SemanticModel.Create(_tree).Commitments.Length;

    [Benchmark]
    public int LoadParseExtract()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return SpeechDocument.Load(stream, "input.txt").GetSemanticModel().Commitments.Length;
    }
}

/// <summary>
/// The first extraction in a fresh process: each launch is a new process and measures one call of
/// load + parse + extract on the seed, so it includes loading the lexicons and the word segmenter's dictionary (the word
/// segmenter is loaded on the first clause that needs it).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class ExtractionColdStartBenchmarks
{
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup() => _bytes = Encoding.UTF8.GetBytes(BenchmarkInputs.Seed);

    [Benchmark]
    public int FirstExtraction()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return SpeechDocument.Load(stream, "seed.txt").GetSemanticModel().Commitments.Length;
    }
}
