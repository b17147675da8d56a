namespace PolicySpeech.Analyzers;

/// <summary>
/// The built-in rules' descriptors (IDs, titles, messages, categories, default severities, help links): the catalog a
/// configuration, a SARIF log or a rule page names them by. The rules themselves run inside <see cref="AnalyzerDriver"/>
/// (<see cref="AnalyzerDriver.CreateBuiltInAnalyzers"/>).
/// </summary>
public static class BuiltInRules
{
    /// <summary>PS1001: see the rule page (<c>docs/rules/PS1001.md</c>).</summary>
    public static DiagnosticDescriptor RedactedPlaceholder { get; } = RuleText.Descriptor(
        "PS1001",
        "Redacted placeholder",
        "'{0}' is a redacted placeholder ({1})",
        "Redaction",
        DiagnosticSeverity.Warning,
        "Runs of *, ＊, ××, XX, ○○ or □ stand for content removed before publication (a number, a name). The text cannot be read or quoted as it stands; fill in the content or mark the redaction explicitly.");

    /// <summary>PS2001: see the rule page (<c>docs/rules/PS2001.md</c>).</summary>
    public static DiagnosticDescriptor DuplicateParagraph { get; } = RuleText.Descriptor(
        "PS2001",
        "Duplicated paragraph",
        "This paragraph repeats the paragraph on line {0}",
        "Repetition",
        DiagnosticSeverity.Warning,
        "A paragraph appears twice. White space and the width of punctuation are ignored when comparing. Usually a copy-paste slip: delete one copy.");

    /// <summary>PS2002: see the rule page (<c>docs/rules/PS2002.md</c>).</summary>
    public static DiagnosticDescriptor DuplicateSentence { get; } = RuleText.Descriptor(
        "PS2002",
        "Duplicated sentence",
        "{0} repeats text first written on line {1}",
        "Repetition",
        DiagnosticSeverity.Warning,
        "A sentence or a run of sentences appears twice, in one paragraph or in two. White space and the width of punctuation are ignored. Usually a copy-paste slip: delete the repeat.");

    /// <summary>PS2003: see the rule page (<c>docs/rules/PS2003.md</c>).</summary>
    public static DiagnosticDescriptor RepeatedLine { get; } = RuleText.Descriptor(
        "PS2003",
        "Repeated line",
        "The line '{0}' is written again; it first appears on line {1}",
        "Repetition",
        DiagnosticSeverity.Warning,
        "A title, subtitle or heading appears more than once, typically because a title was pasted several times or a heading was duplicated. Delete the repeats.");

    /// <summary>PS2004: see the rule page (<c>docs/rules/PS2004.md</c>).</summary>
    public static DiagnosticDescriptor NearDuplicateParagraph { get; } = RuleText.Descriptor(
        "PS2004",
        "Near-duplicate paragraph",
        "This paragraph is {0} similar to the paragraph on line {1}",
        "Repetition",
        DiagnosticSeverity.Info,
        "Two paragraphs share most of their wording (character 3-gram Jaccard similarity at or above the configured threshold, 0.8 by default). Often a revised paragraph was pasted next to the old one.");

    /// <summary>PS2005: see the rule page (<c>docs/rules/PS2005.md</c>).</summary>
    public static DiagnosticDescriptor DoubledWord { get; } = RuleText.Descriptor(
        "PS2005",
        "Doubled character or word",
        "'{0}' is written twice ('{1}')",
        "Repetition",
        DiagnosticSeverity.Warning,
        "A character or a word is repeated by mistake, such as 要要进一步. Reduplication that Chinese uses on purpose (常常, 人人, 天天, 扎扎实实, 方方面面) is not reported.");

    /// <summary>PS3001: see the rule page (<c>docs/rules/PS3001.md</c>).</summary>
    public static DiagnosticDescriptor QuotationMarks { get; } = RuleText.Descriptor(
        "PS3001",
        "Unbalanced or misdirected quotation marks",
        "{0}",
        "Punctuation",
        DiagnosticSeverity.Warning,
        "Quotation marks pair within a paragraph: “ opens and ” closes (‘ ’, 「 」 likewise). A mark written the wrong way round, a half-width \" paired with a full-width mark, or a mark left without its partner breaks the pairing.");

    /// <summary>PS3002: see the rule page (<c>docs/rules/PS3002.md</c>).</summary>
    public static DiagnosticDescriptor Brackets { get; } = RuleText.Descriptor(
        "PS3002",
        "Unbalanced brackets or book-title marks",
        "{0}",
        "Punctuation",
        DiagnosticSeverity.Warning,
        "Brackets and book-title marks pair within a paragraph: （ with ）, 《 with 》, 【 with 】, 〔 with 〕. A mark left without its partner, a pair of mixed width such as (…）, or a 《 garbled into (( breaks the pairing.");

