using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace PolicySpeech.Package.Tests;

/// <summary>
/// Issue #13: every shell command in README.md and docs/ runs as written from a clean copy of the repository, and leaves
/// no file behind in it. Tool commands (<c>policyspeech …</c> and <c>dotnet run --project src/PolicySpeech.Cli … --</c>)
/// run the built tool; <c>mkdir -p</c> and <c>cp</c> run as the shell would; the docs write under <c>/tmp/ps/</c>, which
/// the test points at a temporary folder of its own (one per page). Commands that build, pack or install packages are
/// run by the package tests named in <see cref="CoveredElsewhere"/>; any other command fails the test until it is classified.
/// </summary>
public sealed partial class DocumentationCommandTests(ITestOutputHelper output)
{
    /// <summary>Commands this test does not run, with the test that runs their equivalent.</summary>
    private static readonly (string Prefix, string CoveredBy)[] CoveredElsewhere =
    [
        ("dotnet test Analysis.sln", "the CI entry point .ci/run"),
        ("dotnet tool install", "ToolPackageTests (installs the packed tool from a local feed)"),
        ("dotnet pack src/PolicySpeech.", "PackedPackages (packs both packages into a local feed)"),
        ("dotnet new console -o /tmp/ps/", "ConsumerProjectTests (a fresh console project)"),
        ("dotnet new classlib -o /tmp/ps/", "CustomAnalyzerSampleTests (builds samples/CustomAnalyzer)"),
        ("dotnet add /tmp/ps/", "ConsumerProjectTests (adds the package from the local feed)"),
        ("dotnet add package PolicySpeech.Analysis", "ConsumerProjectTests (adds the package from the local feed)"),
    ];

    private const string ToolPrefix = "dotnet run --project src/PolicySpeech.Cli -c Release -- ";

    [Fact]
    public void ShellCommandsInTheDocsRunAsWrittenAndLeaveNoFilesInTheRepository()
    {
        string dll = ToolDll();
        Assert.True(File.Exists(dll), $"the tool is not built: {dll}");
        string work = Directory.CreateTempSubdirectory("ps-docs-").FullName;
        try
        {
            string repo = Path.Combine(work, "repo");
            foreach (string folder in new[] { "corpus", "docs" })
            {
                CopyFolder(Path.Combine(RepoPaths.Root, folder), Path.Combine(repo, folder));
            }

            File.Copy(Path.Combine(RepoPaths.Root, "README.md"), Path.Combine(repo, "README.md"));
            var before = Snapshot(repo);

            var pages = new[] { Path.Combine(RepoPaths.Root, "README.md") }
                .Concat(Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            var failures = new List<string>();
            int ran = 0;
            foreach (string page in pages)
            {
                string name = Path.GetRelativePath(RepoPaths.Root, page).Replace('\\', '/');
                string scratch = Path.Combine(work, "tmp-" + ran.ToString(System.Globalization.CultureInfo.InvariantCulture));
                foreach (string line in ShellLines(File.ReadAllText(page)))
                {
                    string command = line.Replace("/tmp/ps", scratch.Replace('\\', '/'), StringComparison.Ordinal);
                    var words = Words(command);
                    if (words.Count == 0)
                    {
                        continue;
                    }

                    ran++;
                    string? failure = Execute(dll, repo, line, command, words);
                    if (failure is not null)
                    {
                        failures.Add($"{name}: `{line}`: {failure}");
                    }
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
            Assert.True(ran > 20, $"only {ran} commands found");

            // No file was added, changed or removed in the repository by the commands.
            var after = Snapshot(repo);
            var added = after.Keys.Except(before.Keys).ToList();
            var removed = before.Keys.Except(after.Keys).ToList();
            var changed = before.Keys.Intersect(after.Keys).Where(k => before[k] != after[k]).ToList();
            Assert.True(added.Count + removed.Count + changed.Count == 0, $"added: {string.Join(", ", added)}; removed: {string.Join(", ", removed)}; changed: {string.Join(", ", changed)}");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private string? Execute(string dll, string repo, string line, string command, List<string> words)
    {
        if (words[0] == "mkdir" && words.Count == 3 && words[1] == "-p")
        {
            Directory.CreateDirectory(words[2]);
            return null;
        }

        if (words[0] == "cp" && words.Count == 3)
        {
            File.Copy(Path.Combine(repo, words[1]), Path.Combine(repo, words[2]), overwrite: true);
            return null;
        }

        List<string>? arguments = null;
        if (command.StartsWith(ToolPrefix, StringComparison.Ordinal))
        {
            arguments = words.Skip(Words(ToolPrefix).Count).ToList();
        }
        else if (words[0] == "policyspeech")
        {
            arguments = words.Skip(1).ToList();
        }

        if (arguments is null)
        {
            return CoveredElsewhere.Any(c => line.StartsWith(c.Prefix, StringComparison.Ordinal))
                ? null
                : "not a command this test knows: run it here, or name the test that runs it in CoveredElsewhere";
        }

        var result = ProcessRunner.Run(ProcessRunner.DotnetHost, ["exec", dll, .. arguments], repo, TimeSpan.FromMinutes(3));
        output.WriteLine($"{result.ExitCode} {result.Elapsed.TotalSeconds:F1}s {line}");
        return result.ExitCode is 0 or 1 ? null : result.Describe();
    }

    /// <summary>The lines of the page's <c>sh</c> blocks, comments removed.</summary>
    internal static IEnumerable<string> ShellLines(string markdown)
    {
        foreach (Match block in ShellBlock().Matches(markdown))
        {
            foreach (string raw in block.Groups["body"].Value.Split('\n'))
            {
                string line = StripComment(raw).Trim();
                if (line.Length > 0)
                {
                    yield return line;
                }
            }
        }
    }

    private static string StripComment(string line)
    {
        char quote = '\0';
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1])))
            {
                return line[..i];
            }
        }

        return line;
    }

    /// <summary>Splits a command into words as sh does for these simple lines (quotes removed; no variables or globbing).</summary>
    private static List<string> Words(string command)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        bool inWord = false;
        char quote = '\0';
        foreach (char c in command)
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static string ToolDll()
    {
        // The configuration this test assembly was built in (bin/<Configuration>/net10.0/).
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Parent?.Name ?? "Release";
        string[] candidates =
        [
            Path.Combine(RepoPaths.Root, "src", "PolicySpeech.Cli", "bin", configuration, "net10.0", "policyspeech.dll"),
            Path.Combine(RepoPaths.Root, "src", "PolicySpeech.Cli", "bin", "Release", "net10.0", "policyspeech.dll"),
        ];
        return candidates.FirstOrDefault(File.Exists) ?? candidates[0];
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            string target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    [GeneratedRegex(@"^```(?:sh|bash|shell)[ \t]*\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
