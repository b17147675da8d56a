using System.Collections.Immutable;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// Finds the commitments of a speech: who commits to do what, how firmly, measured how, by when.
/// </summary>
/// <remarks>
/// <para>Units. The parser's sentences (split at 。！？；) are joined into full sentences at ；, so that a list of targets
/// separated by ； is one sentence; the parser's clauses (split at ，、：) are joined at 、, so that 孕产期保健、更年期保健…专科
/// stays one clause. Each clause is examined once, left to right, with what the sentence said before it.</para>
/// <para>A clause is a commitment when:</para>
/// <list type="bullet">
/// <item>it has a modal verb (ModalityRecognizer) at its head — after nothing, a subject, a time expression or a short
/// adverb (依法确保, 今年确保, 各级各部门要), or after a topic for the firm modalities (网络犯罪等问题必须高度重视) — and the verb
/// after it is not one of cognition (要清醒认识到 frames a statement). One commitment per clause: 要支持… is one
/// commitment of modality should. A clause whose action opens with a lead preposition (要结合数字经济发展，…; 要在实施…中，…)
/// takes the next clause with it;</item>
/// <item>or it has no modal verb but is a target: it follows a colon frame (主要预期目标是：…, every clause after it), or
/// it has its own deadline at its head (到2025年…, 定期开展…, 每年对…), or it carries a number (a quantity that is no
/// qualifier) and the sentence is governed by an earlier modal verb (要A，加快**所…) or the section is a plan (a heading
/// with 重点工作, 主要目标, a year not before the reference year), or a deadline stated at the head of an earlier clause
/// of the sentence applies to it (明年推动…，新建5G基站1500个). Its modality is the governing modal verb's, else plan.</item>
/// </list>
/// <para>Never a commitment without a modal verb: a clause of a sentence that opens in the past (一年来, 五年来, 去年, a
/// year before the reference year, 截至…), of a paragraph that did so and has not turned to the future, of a review
/// section (工作回顾, 成绩), of a sentence with an estimate or comparison (预计, 预测, 同比, 比上年), of a sentence that
/// states what something is (…，是…; 今年是…收官之年), or a clause with a past marker (已达, 推行了).</para>
/// <para>Deadlines. A time expression is the clause's deadline when it stands at the clause's head (after fillers such
/// as 力争, 在, an actor or the modal verb: 各市（州）政府要在今年9月底前…) or, for a recurring one (每年, 定期, 每天), anywhere
/// except inside a rate (每人每月). A deadline at the head of a clause applies to the later clauses of the sentence that
/// have none (recurring ones do not carry); one at the head of the sentence or of a colon frame is kept for all of them
/// (“十五五”期间…：…，到2030年…；全社会…).</para>
/// <para>Actors. The explicit subject before the modal verb (ActorRecognizer); else the last explicit subject of the
/// same paragraph (a pronoun such as 我们 too), explicit; else the speaker's jurisdiction, not explicit.</para>
/// <para>Metrics. Each quantity of kind value in the clause that is not inside a time expression gives a commitment;
/// its indicator is the text between the clause's head (subject, modal verb, deadline, or the previous quantity) and
/// the number, without scope words (全省), light verbs (完成, 推动, 实施… at a word boundary, checked with the word
/// segmenter), comparator words and time expressions, with the change word kept (地区生产总值增长 for 增长5.5%左右).
/// A number before its noun (推动300家规模以上工业企业…, 加快**所中小学…建设) measures the noun phrase after it. A number
/// after 对/把/将 is part of an object (对全市1280处隐患点…), not a metric. 分别 distributes: the indicators before it,
/// split at 和/、/及/与, are completed from each other — a shared head (城市社区、农村社区建站率) or a shared population
/// prefix (新生儿遗传代谢病筛查率和听力障碍筛查率, 5岁以下儿童贫血率和生长迟缓率) — and each gets its own quantity.</para>
/// </remarks>
internal sealed class CommitmentExtractor
{
    /// <summary>How much of a speech's opening may say that it deploys the work at hand.</summary>
    private const int DeploymentHead = 300;

    /// <summary>How far a title runs at most (its words decide whether a speech is a speech).</summary>
    private const int TitleHead = 60;