    /// <summary>PS3003: see the rule page (<c>docs/rules/PS3003.md</c>).</summary>
    public static DiagnosticDescriptor HalfWidthPunctuation { get; } = RuleText.Descriptor(
        "PS3003",
        "Half-width punctuation in Chinese text",
        "Half-width '{0}' in Chinese text: use '{1}'",
        "Punctuation",
        DiagnosticSeverity.Info,
        "Chinese text uses full-width punctuation (，：；！？（）). A half-width mark between Chinese characters is usually left over from an English keyboard or a conversion.");

    /// <summary>PS4001: see the rule page (<c>docs/rules/PS4001.md</c>).</summary>
    public static DiagnosticDescriptor HeadingNumbering { get; } = RuleText.Descriptor(
        "PS4001",
        "Heading numbering out of sequence",
        "The heading number '{0}' is {1}: expected '{2}'",
        "Structure",
        DiagnosticSeverity.Warning,
        "Headings of one level are numbered 1, 2, 3… in order under their parent. A number that skips, repeats or goes back usually means a section was deleted, moved or pasted twice.");

    /// <summary>PS4002: see the rule page (<c>docs/rules/PS4002.md</c>).</summary>
    public static DiagnosticDescriptor HeadingPunctuation { get; } = RuleText.Descriptor(
        "PS4002",
        "Inconsistent heading punctuation",
        "The heading '{0}' {1}, unlike {2} of the {3} headings of its level",
        "Structure",
        DiagnosticSeverity.Info,
        "Headings of one level should be punctuated alike: either all end in 。 or none does. The headings that differ from the majority are reported.");

    /// <summary>PS5001: see the rule page (<c>docs/rules/PS5001.md</c>).</summary>
    public static DiagnosticDescriptor LookAlikeTypo { get; } = RuleText.Descriptor(
        "PS5001",
        "Look-alike character typo",
        "'{0}' looks like a typo for '{1}'",
        "Wording",
        DiagnosticSeverity.Warning,
        "A character was replaced by one that looks or sounds alike (巾幅 for 巾帼, 法冶 for 法治). The word as written is not a known word, and one substitution from the confusion set makes a common word of policy language.");

    /// <summary>Every built-in rule's descriptor, by ID.</summary>
    public static ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
    [
        RedactedPlaceholder,
        DuplicateParagraph,
        DuplicateSentence,
        RepeatedLine,
        NearDuplicateParagraph,
        DoubledWord,
        QuotationMarks,
        Brackets,
        HalfWidthPunctuation,
        HeadingNumbering,
        HeadingPunctuation,
        LookAlikeTypo,
    ];

    /// <summary>
    /// New instances of the built-in analyzers, in the order of their type names. The list is written out (not found by
    /// reflection) so that trimming keeps every rule; a test checks it against the types marked <see cref="SpeechAnalyzerAttribute"/>.
    /// An analyzer whose constructor throws is replaced by one that reports PS9001.
    /// </summary>
    internal static ImmutableArray<SpeechAnalyzer> CreateAnalyzers() =>
    [
        Create(static () => new BracketAnalyzer(), nameof(BracketAnalyzer)),
        Create(static () => new DoubledWordAnalyzer(), nameof(DoubledWordAnalyzer)),
        Create(static () => new DuplicateParagraphAnalyzer(), nameof(DuplicateParagraphAnalyzer)),
        Create(static () => new DuplicateSentenceAnalyzer(), nameof(DuplicateSentenceAnalyzer)),
        Create(static () => new HalfWidthPunctuationAnalyzer(), nameof(HalfWidthPunctuationAnalyzer)),
        Create(static () => new HeadingNumberingAnalyzer(), nameof(HeadingNumberingAnalyzer)),
        Create(static () => new HeadingPunctuationAnalyzer(), nameof(HeadingPunctuationAnalyzer)),
        Create(static () => new LookAlikeTypoAnalyzer(), nameof(LookAlikeTypoAnalyzer)),
        Create(static () => new NearDuplicateParagraphAnalyzer(), nameof(NearDuplicateParagraphAnalyzer)),
        Create(static () => new PlaceholderAnalyzer(), nameof(PlaceholderAnalyzer)),
        Create(static () => new QuotationMarkAnalyzer(), nameof(QuotationMarkAnalyzer)),
        Create(static () => new RepeatedLineAnalyzer(), nameof(RepeatedLineAnalyzer)),
    ];

    private static SpeechAnalyzer Create(Func<SpeechAnalyzer> create, string name)
    {
        try
        {
            return create();
        }
        catch (Exception ex)
        {
            return new UnavailableAnalyzer(name, ex);
        }
    }
}
