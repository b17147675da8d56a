using System.Diagnostics;
using System.Text.Json;
using PolicySpeech.Diagnostics;
using PolicySpeech.Loading;
using PolicySpeech.Output;
using Xunit.Abstractions;

namespace PolicySpeech.Package.Tests;

/// <summary>
/// A fresh console project outside the solution, with a nuget.config naming only the temporary feed (and the machine's
/// package folder for the dependencies), references PolicySpeech.Analysis by version, builds, and runs a snippet that
/// loads the seed speech and prints its diagnostics and commitments as the policyspeech/1 JSON. Nothing else is set up:
/// the run happens from an unrelated working directory, so data files must come from the package into the output.
/// </summary>
[Collection("Consumer project")]
public sealed class ConsumerProjectTests(ITestOutputHelper output)
{
    private const string ProgramSource = """
        using PolicySpeech;
        using PolicySpeech.Diagnostics;
        using PolicySpeech.Loading;
        using PolicySpeech.Output;

        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: Consumer SPEECH");
            return 2;
        }

        var analyzer = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with { Configuration = SpeechConfiguration.Default });
        await foreach (var outcome in analyzer.AnalyzeManyAsync([args[0]]))
        {
            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine(outcome.Error.Message);
                return 1;
            }

            Console.Out.Write(JsonReportWriter.ToJson([outcome.Result]));
        }

        return 0;
        """;

    [Fact]
    public void FreshConsoleProjectUsesThePackageFromALocalFeed()
    {
        var stopwatch = Stopwatch.StartNew();
        var packages = PackedPackages.Instance;
        output.WriteLine($"packed {packages.Version} in {packages.PackTime.TotalSeconds:F1}s into {packages.Feed}");

        var workspace = packages.CreateWorkspace("consumer");
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
        packages.WriteNuGetConfig(workspace);
        var project = Path.Combine(workspace, "Consumer");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PolicySpeech.Analysis" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), ProgramSource);

        var environment = packages.IsolatedEnvironment(workspace);
        var build = ProcessRunner.Dotnet(project, TimeSpan.FromMinutes(6), environment, "build", "-c", "Release", "-nodeReuse:false");
        output.WriteLine(build.Describe());
        Assert.True(build.ExitCode == 0, build.Describe());

        // The package came from the feed, not from some other cache.
        var restored = Path.Combine(environment["NUGET_PACKAGES"]!, "policyspeech.analysis", packages.Version);
        Assert.True(Directory.Exists(restored), "PolicySpeech.Analysis was not restored into the private cache: " + restored);

        var bin = Path.Combine(project, "bin", "Release", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "PolicySpeech.Analysis.dll")));

        // The library's data is embedded: nothing but assemblies is copied beside it.
        Assert.False(Directory.Exists(Path.Combine(bin, "Resources")), "a Resources folder was copied to the consumer's output");

        // Run from an unrelated folder: nothing may depend on the working directory.
        var elsewhere = packages.CreateWorkspace("cwd");
        var run = ProcessRunner.Run(ProcessRunner.DotnetHost, [Path.Combine(bin, "Consumer.dll"), RepoPaths.Seed], elsewhere, TimeSpan.FromMinutes(3));
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.True(string.IsNullOrWhiteSpace(run.StandardError), "the library wrote to stderr: " + run.StandardError);

        using var json = JsonDocument.Parse(run.StandardOutput);
        Assert.Equal("policyspeech/1", json.RootElement.GetProperty("schema").GetString());
        var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        var ids = document.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Contains("PS1001", ids);
        Assert.Contains("PS5001", ids); // the typo rule needs its dictionary data: it must be found at run time
        var commitments = document.GetProperty("commitments").EnumerateArray().ToList();
        Assert.NotEmpty(commitments);
        Assert.Contains(commitments, c => c.GetProperty("metric").ValueKind == JsonValueKind.Object
            && c.GetProperty("metric").GetProperty("redacted").GetBoolean());

        // The package behaves exactly as the library does in the solution (the segmenter found its dictionaries, the typo
        // rule its data): the same code run in-process gives byte-identical JSON.
        Assert.Equal(InProcessJson(RepoPaths.Seed).TrimEnd(), run.StandardOutput.TrimEnd());

        output.WriteLine($"consumer: {ids.Count} diagnostics, {commitments.Count} commitments; test took {stopwatch.Elapsed.TotalSeconds:F1}s");
    }

    private static string InProcessJson(string path)
    {
        var analyzer = new DocumentAnalyzer(DocumentAnalyzerOptions.Default with { Configuration = SpeechConfiguration.Default });
        return JsonReportWriter.ToJson([analyzer.Analyze(SpeechDocument.Load(path))]);
    }
}
