namespace PolicySpeech.Semantics;

/// <summary>What the document passes know of the whole document.</summary>
/// <param name="Text">The document text.</param>
/// <param name="ReferenceYear">The year 今年 means, or null.</param>
/// <param name="IsReport">Whether the document is a work report (its plan zone is due in the reference year) rather than a speech.</param>
/// <param name="IsDeployment">Whether the document is a speech that deploys the work at hand (its directives are due in the reference year).</param>
/// <param name="IsCongressReport">Whether the document is a Party congress report (中国共产党第十七次全国代表大会上的报告, a provincial
/// 第十二次代表大会): its tasks run over the congress's five-year term, so its plan is due five years after the reference year.</param>
/// <param name="GoalYear">For a speech (not a report): the year of the named national goal its opening
/// serves, when that lies ahead (打好精准脱贫攻坚战… 对如期全面建成小康社会…具有十分重要的意义, said in 2018 → 2020); otherwise null.</param>
internal sealed record DocumentScope(string Text, int? ReferenceYear, bool IsReport, bool IsDeployment, bool IsCongressReport = false, int? GoalYear = null)
{
    /// <summary>How many years a Party congress's term runs (the Party constitution: congresses are held every five years).</summary>
    internal const int CongressTerm = 5;

    /// <summary>The year the plan zone is due when nothing nearer gives one: the reference year, or the end of a congress's term.</summary>
    internal int? PlanYear => IsCongressReport ? ReferenceYear + CongressTerm : ReferenceYear;

    /// <summary>The year of the first named national goal (named-goals.txt) in <paramref name="head"/> when it lies after the reference year; otherwise null.</summary>
    internal static int? GoalAhead(ReadOnlySpan<char> head, int? referenceYear) =>
        referenceYear is { } now && NamedGoals.Find(head) is { Year: var year } && year > now ? year : null;

    /// <summary>
    /// Whether a document's opening is that of a Party congress report: a party committee reports to the congress
    /// (我代表第十六届中央委员会向大会作报告, 受…省委委托，向大会作报告), or its subtitle names the congress (——在中国共产党第二十次全国代表大会上的报告).
    /// A government work report "向大会报告政府工作" at a people's congress is not one.
    /// </summary>
    internal static bool OpensAsCongressReport(ReadOnlySpan<char> head) =>
        (head.Contains("委员会", StringComparison.Ordinal) && head.Contains("大会作报告", StringComparison.Ordinal))
        || (head.Contains("代表大会上的报告", StringComparison.Ordinal) && !head.Contains("人民代表大会上的报告", StringComparison.Ordinal));
}
