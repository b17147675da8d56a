using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PolicySpeech.Diagnostics;

namespace PolicySpeech.Tests.Analyzers;

/// <summary>Every rule page in docs/rules: exists for every ID, and its bad example fires its ID while its good example does not.</summary>
public sealed partial class RuleDocsTests
{
    private static string DocsDir => Path.Combine(RepoPaths.Root, "docs", "rules");

    [GeneratedRegex("```text (?<kind>bad|good)\\n(?<body>.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex Example();

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(DocsDir, "PS*.md").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Fact]
    public void EveryIdHasAPageAndEveryHelpLinkPointsAtOne()
    {
        string[] designIds = ["PS0001", "PS0002", "PS0003", "PS1001", "PS2001", "PS2002", "PS2003", "PS2004", "PS2005", "PS3001", "PS3002", "PS3003", "PS4001", "PS4002", "PS5001", "PS9001"];
        foreach (var id in designIds)
        {
            Assert.True(File.Exists(Path.Combine(DocsDir, id + ".md")), $"docs/rules/{id}.md is missing");
        }

        foreach (var descriptor in AnalyzerHarness.BuiltIn.SelectMany(a => a.SupportedDiagnostics))
        {
            Assert.Equal(DiagnosticDescriptor.HelpBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(DocsDir, descriptor.Id + ".md")), $"no page for {descriptor.Id}");
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title + descriptor.Description));
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void BadExampleFiresAndGoodExampleDoesNot(string id)
    {
        var page = File.ReadAllText(Path.Combine(DocsDir, id + ".md")).Replace("\r\n", "\n");
        var examples = Example().Matches(page).ToDictionary(m => m.Groups["kind"].Value, m => m.Groups["body"].Value + "\n");
        Assert.True(examples.ContainsKey("bad") && examples.ContainsKey("good"), $"{id}.md needs a ```text bad and a ```text good block");

        IEnumerable<SpeechAnalyzer> analyzers = id == "PS9001" ? [.. AnalyzerHarness.BuiltIn, new ThrowingAnalyzer()] : AnalyzerHarness.BuiltIn;
        // PS0003 is about bytes, not text: its examples are loaded from UTF-16 with each U+FFFD written as a lone surrogate.
        var bad = id == "PS0003" ? LoadedAsUtf16(examples["bad"]) : AnalyzerHarness.Run(examples["bad"], analyzers, includeParser: true);
        Assert.True(bad.Any(d => d.Id == id), $"the bad example of {id} gives [{string.Join(", ", bad.Select(d => d.Id))}]");
        var good = id == "PS0003" ? LoadedAsUtf16(examples["good"]) : AnalyzerHarness.Run(examples["good"], includeParser: true);
        Assert.False(good.Any(d => d.Id == id), $"the good example of {id} still gives {id}");
    }

    private static ImmutableArray<Diagnostic> LoadedAsUtf16(string text)
    {
        var bytes = new List<byte> { 0xFF, 0xFE };
        foreach (char c in text)
        {
            bytes.AddRange(c == '\uFFFD' ? [0x00, 0xD8] : System.Text.Encoding.Unicode.GetBytes(c.ToString()));
        }

        return PolicySpeech.Loading.SpeechDocument.Load(new MemoryStream([.. bytes]), "example.txt").GetSyntaxTree().Diagnostics;
    }

    /// <summary>A deliberately faulty third-party analyzer, for PS9001's page.</summary>
    private sealed class ThrowingAnalyzer : SpeechAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST001", "Throws", "Throws", "Test", DiagnosticSeverity.Info, true, "Throws.", "https://example.org");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(c => throw new InvalidOperationException("faulty rule"));
    }
}
