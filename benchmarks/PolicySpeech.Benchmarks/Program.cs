using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PolicySpeech.Benchmarks;

/// <summary>
/// Runs the benchmarks, offline:
/// <c>dotnet run -c Release --project benchmarks/PolicySpeech.Benchmarks -- --filter '*'</c>
/// (one class: <c>--filter '*CheckBenchmarks*'</c>). Without <c>--job</c> the benchmarks run in-process
/// (<see cref="InProcessEmitToolchain"/>, <see cref="Job.ShortRun"/>): the default out-of-process toolchain
/// generates and restores a project per run, which hangs without network access. With <c>--job</c> (e.g.
/// <c>--job Default</c>) BenchmarkDotNet's own job and toolchain selection applies. Memory is always measured
/// (<see cref="MemoryDiagnoser"/>): divide the UTF-8 byte count printed at setup by the mean for MB/s.
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance).AddDiagnoser(MemoryDiagnoser.Default);
        if (!args.Any(a => a.StartsWith("--job", StringComparison.Ordinal) || a == "-j"))
        {
            config = config.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
