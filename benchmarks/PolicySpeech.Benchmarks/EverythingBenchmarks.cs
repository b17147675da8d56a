using System.Text;
using BenchmarkDotNet.Attributes;
using PolicySpeech.Loading;

namespace PolicySpeech.Benchmarks;

/// <summary>
/// The whole pipeline on one core: decode the bytes, parse, every rule (the typo rule included) and the commitments,
/// through the public entry point. Budget (DESIGN.md): ≥ 10 MB/s of UTF-8 on ../shared/corpus-real.
/// </summary>
[MemoryDiagnoser]
public class EverythingBenchmarks
{
    private byte[] _bytes = [];
    private DocumentAnalyzer _analyzer = null!;

    /// <summary>Which input: the seed or all of corpus-real.</summary>
    [Params("seed", "corpus-real")]
    public string Input { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Encoding.UTF8.GetBytes(BenchmarkInputs.Get(Input));
        _analyzer = new DocumentAnalyzer(new DocumentAnalyzerOptions { Configuration = PolicySpeech.Diagnostics.SpeechConfiguration.Default, MaxAnalyzerParallelism = 1 });
        var result = Analyze();
        Console.WriteLine($"// {Input}: {_bytes.Length} UTF-8 bytes, {result.Diagnostics.Length} diagnostics, {result.Commitments.Length} commitments");
    }

    [Benchmark]
    public DocumentAnalysisResult LoadAndAnalyzeEverything()
    {
        return Analyze();
    }

    private DocumentAnalysisResult Analyze()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return _analyzer.Analyze(SpeechDocument.Load(stream, "input.txt"));
    }
}
