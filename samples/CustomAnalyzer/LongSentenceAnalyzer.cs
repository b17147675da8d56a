using System.Collections.Immutable;
using PolicySpeech.Diagnostics;
using PolicySpeech.Syntax;

namespace Acme.SpeechRules;

/// <summary>
/// ACME002: flags sentences longer than a limit (in characters, white space not counted). Long sentences in speeches
/// usually pack several commitments together; splitting them makes each one easier to read and to extract.
/// </summary>
[SpeechAnalyzer]
public sealed class LongSentenceAnalyzer : SpeechAnalyzer
{
    /// <summary>The default limit: 150 characters.</summary>
    public const int DefaultMaxLength = 150;

    /// <summary>The rule's descriptor.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "ACME002",
        title: "Overlong sentence",
        messageFormat: "Sentence of {0} characters is longer than {1}; consider splitting it",
        category: "Style",
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Very long sentences pack several commitments together.",
        helpLinkUri: "https://example.org/speech-rules/ACME002");

    /// <summary>Creates the analyzer with <see cref="DefaultMaxLength"/> (the driver needs no arguments).</summary>
    public LongSentenceAnalyzer()
        : this(DefaultMaxLength)
    {
    }

    /// <summary>Creates the analyzer with a limit.</summary>
    /// <param name="maxLength">The longest sentence accepted, in characters (white space not counted).</param>
    public LongSentenceAnalyzer(int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        MaxLength = maxLength;
    }

    /// <summary>The longest sentence accepted, unless policyspeech.json sets <see cref="MaxLengthOption"/>.</summary>
    public int MaxLength { get; }

    /// <summary>The per-rule option that overrides <see cref="MaxLength"/>: <c>"rules": {"ACME002": {"maxLength": 120}}</c>.</summary>
    public const string MaxLengthOption = "ACME002.maxLength";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context) =>
        context.RegisterSyntaxNodeAction(AnalyzeSentence, SyntaxKind.Sentence);

    private void AnalyzeSentence(SyntaxNodeAnalysisContext context)
    {
        // A value that is not a whole number throws here: the engine reports it as PS9001 and runs the other rules.
        int maxLength = context.Options.GetInt32(MaxLengthOption, MaxLength);
        var text = context.Node.ToString();
        int length = text.Count(c => !char.IsWhiteSpace(c));
        if (length > maxLength)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.Node.GetLocation(), length, maxLength));
        }
    }
}
