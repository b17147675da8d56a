using System.Text;
using BenchmarkDotNet.Attributes;
using PolicySpeech.Loading;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Benchmarks;

/// <summary>Load (decode bytes) and parse. Budget (DESIGN.md): parse + all diagnostics but the typo rule ≥ 100 MB/s of UTF-8 on one core.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _bytes = [];
    private string _text = "";

    /// <summary>Which input: the seed or all of corpus-real.</summary>
    [Params("seed", "corpus-real")]
    public string Input { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkInputs.Get(Input);
        _bytes = Encoding.UTF8.GetBytes(_text);
        Console.WriteLine($"// {Input}: {_bytes.Length} UTF-8 bytes");
    }

    [Benchmark]
    public SpeechSyntaxTree Parse() => SpeechSyntaxTree.Parse(SourceText.From(_text));

    [Benchmark]
    public SpeechSyntaxTree LoadAndParse()
    {
        using var stream = new MemoryStream(_bytes, writable: false);
        return SpeechDocument.Load(stream, "input.txt").GetSyntaxTree();
    }
}
