namespace PolicySpeech.Tests;

/// <summary>
/// Where the repository, its corpus and the shared real corpus are (found by walking up from the test binaries to
/// Analysis.sln). One file, linked into every test project.
/// </summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    public static string Seed => Path.Combine(Corpus, "seed", "000_9db54a9de2bb72cf.txt");

    public static string LibraryProject => Path.Combine(Root, "src", "PolicySpeech.Analysis", "PolicySpeech.Analysis.csproj");

    public static string ToolProject => Path.Combine(Root, "src", "PolicySpeech.Cli", "PolicySpeech.Cli.csproj");

    /// <summary>The shared folder beside the checkout (../shared: corpus-real, corpus-archive), or null where it is absent.</summary>
    public static string? SharedRoot
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    /// <summary>../shared/corpus-real, or null where it is absent (tests then return early).</summary>
    public static string? CorpusReal
    {
        get
        {
            var dir = Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus-real"));
            return Directory.Exists(dir) ? dir : null;
        }
    }

    public static IEnumerable<string> CorpusRealFiles =>
        CorpusReal is { } dir ? Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal) : [];

    /// <summary>Every .txt speech in corpus/ (the seed and the team's own).</summary>
    public static IEnumerable<string> CorpusTextFiles =>
        Directory.GetFiles(Corpus, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Analysis.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Analysis.sln not found above " + AppContext.BaseDirectory);
    }
}
