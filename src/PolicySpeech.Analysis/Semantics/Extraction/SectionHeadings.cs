using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>What a heading tells the paragraphs under it: its words, whether an unnumbered line is one, and the deadline it gives.</summary>
internal static class SectionHeadings
{
    /// <summary>
    /// The words of a heading that may run into its section's first sentence (关于前一段疫情防控工作新冠肺炎疫情发生后，…, in a
    /// document flattened to one line): to the first comma, and for a 关于… heading to its first 工作 or 问题.
    /// </summary>
    public static string HeadingWords(string heading)
    {
        var words = heading.AsSpan();
        int comma = words.IndexOfAny("，,。；");
        if (comma >= 0)
        {
            words = words[..comma];
        }

        if (words.StartsWith("关于", StringComparison.Ordinal))
        {
            int work = words.IndexOf("工作", StringComparison.Ordinal);
            int question = words.IndexOf("问题", StringComparison.Ordinal);
            int cut = work < 0 ? question : question < 0 ? work : Math.Min(work, question);
            if (cut > 0)
            {
                words = words[..(cut + 2)];
            }
        }

        return words.ToString();
    }

    /// <summary>The text of a paragraph that is a short line without a sentence terminator (an unnumbered heading), or null.</summary>
    public static string? HeadingLike(ParagraphSyntax paragraph, string text)
    {
        var span = paragraph.Span;
        if (span.Length is 0 or > 40)
        {
            return null;
        }

        var line = text.AsSpan(span.Start, span.Length).Trim();
        return line.IsEmpty || line.IndexOfAny("。；！？，;!?,") >= 0 || IsBrokenLine(span, text) ? null : line.ToString();
    }

    /// <summary>
    /// Whether a short line is a piece of a sentence that a line break cut (制定\n“十四五”规划和二〇三五年远景目标\n，全面总结…; a
    /// title in quotes or 《》 set on its own line by an export): the text after it goes on with a clause mark or a closing
    /// bracket, or the text before it ends with an opening one. No heading does either.
    /// </summary>
    private static bool IsBrokenLine(TextSpan span, string text)
    {
        int after = span.End;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        int before = span.Start - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        return (after < text.Length && text[after] is '，' or '、' or '。' or '；' or '：' or '）' or '》' or '”' or '’' or ',' or ';' or ')')
            || (before >= 0 && text[before] is '《' or '“' or '（' or '‘' or '(');
    }

    /// <summary>Whether <paramref name="time"/> is a named national goal's year (<see cref="NamedGoals"/>), not a time the heading writes.</summary>
    public static bool IsNamedGoal(TimeMatch time) => time.Kind == TimeKind.By && NamedGoals.Find(time.Text) is { At: 0 } goal && goal.Length == time.Text.Length;

    /// <summary>
    /// The deadline a heading gives its section: its own time expression (2026年工作安排 → 2026, 今年 → the reference year), the end of
    /// a named national goal (全面建设小康社会 → 2020, named-goals.txt), the end of a five-year plan in an outlook (“十五五”时期 → 2030,
    /// from 2026), or null.
    /// </summary>
    public static TimeMatch? HeadingTime(string heading, int headingStart, Zone zone, int? referenceYear, bool periodsFromNextYear)
    {
        if (zone is not (Zone.Plan or Zone.Outlook) || heading.Length == 0)
        {
            return null;
        }

        foreach (var t in TimeExpressionRecognizer.Recognize(heading, referenceYear, headingStart, periodsFromNextYear))
        {
            if (t.IsDeadline && t.Kind != TimeKind.Recurring && t.Year is not null)
            {
                return t;
            }
        }

        for (int i = 0; i < heading.Length; i++)
        {
            if (ZoneClassifier.LeadingYear(heading.AsSpan(i)) is (int year, int length) && (i == 0 || !char.IsAsciiDigit(heading[i - 1]))
                && (referenceYear is not { } reference || year >= reference))
            {
                return new TimeMatch(new TextSpan(headingStart + i, length), heading.Substring(i, length), TimeKind.Relative, year, null, null);
            }
        }

        if (NamedGoals.Find(heading) is (int goalAt, int goalLength, int goalYear) && (referenceYear is not { } now || goalYear >= now))
        {
            // 实现全面建设小康社会奋斗目标的新要求: the year the named goal is set for.
            return new TimeMatch(new TextSpan(headingStart + goalAt, goalLength), heading.Substring(goalAt, goalLength), TimeKind.By, goalYear, null, null);
        }

        if (zone == Zone.Outlook && ZoneClassifier.FiveYearPlan(heading) is (int start, int end))
        {
            int at = heading.IndexOf('十', StringComparison.Ordinal);
            return new TimeMatch(new TextSpan(headingStart + at, 3), heading.Substring(at, 3), TimeKind.Period, end, start, null);
        }

        return null;
    }
}
