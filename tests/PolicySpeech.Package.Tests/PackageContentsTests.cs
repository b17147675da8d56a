using System.Xml.Linq;

namespace PolicySpeech.Package.Tests;

/// <summary>What the packed packages hold: metadata, readme, docs, symbols, build targets, the runtime data and the tool's settings.</summary>
[Collection("Package contents")]
public sealed class PackageContentsTests
{
    [Fact]
    public void LibraryPackageHasItsMetadata()
    {
        var packages = PackedPackages.Instance;
        var metadata = NuspecMetadata(packages.LibraryPackage);
        Assert.Equal("PolicySpeech.Analysis", metadata.Child("id")?.Value);
        Assert.Equal(packages.Version, metadata.Child("version")?.Value);
        Assert.Equal("MIT", metadata.Child("license")?.Value);
        Assert.Equal("expression", metadata.Child("license")?.Attribute("type")?.Value);
        Assert.Equal("README.md", metadata.Child("readme")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Child("description")?.Value));
        Assert.Contains("chinese", metadata.Child("tags")?.Value ?? "", StringComparison.Ordinal);
        var repository = metadata.Child("repository");
        Assert.NotNull(repository);
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.StartsWith("https://github.com/", repository.Attribute("url")?.Value, StringComparison.Ordinal);

        // Build-time tools (API tracking, SourceLink) are private: a consumer does not inherit them.
        var dependencies = metadata.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")?.Value ?? "").ToList();
        Assert.Contains("AngleSharp", dependencies);
        Assert.DoesNotContain(dependencies, d => d is "jieba.NET" or "Newtonsoft.Json"); // the segmenter's data is embedded
        Assert.DoesNotContain(dependencies, d => d.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || d.StartsWith("Microsoft.SourceLink", StringComparison.Ordinal));
    }

    [Fact]
    public void LibraryPackageHoldsTheAssemblyDocsAndReadme()
    {
        var entries = PackedPackages.Entries(PackedPackages.Instance.LibraryPackage);
        Assert.Contains("lib/net10.0/PolicySpeech.Analysis.dll", entries);
        Assert.Contains("lib/net10.0/PolicySpeech.Analysis.xml", entries);
        Assert.Contains("README.md", entries);
        // Every data file (lexicons, the segmenter's dictionary) is embedded in the assembly: nothing to copy, no build targets.
        Assert.DoesNotContain(entries, e => e.StartsWith("build", StringComparison.Ordinal) || e.StartsWith("runtimedata/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", StringComparison.Ordinal)); // symbols go to the .snupkg
        Assert.DoesNotContain(entries, e => e.StartsWith("content/", StringComparison.Ordinal) || e.StartsWith("contentFiles/", StringComparison.Ordinal));

        var readme = PackedPackages.ReadEntry(PackedPackages.Instance.LibraryPackage, "README.md");
        Assert.Contains("new DocumentAnalyzer()", readme, StringComparison.Ordinal);
        Assert.Contains("analyzer.Analyze(\"speech.txt\")", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void SymbolsPackageHoldsThePortablePdb()
    {
        var packages = PackedPackages.Instance;
        Assert.True(File.Exists(packages.LibrarySymbolsPackage), "no .snupkg next to the package");
        Assert.Contains("lib/net10.0/PolicySpeech.Analysis.pdb", PackedPackages.Entries(packages.LibrarySymbolsPackage));
        Assert.Equal("SymbolsPackage", NuspecMetadata(packages.LibrarySymbolsPackage).Child("packageTypes")?.Child("packageType")?.Attribute("name")?.Value);
    }

    [Fact]
    public void ToolPackageIsADotnetToolNamedPolicyspeech()
    {
        var packages = PackedPackages.Instance;
        var metadata = NuspecMetadata(packages.ToolPackage);
        Assert.Equal("PolicySpeech.Tool", metadata.Child("id")?.Value);
        Assert.Equal("DotnetTool", metadata.Child("packageTypes")?.Child("packageType")?.Attribute("name")?.Value);
        Assert.Equal("README.md", metadata.Child("readme")?.Value);
        Assert.Equal("MIT", metadata.Child("license")?.Value);

        var settings = XDocument.Parse(PackedPackages.ReadEntry(packages.ToolPackage, "tools/net10.0/any/DotnetToolSettings.xml"));
        var command = settings.Descendants("Command").Single();
        Assert.Equal("policyspeech", command.Attribute("Name")?.Value);
        Assert.Equal("policyspeech.dll", command.Attribute("EntryPoint")?.Value);

        var entries = PackedPackages.Entries(packages.ToolPackage);
        Assert.Contains("tools/net10.0/any/PolicySpeech.Analysis.dll", entries);
        Assert.DoesNotContain(entries, e => e.Contains("/Resources/", StringComparison.Ordinal)); // no loose data files
    }

    private static XElement NuspecMetadata(string package)
    {
        var nuspecName = PackedPackages.Entries(package).Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal) && !e.Contains('/'));
        var nuspec = XDocument.Parse(PackedPackages.ReadEntry(package, nuspecName));
        return nuspec.Root!.Child("metadata")!;
    }
}

/// <summary>Child elements by local name (nuspec files use several XML namespaces).</summary>
internal static class NuspecXml
{
    public static XElement? Child(this XElement? element, string localName) =>
        element?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);
}
