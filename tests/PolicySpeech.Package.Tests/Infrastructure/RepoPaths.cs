namespace PolicySpeech.Package.Tests;

/// <summary>Where the repository and its files are (found by walking up from the test binaries to Analysis.sln).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "corpus", "seed", "000_9db54a9de2bb72cf.txt");

    public static string LibraryProject => Path.Combine(Root, "src", "PolicySpeech.Analysis", "PolicySpeech.Analysis.csproj");

    public static string ToolProject => Path.Combine(Root, "src", "PolicySpeech.Cli", "PolicySpeech.Cli.csproj");

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