    private readonly string _text;
    private readonly int? _referenceYear;
    private readonly bool _report;
    private readonly List<CommitmentDraft> _result = [];
    private readonly BlockHistory _previousBlocks;
    private readonly SentenceReader _reader;

    /// <summary>The parser's sentences of the full sentence being gathered (up to a terminator other than ；), reused block after block.</summary>
    private readonly List<SentenceSyntax> _group = [];

    /// <summary>Whether the document is a Party congress report (<see cref="DocumentScope.OpensAsCongressReport"/>).</summary>
    private readonly bool _congress;

    /// <summary>Whether the walk has met the back matter (<see cref="ZoneClassifier.OpensBackMatter"/>): nothing after it is read.</summary>
    private bool _backMatter;

    private CommitmentExtractor(SpeechSyntaxTree tree, int? referenceYear, string? government)
    {
        _text = tree.Text.ToString();
        _congress = DocumentScope.OpensAsCongressReport(_text.AsSpan(0, Math.Min(_text.Length, DeploymentHead)));
        var doc = new ExtractionText(tree, referenceYear, periodsFromNextYear: _congress);
        _referenceYear = referenceYear;
        var head = _text.AsSpan(0, Math.Min(_text.Length, 600));
        // A speech that cites a report (是我在党的十九大报告中提出的) is no report: its title says 讲话.
        var title = _text.AsSpan(0, Math.Min(_text.Length, TitleHead));
        _report = (head.Contains("报告", StringComparison.Ordinal) && !title.Contains("讲话", StringComparison.Ordinal)) || _text.Contains("向大会报告", StringComparison.Ordinal);
        _previousBlocks = new BlockHistory(_text);
        var measures = new MeasureFilter(doc);
        var emitter = new CommitmentEmitter(doc, measures, _result);
        _reader = new SentenceReader(doc, _previousBlocks, new Actor(government ?? string.Empty, false, null), emitter, measures);
    }

