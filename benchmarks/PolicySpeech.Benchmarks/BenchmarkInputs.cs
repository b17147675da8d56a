using System.Text;

namespace PolicySpeech.Benchmarks;

/// <summary>The inputs: the seed, and all of ../shared/corpus-real concatenated (empty where absent).</summary>
internal static class BenchmarkInputs
{
    private static readonly Lazy<string> RootDirectory = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Analysis.sln not found");
    });

    public static string Seed => File.ReadAllText(Path.Combine(RootDirectory.Value, "corpus", "seed", "000_9db54a9de2bb72cf.txt"));

    public static string CorpusReal
    {
        get
        {
            var dir = Path.Combine(RootDirectory.Value, "..", "shared", "corpus-real");
            if (!Directory.Exists(dir))
            {
                return Seed;
            }

            var builder = new StringBuilder();
            foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
            {
                builder.Append(File.ReadAllText(file)).Append('\n');
            }

            return builder.ToString();
        }
    }

    public static string Get(string name) => name == "seed" ? Seed : CorpusReal;
}
