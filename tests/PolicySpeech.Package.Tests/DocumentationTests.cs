using System.Text.RegularExpressions;
using PolicySpeech.Diagnostics;

namespace PolicySpeech.Package.Tests;

/// <summary>The documentation agrees with the code: the rule release table lists every built-in ID with its category and default severity.</summary>
public sealed partial class DocumentationTests
{
    [Fact]
    public void RuleReleaseTableListsEveryBuiltInRuleWithItsCategoryAndSeverity()
    {
        var table = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules-release.md"));
        var rows = RowPattern().Matches(table).ToDictionary(m => m.Groups["id"].Value, m => m);
        var descriptors = new DocumentAnalyzer().SupportedDiagnostics;
        var expected = string.Join('\n', descriptors.Select(d => $"| {d.Id} | {d.Category} | {d.DefaultSeverity.ToString().ToLowerInvariant()}{(d.IsEnabledByDefault ? "" : " (off by default)")} | {d.Title} |"));

        Assert.True(descriptors.Select(d => d.Id).ToHashSet().SetEquals(rows.Keys), "docs/rules-release.md should list exactly:\n" + expected);
        foreach (var descriptor in descriptors)
        {
            var row = rows[descriptor.Id];
            Assert.True(row.Groups["category"].Value == descriptor.Category, $"{descriptor.Id}: category in the table is {row.Groups["category"].Value}; expected:\n{expected}");
            var severity = descriptor.DefaultSeverity.ToString().ToLowerInvariant() + (descriptor.IsEnabledByDefault ? "" : " (off by default)");
            Assert.True(row.Groups["severity"].Value == severity, $"{descriptor.Id}: severity in the table is {row.Groups["severity"].Value}; expected:\n{expected}");
        }
    }

    [Fact]
    public void EveryDocumentationLinkToARepositoryFileResolves()
    {
        var docs = Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.Combine("docs", "rules") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Append(Path.Combine(RepoPaths.Root, "README-package.md"))
            .Append(Path.Combine(RepoPaths.Root, "CHANGELOG.md"));
        var broken = new List<string>();
        foreach (var file in docs)
        {
            foreach (Match link in LinkPattern().Matches(File.ReadAllText(file)))
            {
                var target = link.Groups["target"].Value.Split('#')[0];
                if (target.Length == 0 || target.Contains("://", StringComparison.Ordinal))
                {
                    continue;
                }

                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target));
                bool isRulePage = resolved.Contains(Path.Combine("docs", "rules"), StringComparison.Ordinal); // written by others, checked by their tests
                if (!isRulePage && !File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}: {target}");
                }
            }
        }

        Assert.True(broken.Count == 0, "broken links:\n" + string.Join('\n', broken));
    }

    [GeneratedRegex(@"^\| (?<id>PS\d{4}) \| (?<category>[A-Za-z]+) \| (?<severity>[a-z ()]+?) \| (?<title>[^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex LinkPattern();
}
