using System.Collections.Immutable;
using PolicySpeech.Diagnostics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Diagnostics;

/// <summary>Small third-party-style analyzers the engine tests use.</summary>
internal static class TestRules
{
    public static readonly DiagnosticDescriptor Word = new("TST001", "Test word", "Found '{0}'", "Test", DiagnosticSeverity.Warning, true, "A test rule.", "https://example.org/TST001");
    public static readonly DiagnosticDescriptor Comma = new("TST002", "Half-width comma", "Half-width comma between Chinese characters", "Punctuation", DiagnosticSeverity.Info, true, "A test rule.", "https://example.org/TST002");
    public static readonly DiagnosticDescriptor Off = new("TST003", "Off by default", "Off", "Test", DiagnosticSeverity.Warning, false, "A test rule.", "https://example.org/TST003");
    public static readonly DiagnosticDescriptor Undeclared = new("TST999", "Undeclared", "Undeclared", "Test", DiagnosticSeverity.Warning, true, "A test rule.", "https://example.org/TST999");

    public static SpeechSyntaxTree Parse(string text, string path = "doc.txt") => SpeechSyntaxTree.Parse(SourceText.From(text), path);
}

/// <summary>Flags every occurrence of a word in a paragraph, with a fix replacing it; reports them in reverse order to test sorting.</summary>
internal sealed class WordAnalyzer(string word, string replacement) : SpeechAnalyzer
{
    public WordAnalyzer()
        : this("法冶", "法治")
    {
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.Word];

    public override void Initialize(AnalysisContext context) => context.RegisterSyntaxNodeAction(
        c =>
        {
            var text = c.Tree.Text;
            var span = c.Node.Span;
            var found = new List<int>();
            var s = text.ToString(span);
            for (int i = s.IndexOf(word, StringComparison.Ordinal); i >= 0; i = s.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                found.Add(span.Start + i);
            }

            found.Reverse();
            foreach (var start in found)
            {
                var at = new TextSpan(start, word.Length);
                var fix = CodeFix.Create($"Replace with {replacement}", [new TextChange(at, replacement)]);
                c.ReportDiagnostic(Diagnostic.Create(TestRules.Word, Location.Create(c.Tree.Path, text, at), null, null, fix, word));
            }
        },
        SyntaxKind.Paragraph);
}

/// <summary>Flags a half-width comma between Chinese characters, with a fix to '，'.</summary>
internal sealed class CommaAnalyzer : SpeechAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.Comma];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
    {
        var text = c.Tree.Text;
        for (int i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == ',' && text[i - 1] > 0x3000 && text[i + 1] > 0x3000)
            {
                var at = new TextSpan(i, 1);
                var fix = CodeFix.Create("Use '，'", [new TextChange(at, "，")]);
                c.ReportDiagnostic(Diagnostic.Create(TestRules.Comma, Location.Create(c.Tree.Path, text, at), null, null, fix));
            }
        }
    });
}

/// <summary>Throws on every paragraph.</summary>
internal sealed class ThrowingAnalyzer : SpeechAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.Word];

    public override void Initialize(AnalysisContext context) =>
        context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("boom"), SyntaxKind.Paragraph);
}

/// <summary>Throws in Initialize.</summary>
internal sealed class BrokenInitializeAnalyzer : SpeechAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.Word];

    public override void Initialize(AnalysisContext context) => throw new NotSupportedException("cannot start");
}

/// <summary>Reports an ID it does not declare.</summary>
internal sealed class UndeclaredIdAnalyzer : SpeechAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.Word];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
        c.ReportDiagnostic(Diagnostic.Create(TestRules.Undeclared, Location.Create(c.Tree.Path, c.Tree.Text, new TextSpan(0, 1)))));
}

/// <summary>Reports a disabled-by-default diagnostic on the first character.</summary>
internal sealed class OffByDefaultAnalyzer : SpeechAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.Off];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
        c.ReportDiagnostic(Diagnostic.Create(TestRules.Off, Location.Create(c.Tree.Path, c.Tree.Text, new TextSpan(0, 1)))));
}

/// <summary>Cancels the token it is given at the first sentence, then keeps going through the engine's checks.</summary>
internal sealed class CancellingAnalyzer(CancellationTokenSource source) : SpeechAnalyzer
{
    public int Calls;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.Word];

    public override void Initialize(AnalysisContext context) => context.RegisterSyntaxNodeAction(
        c =>
        {
            Interlocked.Increment(ref Calls);
            source.Cancel();
        },
        SyntaxKind.Sentence);
}

/// <summary>Records the kinds of nodes it sees, in order.</summary>
internal sealed class KindRecorder : SpeechAnalyzer
{
    public List<(SyntaxKind Kind, int Start)> Seen { get; } = [];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRules.Word];

    public override void Initialize(AnalysisContext context) => context.RegisterSyntaxNodeAction(
        c =>
        {
            lock (Seen)
            {
                Seen.Add((c.Node.Kind, c.Node.Span.Start));
            }
        },
        SyntaxKind.Paragraph, SyntaxKind.Sentence, SyntaxKind.Document);
}
