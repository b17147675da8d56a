using System.Text;
using BenchmarkDotNet.Attributes;
using PolicySpeech.Analyzers;
using PolicySpeech.Diagnostics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Benchmarks;

/// <summary>
/// Parse + diagnostics. Budgets (DESIGN.md): parse + all rules but the typo rule ≥ 100 MB/s of UTF-8 on one core;
/// everything ≥ 10 MB/s. Divide the input's UTF-8 bytes (printed at setup) by the mean time.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private string _text = "";
    private AnalyzerDriver _allButTypos = null!;
    private AnalyzerDriver _all = null!;

    /// <summary>Which input: the seed or all of corpus-real.</summary>
    [Params("seed", "corpus-real")]
    public string Input { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkInputs.Get(Input);
        Console.WriteLine($"// {Input}: {Encoding.UTF8.GetByteCount(_text)} UTF-8 bytes");
        var options = new AnalyzerDriverOptions { MaxDegreeOfParallelism = 1 };
        var analyzers = AnalyzerDriver.CreateBuiltInAnalyzers();
        _all = new AnalyzerDriver(analyzers, options);
        _allButTypos = new AnalyzerDriver(analyzers.Where(a => a is not LookAlikeTypoAnalyzer), options);
        _all.Analyze(SpeechSyntaxTree.Parse(SourceText.From(_text)));
    }

    [Benchmark]
    public int ParseAndRulesWithoutTypos() => _allButTypos.Analyze(SpeechSyntaxTree.Parse(SourceText.From(_text))).Diagnostics.Length;

    [Benchmark]
    public int ParseAndAllRules() => _all.Analyze(SpeechSyntaxTree.Parse(SourceText.From(_text))).Diagnostics.Length;
}
