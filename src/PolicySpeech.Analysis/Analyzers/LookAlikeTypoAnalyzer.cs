using System.Collections.Immutable;
using System.Globalization;
using PolicySpeech.Diagnostics;
using PolicySpeech.Text;
using PolicySpeech.Spelling;

namespace PolicySpeech.Analyzers;

/// <summary>
/// PS5001: a suspected look-alike or sound-alike character typo (巾幅→巾帼, 法冶→法治, 党中夹→党中央, 贵任→责任). The
/// detector flags a word that is not in its lexicon when one substitution from its confusion set makes a common
/// word, unless the document itself shows the word is meant (found twice in different contexts, part of a place name or next to
/// Latin letters: TypoEvidence), or that straddles a word boundary of the text as written (强|链条|壮, 投资量|大: TypoDetector.WordBoundary).
/// A suspect backed by weak evidence (a barely better correction, a whole quoted phrase: TypoConfidence) is reported as info,
/// the message saying why. A common noun written in an adverb's position before a verb (要活力提升 for 要着力提升:
/// Lexicons/Spelling/verb-position-confusions.txt) is reported too. Honours <see cref="AnalyzerOptions.AcceptedWords"/>, <see cref="AnalyzerOptions.DictionaryWords"/> and
/// <see cref="AnalyzerOptions.ConfusionPairs"/>. The fix replaces the one wrong character.
/// </summary>
[SpeechAnalyzer]
internal sealed class LookAlikeTypoAnalyzer() : BlockAnalyzer(BuiltInRules.LookAlikeTypo)
{
    private readonly object _gate = new();
    private (AnalyzerOptions Options, TypoDetector Detector)? _custom;

    protected override void Analyze(DocumentAnalysisContext context, IReadOnlyList<TextSpan> blocks)
    {
        var tree = context.Tree;
        var text = tree.Text.ToString();
        var options = context.Options;
        TypoDetector? detector = null; // loaded on the first block it can find something in: a text without two CJK characters in a row never loads its lexicon
        var findings = new List<TypoFinding>();
        var workspace = TypoDetector.CreateWorkspace(); // one set of run buffers for all the blocks
        foreach (var block in blocks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (TypoDetector.HasRun(text, block.Start, block.Length))
            {
                detector ??= DetectorFor(options);
                findings.AddRange(detector.Find(text, block.Start, block.Length, workspace));
            }

            foreach (var confusion in VerbPositionConfusions.Default.Find(text, block.Start, block.Length))
            {
                if (!findings.Exists(f => f.Span.OverlapsWith(confusion.Span)) && !options.AcceptedWords.Contains(confusion.Original))
                {
                    findings.Add(confusion); // 要活力提升 → 要着力提升: a common noun in an adverb's position (VerbPositionConfusions)
                }
            }
        }

        foreach (var finding in findings)
        {
            if (TypoEvidence.Reason(text, finding, findings) is not null)
            {
                continue; // the document itself shows the word is meant (TypoEvidence)
            }

            var properties = ImmutableDictionary<string, string?>.Empty
                .Add("replacement", finding.Replacement)
                .Add("confidence", finding.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            var fix = CodeFix.Create(
                $"Replace '{finding.Original}' with '{finding.Replacement}'",
                [new TextChange(finding.CharSpan, finding.Correction)],
                isSafe: finding.Correction.Length > 0);
            var diagnostic = Diagnostic.Create(BuiltInRules.LookAlikeTypo, RuleText.Location(tree, finding.Span), null, properties, fix, finding.Original, finding.Replacement);
            if (TypoConfidence.WeakReason(text, finding) is { } weak)
            {
                // Weak evidence (TypoConfidence): still shown, as info, and the message says why it is not a warning.
                diagnostic = diagnostic.WithWeakEvidence(weak);
            }

            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>The built-in detector, or one that knows the options' words and pairs (built once per options object).</summary>
    private TypoDetector DetectorFor(AnalyzerOptions options)
    {
        if (options.AcceptedWords.IsEmpty && options.DictionaryWords.IsEmpty && options.ConfusionPairs.IsDefaultOrEmpty)
        {
            return TypoDetector.Default;
        }

        lock (_gate)
        {
            if (_custom is { } cached && ReferenceEquals(cached.Options, options))
            {
                return cached.Detector;
            }

            var pairs = new List<(char From, char To)>();
            foreach (var pair in options.ConfusionPairs)
            {
                if (pair.Wrong.Length == 1 && pair.Right.Length == 1)
                {
                    pairs.Add((pair.Wrong[0], pair.Right[0]));
                }
            }

            var detector = new TypoDetector(new TypoDetectorOptions
            {
                AcceptedWords = options.AcceptedWords,
                ExtraWords = options.DictionaryWords,
                ExtraConfusions = pairs,
            });
            _custom = (options, detector);
            return detector;
        }
    }
}
