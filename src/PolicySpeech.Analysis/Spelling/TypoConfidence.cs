namespace PolicySpeech.Spelling;

/// <summary>
/// Severity by confidence for PS5001: a suspect backed by weak evidence is reported as info, with the reason in the message,
/// instead of a warning. Weak evidence is a correction that is barely more likely than the text as written (the detector's
/// confidence under <see cref="WeakConfidence"/>), or a suspect that is the whole of a phrase set off in quotation marks or
/// book-title marks (“尖锋”): a coined term, a slogan or a name is written that way on purpose more often than by mistake;
/// inside a longer quoted phrase (“多予少取放活”) only a clear-cut correction (<see cref="ClearCutConfidence"/>) stays a
/// warning, as the seed's “巾棚就业促进行动” does.
/// </summary>
internal static class TypoConfidence
{
    /// <summary>
    /// Below this confidence the correction's margin over the text as written is under a third of a nat (confidence is
    /// 1 − ½·e^(−margin/3)): the corrected reading is less than 1.4 times as likely, after the confusion's penalty.
    /// </summary>
    internal const double WeakConfidence = 0.55;

    /// <summary>
    /// Inside a quoted phrase a suspect needs this confidence to stay a warning: a correction about 9 times as likely as the
    /// text as written (a slogan's unusual word, 多予 in “多予少取放活”, is written on purpose).
    /// </summary>
    internal const double ClearCutConfidence = 0.9;

    /// <summary>The longest quoted phrase searched for around a suspect (a slogan or a programme's name, not a quotation).</summary>
    private const int MaxQuotedPhrase = 24;

    /// <summary>Why <paramref name="finding"/> is only weakly supported, or null where the evidence is strong.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="finding">The suspect.</param>
    public static string? WeakReason(string text, TypoFinding finding)
    {
        if (finding.Confidence < WeakConfidence)
        {
            return "the correction is barely more likely than the text as written";
        }

        var span = finding.Span;
        if (span.Start > 0 && span.End < text.Length && IsOpening(text[span.Start - 1]) && IsClosing(text[span.End]))
        {
            return text[span.Start - 1] is '《' or '〈'
                ? "it is the whole of a title in book-title marks"
                : "it is the whole of a quoted phrase, which may be coined on purpose";
        }

        if (finding.Confidence < ClearCutConfidence && InsideShortQuote(text, span.Start, span.End))
        {
            return "it is inside a quoted phrase, which may be worded on purpose, and the correction is not clear-cut";
        }

        return null;
    }

    // An opening mark before the suspect and a closing mark after it, each within MaxQuotedPhrase characters of the
    // other and with no sentence end or other mark between.
    private static bool InsideShortQuote(string text, int start, int end)
    {
        int open = -1;
        for (int i = start - 1; i >= 0 && i >= end - MaxQuotedPhrase; i--)
        {
            char c = text[i];
            if (c is '“' or '「' or '『' or '‘')
            {
                open = i;
                break;
            }

            if (c is '”' or '」' or '』' or '’' or '。' or '！' or '？' or '\n')
            {
                return false;
            }
        }

        if (open < 0)
        {
            return false;
        }

        for (int i = end; i < text.Length && i - open <= MaxQuotedPhrase; i++)
        {
            char c = text[i];
            if (c is '”' or '」' or '』' or '’')
            {
                return true;
            }

            if (c is '“' or '「' or '『' or '‘' or '。' or '！' or '？' or '\n')
            {
                return false;
            }
        }

        return false;
    }

    // Either direction counts for quotation marks: misdirected marks (“尖锋“) still set a phrase off.
    private static bool IsOpening(char c) => c is '“' or '”' or '‘' or '’' or '"' or '\'' or '「' or '『' or '《' or '〈';

    private static bool IsClosing(char c) => c is '”' or '“' or '’' or '‘' or '"' or '\'' or '」' or '』' or '》' or '〉';
}
