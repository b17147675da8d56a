using System.IO.Compression;
using System.Text.RegularExpressions;

namespace PolicySpeech.Package.Tests;

/// <summary>
/// Packs PolicySpeech.Analysis and PolicySpeech.Tool once per test run into a temporary feed folder (building into a
/// temporary artifacts folder, so the repository's bin/obj are untouched and parallel builds never collide). Shared by
/// every test that needs the packages; the folder is deleted when the test process exits.
/// </summary>
public sealed partial class PackedPackages
{
    private static readonly Lazy<PackedPackages> Shared = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    private PackedPackages(string root, string feed, string version, TimeSpan packTime)
    {
        Root = root;
        Feed = feed;
        Version = version;
        PackTime = packTime;
    }

    /// <summary>The packages, packed on first use (throws with the pack output if packing failed).</summary>
    public static PackedPackages Instance => Shared.Value;

    /// <summary>The temporary folder holding the feed and the test workspaces.</summary>
    public string Root { get; }

    /// <summary>The folder the packages were packed into (a local NuGet feed).</summary>
    public string Feed { get; }

    /// <summary>The packages' version (from Directory.Build.props).</summary>
    public string Version { get; }

    /// <summary>How long packing both took.</summary>
    public TimeSpan PackTime { get; }

    public string LibraryPackage => Path.Combine(Feed, $"PolicySpeech.Analysis.{Version}.nupkg");

    public string LibrarySymbolsPackage => Path.Combine(Feed, $"PolicySpeech.Analysis.{Version}.snupkg");

    public string ToolPackage => Path.Combine(Feed, $"PolicySpeech.Tool.{Version}.nupkg");

    /// <summary>The machine's global packages folder (where the solution's restore put the packages' dependencies).</summary>
    public static string MachinePackagesFolder
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            return !string.IsNullOrEmpty(fromEnvironment)
                ? fromEnvironment
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }
    }

    /// <summary>A new empty folder under <see cref="Root"/>.</summary>
    public string CreateWorkspace(string name)
    {
        var path = Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);

        // Stop MSBuild's upward search for Directory.Build.* and NuGet's for Directory.Packages.props: the consumer must see
        // nothing of whatever lies above the temporary folder.
        File.WriteAllText(Path.Combine(path, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(path, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(path, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n");
        return path;
    }

    /// <summary>
    /// Writes a nuget.config naming the feed (the only source of PolicySpeech.* packages) and the machine's global packages
    /// folder (every other package: the library's dependencies, already restored by the solution's build).
    /// </summary>
    public void WriteNuGetConfig(string folder)
    {
        string config = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="policyspeech-feed" value="{Feed}" />
                <add key="machine-packages" value="{MachinePackagesFolder}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="policyspeech-feed">
                  <package pattern="PolicySpeech.*" />
                </packageSource>
                <packageSource key="machine-packages">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """;
        File.WriteAllText(Path.Combine(folder, "nuget.config"), config);
    }

    /// <summary>Writes a nuget.config whose only source is the feed (for <c>dotnet tool install</c>: a tool package has no dependencies).</summary>
    public void WriteFeedOnlyNuGetConfig(string folder)
    {
        string config = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="policyspeech-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """;
        File.WriteAllText(Path.Combine(folder, "nuget.config"), config);
    }

    /// <summary>Environment for a child dotnet process: a private, empty NuGet cache so no stale copy of our packages is used.</summary>
    public Dictionary<string, string?> IsolatedEnvironment(string workspace)
    {
        return new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = Path.Combine(workspace, ".nuget-packages"),
            ["NUGET_HTTP_CACHE_PATH"] = Path.Combine(workspace, ".nuget-http-cache"),
        };
    }

    /// <summary>The entries of a package.</summary>
    public static IReadOnlyList<string> Entries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    /// <summary>The text of one entry of a package.</summary>
    public static string ReadEntry(string package, string entryName)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.Entries.Single(e => string.Equals(e.FullName, entryName, StringComparison.OrdinalIgnoreCase));
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static PackedPackages Pack()
    {
        DeleteStaleWorkspaces();
        var root = Path.Combine(Path.GetTempPath(), Prefix + Guid.NewGuid().ToString("N")[..12]);
        var feed = Path.Combine(root, "feed");
        var artifacts = Path.Combine(root, "artifacts");
        Directory.CreateDirectory(feed);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);

        var started = DateTime.UtcNow;
        foreach (var project in new[] { RepoPaths.LibraryProject, RepoPaths.ToolProject })
        {
            var result = ProcessRunner.Dotnet(
                RepoPaths.Root,
                TimeSpan.FromMinutes(8),
                null,
                "pack", project, "-c", "Release", "-o", feed, "--artifacts-path", artifacts, "-nodeReuse:false");
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed: " + result.Describe());
            }
        }

        var library = Directory.GetFiles(feed, "PolicySpeech.Analysis.*.nupkg").SingleOrDefault()
            ?? throw new InvalidOperationException("No PolicySpeech.Analysis package in " + feed);
        var version = VersionPattern().Match(Path.GetFileName(library)).Groups[1].Value;
        return new PackedPackages(root, feed, version, DateTime.UtcNow - started);
    }

    private const string Prefix = "policyspeech-package-tests-";

    /// <summary>Removes folders of earlier runs whose process did not get to delete them (killed test hosts); only old ones, so a concurrent run is left alone.</summary>
    private static void DeleteStaleWorkspaces()
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (Directory.GetLastWriteTimeUtc(dir) < DateTime.UtcNow.AddHours(-3))
            {
                TryDelete(dir);
            }
        }
    }

    /// <summary>Deletes a folder, ignoring failures (a file still held open).</summary>
    public static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [GeneratedRegex(@"^PolicySpeech\.Analysis\.(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\.nupkg$")]
    private static partial Regex VersionPattern();
}
