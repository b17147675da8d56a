using System.Globalization;
using PolicySpeech.Fuzz;

// dotnet run --project tools/fuzz/PolicySpeech.Fuzz -c Release -- [--count N] [--seconds S] [--seed N] [--jobs N] [--corpus DIR] [--crashes DIR] [--max-bytes N]
var ci = CultureInfo.InvariantCulture;
long count = long.MaxValue;
double? seconds = null;
int seed = 1, jobs = 1, maxBytes = 2048;
string corpus = "corpus", crashes = "fuzz-crashes";
for (int i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--count": count = long.Parse(args[i + 1], ci); break;
        case "--seconds": seconds = double.Parse(args[i + 1], ci); break;
        case "--seed": seed = int.Parse(args[i + 1], ci); break;
        case "--jobs": jobs = int.Parse(args[i + 1], ci); break;
        case "--corpus": corpus = args[i + 1]; break;
        case "--crashes": crashes = args[i + 1]; break;
        case "--max-bytes": maxBytes = int.Parse(args[i + 1], ci); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

if (count == long.MaxValue && seconds is null)
{
    seconds = 60;
}

var seeds = Fuzzer.SeedsFrom(corpus);
Console.WriteLine(string.Create(ci, $"fuzz: {seeds.Count} seeds from {corpus}, seed {seed}, {jobs} job(s)"));
var reports = Enumerable.Range(0, jobs)
    .Select(j => Task.Run(() => new Fuzzer(seeds).Run(seed + j, count == long.MaxValue ? count : (count / jobs) + (j < count % jobs ? 1 : 0), seconds is null ? null : TimeSpan.FromSeconds(seconds.Value), crashes, maxBytes, n => Console.WriteLine(string.Create(ci, $"fuzz: job {j}: {n} inputs")))))
    .ToArray();
Task.WaitAll(reports);
long inputs = reports.Sum(r => r.Result.Inputs);
long loadErrors = reports.Sum(r => r.Result.LoadErrors);
int crashed = reports.Sum(r => r.Result.Crashes.Count);
double elapsed = reports.Max(r => r.Result.Elapsed.TotalSeconds);
Console.WriteLine(string.Create(ci, $"fuzz: {inputs} inputs in {elapsed:F0} s ({inputs / Math.Max(elapsed, 0.001):F0}/s), {loadErrors} refused with a load error, {crashed} crashes{(crashed > 0 ? " (inputs in " + crashes + ")" : "")}"));
foreach (var crash in reports.SelectMany(r => r.Result.Crashes).Take(5))
{
    Console.WriteLine(crash.Failure.Split('\n')[0]);
}

return crashed == 0 ? 0 : 1;
