using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace PolicySpeech.Package.Tests;

/// <summary>Installs PolicySpeech.Tool from the temporary feed as a local tool and runs <c>policyspeech check</c> on the seed.</summary>
[Collection("Tool package")]
public sealed class ToolPackageTests(ITestOutputHelper output)
{
    [Fact]
    public void LocalToolInstallsFromTheFeedAndChecksTheSeed()
    {
        var stopwatch = Stopwatch.StartNew();
        var packages = PackedPackages.Instance;
        var workspace = packages.CreateWorkspace("tool");
        try
        {
            Run(packages, workspace, stopwatch);
        }
        finally
        {
            PackedPackages.TryDelete(workspace); // its private NuGet cache is a few hundred MB
        }
    }

    private void Run(PackedPackages packages, string workspace, Stopwatch stopwatch)
    {
        packages.WriteFeedOnlyNuGetConfig(workspace);
        var environment = packages.IsolatedEnvironment(workspace);
        // The CLI's tool resolver cache (~/.dotnet/toolResolverCache) is global and keyed by package and version: an
        // entry left by an earlier run points at a deleted folder. A private CLI home keeps every run independent.
        environment["DOTNET_CLI_HOME"] = Path.Combine(workspace, ".dotnet-home");

        var manifest = ProcessRunner.Dotnet(workspace, TimeSpan.FromMinutes(2), environment, "new", "tool-manifest");
        Assert.True(manifest.ExitCode == 0, manifest.Describe());

        var install = ProcessRunner.Dotnet(workspace, TimeSpan.FromMinutes(4), environment,
            "tool", "install", "PolicySpeech.Tool", "--add-source", packages.Feed, "--version", packages.Version);
        output.WriteLine(install.Describe());
        Assert.True(install.ExitCode == 0, install.Describe());
        Assert.Contains("policyspeech", install.StandardOutput, StringComparison.Ordinal);

        var check = ProcessRunner.Dotnet(workspace, TimeSpan.FromMinutes(3), environment,
            "tool", "run", "policyspeech", "check", RepoPaths.Seed, "--format", "json");
        Assert.True(check.ExitCode is 0 or 1, check.Describe()); // 1 = findings at error severity; 2 = usage or input error
        Assert.True(check.StandardOutput.TrimStart().StartsWith('{'), check.Describe());
        using var json = JsonDocument.Parse(check.StandardOutput);
        Assert.Equal("policyspeech/1", json.RootElement.GetProperty("schema").GetString());
        var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        var ids = document.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToHashSet();
        Assert.Contains("PS1001", ids);
        Assert.Contains("PS5001", ids);

        var text = ProcessRunner.Dotnet(workspace, TimeSpan.FromMinutes(3), environment,
            "tool", "run", "policyspeech", "check", RepoPaths.Seed, "--format", "text");
        Assert.True(text.ExitCode is 0 or 1, text.Describe());
        Assert.Contains(": warning PS1001: ", text.StandardOutput, StringComparison.Ordinal);

        output.WriteLine($"tool: {ids.Count} distinct IDs; test took {stopwatch.Elapsed.TotalSeconds:F1}s");
    }
}