    /// <summary>
    /// The commitments of <paramref name="tree"/>, in text order: the clauses found sentence by sentence, then the document passes
    /// (deadline scope, kind, repeated passages).
    /// </summary>
    /// <param name="tree">The parsed document.</param>
    /// <param name="referenceYear">The year 今年 means, or null.</param>
    /// <param name="government">The implicit actor: the body the document speaks for (GovernmentInference).</param>
    internal static ImmutableArray<Commitment> Extract(SpeechSyntaxTree tree, int? referenceYear, string? government)
    {
        var extractor = new CommitmentExtractor(tree, referenceYear, government);
        extractor.Visit(tree.Root.Children, string.Empty, extractor._report ? Zone.Other : Zone.Directive, null, topLevel: true);
        var drafts = extractor._result;
        var head = extractor._text.AsSpan(0, Math.Min(extractor._text.Length, DeploymentHead));
        // A speech whose opening serves a named goal ahead (全面建成小康社会, said in 2018) is due by that goal's year, also where it
        // deploys work (研究部署脱贫攻坚工作).
        int? goal = extractor._report ? null : DocumentScope.GoalAhead(head, referenceYear);
        bool deployment = !extractor._report && goal is null && ZoneClassifier.Instance.IsDeployment(head);
        var scope = new DocumentScope(extractor._text, referenceYear, extractor._report, deployment, extractor._congress, goal);
        foreach (var pass in CommitmentPasses.All)
        {
            pass.Run(drafts, scope);
        }

        var builder = ImmutableArray.CreateBuilder<Commitment>(drafts.Count);
        foreach (var draft in drafts)
        {
            builder.Add(draft.ToCommitment());
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Walks sections and paragraphs with the zone and deadline each opens; returns the zone an unnumbered heading line
    /// (2026年重点工作) opened last, when one did, since it also holds for the numbered sections that follow its own section.
    /// </summary>
    /// <remarks><paramref name="turn"/> is the zone a review heading also names for later (“十三五”时期发展成就和“十四五”时期主要目标任务 →
    /// outlook): a paragraph opening with it (“十四五”时期是…) turns the paragraphs after it to that zone.</remarks>
    private (Zone Zone, TimeMatch? Time)? Visit(IEnumerable<SyntaxNode> children, string section, Zone zone, TimeMatch? sectionTime, bool topLevel, Zone? turn = null)
    {
        var running = zone;
        var runningTime = sectionTime;
        (Zone, TimeMatch?)? opened = null;
        foreach (var child in children)
        {
            if (_backMatter)
            {
                break;
            }

            switch (child)
            {
                case SectionSyntax s:
                {
                    string path = section + s.Heading.Marker.Text.Trim();
                    var heading = s.Heading.Sentence;
                    string headingText = SectionHeadings.HeadingWords(heading?.ToString() ?? string.Empty);
                    var childZone = ZoneClassifier.Instance.ClassifyHeading(headingText, _referenceYear)
                        ?? (topLevel && _report && running is Zone.Review or Zone.Other ? Zone.Plan : running);
                    var childTime = SectionHeadings.HeadingTime(headingText, heading?.Span.Start ?? 0, childZone, _referenceYear, _congress) ?? (childZone == running ? runningTime : null);
                    if (heading is not null)
                    {
                        ProcessBlock([heading], path, childZone, childTime, isHeading: true);
                    }

                    var later = childZone == Zone.Review ? ZoneClassifier.LaterZone(headingText, _referenceYear) : null;
                    var inner = Visit(s.Members, path, childZone, childTime, topLevel: false, later);
                    if (inner is { } innerLine)
                    {
                        (running, runningTime) = innerLine;
                        opened = innerLine;
                    }
                    else if (topLevel)
                    {
                        // A named goal (全面建设小康社会) dates only the section that names it; a year also holds for the sections after it.
                        running = childZone;
                        runningTime = childTime is not null && SectionHeadings.IsNamedGoal(childTime) ? runningTime : childTime;
                    }

                    break;
                }

                case ParagraphSyntax p:
                    var line = SectionHeadings.HeadingLike(p, _text);
                    if (line is not null && ZoneClassifier.Instance.OpensBackMatter(line, _text, p.Span))
                    {
                        // 名词解释, 注释, 责任编辑：…, 打印本页: what follows the document commits to nothing.
                        _backMatter = true;
                        break;
                    }

                    if (line is not null && ZoneClassifier.Instance.ClassifyHeading(line, _referenceYear) is { } lineZone)
                    {
                        // An unnumbered heading (“十四五”时期工作回顾, 2026年工作安排) opens a zone for the paragraphs after it.
                        running = lineZone;
                        runningTime = SectionHeadings.HeadingTime(line, p.Span.Start, lineZone, _referenceYear, _congress);
                        opened = (running, runningTime);
                        ProcessBlock(p.Sentences, section, running, runningTime, isHeading: true);
                        break;
                    }

                    if (turn is { } next && running == Zone.Review && p.Sentences.FirstOrDefault() is { } first
                        && ZoneClassifier.Instance.ClassifyOpener(_text.AsSpan(first.Span.Start, first.Span.Length), _referenceYear) == next)
                    {
                        var opening = _text.Substring(first.Span.Start, first.Span.Length);
                        running = next;
                        runningTime = SectionHeadings.HeadingTime(opening, first.Span.Start, next, _referenceYear, _congress);
                    }

                    ProcessBlock(p.Sentences, section, running, runningTime, isHeading: false);
                    break;
            }
        }

        return opened;
    }

    /// <summary>Reads the sentences of one paragraph or heading, joined at ；, with the zone and deadline its section gives.</summary>
    private void ProcessBlock(IEnumerable<SentenceSyntax> sentences, string section, Zone zone, TimeMatch? sectionTime, bool isHeading)
    {
        var state = new ParagraphState { BaseZone = zone, Zone = zone, SectionTime = sectionTime };
        var group = _group;
        group.Clear();
        int blockStart = -1;
        int blockEnd = 0;
        foreach (var sentence in sentences)
        {
            if (blockStart < 0)
            {
                blockStart = sentence.Span.Start;
            }

            blockEnd = sentence.Span.End;
            group.Add(sentence);
            var terminator = sentence.Terminator;
            bool semicolon = terminator is not null && terminator.Kind == SyntaxKind.TerminatorToken && terminator.Span.Length > 0 && _text[terminator.Span.Start] is '；' or ';';
            if (!semicolon)
            {
                _reader.Read(group, section, state, isHeading);
                group.Clear();
            }
        }

        if (group.Count > 0)
        {
            _reader.Read(group, section, state, isHeading);
        }

        if (blockStart >= 0)
        {
            _previousBlocks.Record(blockStart, blockEnd);
        }
    }
}
