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

    private sealed class ParagraphState
    {
        public Actor? CarriedActor;
        public bool PastContext;

        /// <summary>A colon frame (主要预期目标是：) seen in an earlier sentence of the paragraph, and its deadline.</summary>
        public bool Frame;
        public TimeMatch? FrameDeadline;

        /// <summary>The zone of the section the paragraph is in, and the zone a sentence opening (一年来, 同时也要看到) set for the rest of it.</summary>
        public Zone BaseZone;
        public Zone Zone;
        public bool OpenerZone;

        /// <summary>A time expression that opened an earlier sentence of the paragraph (今年, 新的一年, 今年是…之年): the deadline of later ones.</summary>
        public TimeMatch? ParagraphTime;

        /// <summary>The deadline the section heading gives (2026年工作安排 → 2026; “十五五” → 2030).</summary>
        public TimeMatch? SectionTime;
    }

    /// <summary>The text of the last two blocks (paragraphs or headings), for a frame split over lines (…发展的 / 主要预期目标 / 是：…).</summary>
    private int _previousBlocksStart;
    private int _previousBlocksEnd;
    private string? _previousBlocksText;

    /// <summary>The text of the last two blocks, materialised only when a split frame needs it.</summary>
    private string PreviousBlocks => _previousBlocksText ??= _text[_previousBlocksStart.._previousBlocksEnd];

    // Scratch lists for the time expressions and modal verbs of the clause being read (ProcessSentence), reused clause after clause.
    private readonly List<TimeMatch> _clauseTimes = [];
    private readonly List<ModalityMatch> _clauseModals = [];

    private static readonly string[] CopulaStarts = ["是", "也是", "就是", "都是", "仍是", "还是", "既是", "正是"];

    private readonly SpeechSyntaxTree _tree;
    private readonly string _text;
    private readonly int? _referenceYear;
    private readonly Actor _defaultActor;
    private readonly bool _report;
    private readonly CommitmentCues _cues = CommitmentCues.Instance;
    private readonly ActionClauses _actions = ActionClauses.Instance;

    /// <summary>How much of a speech's opening may say that it deploys the work at hand.</summary>
    private const int DeploymentHead = 300;
    private readonly List<CommitmentDraft> _result = [];
    private ParagraphState _paragraph = new();
    private TextSpan _sentence;
    private bool _sentenceTimed;

    private readonly ExtractionText _doc;
    private readonly ClauseSplitter _splitter;
    private readonly MeasureFilter _measures;
    private readonly IndicatorText _indicators;
    private readonly Coordination _coordination;

    private CommitmentExtractor(SpeechSyntaxTree tree, int? referenceYear, string? government)
    {
        _tree = tree;
        _doc = new ExtractionText(tree, referenceYear);
        _splitter = new ClauseSplitter(_doc);
        _measures = new MeasureFilter(_doc);
        _indicators = new IndicatorText(_doc);
        _coordination = new Coordination(_doc);
        _text = _doc.Text;
        _referenceYear = referenceYear;
        _defaultActor = new Actor(government ?? string.Empty, false, null);
        var head = _text.AsSpan(0, Math.Min(_text.Length, 600));
        _report = head.Contains("报告", StringComparison.Ordinal) || _text.Contains("向大会报告", StringComparison.Ordinal);
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
        var scope = new DocumentScope(extractor._text, referenceYear, extractor._report, !extractor._report && ZoneClassifier.Instance.IsDeployment(head), DocumentScope.OpensAsCongressReport(head));
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
    private (Zone Zone, TimeMatch? Time)? Visit(IEnumerable<SyntaxNode> children, string section, Zone zone, TimeMatch? sectionTime, bool topLevel)
    {
        var running = zone;
        var runningTime = sectionTime;
        (Zone, TimeMatch?)? opened = null;
        foreach (var child in children)
        {
            switch (child)
            {
                case SectionSyntax s:
                {
                    string path = section + s.Heading.Marker.Text.Trim();
                    var heading = s.Heading.Sentence;
                    string headingText = HeadingWords(heading?.ToString() ?? string.Empty);
                    var childZone = ZoneClassifier.Instance.ClassifyHeading(headingText, _referenceYear)
                        ?? (topLevel && _report && running is Zone.Review or Zone.Other ? Zone.Plan : running);
                    var childTime = HeadingTime(headingText, heading?.Span.Start ?? 0, childZone) ?? (childZone == running ? runningTime : null);
                    if (heading is not null)
                    {
                        ProcessBlock([heading], path, childZone, childTime, isHeading: true);
                    }

                    var inner = Visit(s.Members, path, childZone, childTime, topLevel: false);
                    if (inner is { } innerLine)
                    {
                        (running, runningTime) = innerLine;
                        opened = innerLine;
                    }
                    else if (topLevel)
                    {
                        running = childZone;
                        runningTime = childTime;
                    }

                    break;
                }

                case ParagraphSyntax p:
                    if (HeadingLike(p) is { } line && ZoneClassifier.Instance.ClassifyHeading(line, _referenceYear) is { } lineZone)
                    {
                        // An unnumbered heading (“十四五”时期工作回顾, 2026年工作安排) opens a zone for the paragraphs after it.
                        running = lineZone;
                        runningTime = HeadingTime(line, p.Span.Start, lineZone);
                        opened = (running, runningTime);
                        ProcessBlock(p.Sentences, section, running, runningTime, isHeading: true);
                        break;
                    }

                    ProcessBlock(p.Sentences, section, running, runningTime, isHeading: false);
                    break;
            }
        }

        return opened;
    }

    /// <summary>
    /// The words of a heading that may run into its section's first sentence (关于前一段疫情防控工作新冠肺炎疫情发生后，…, in a
    /// document flattened to one line): to the first comma, and for a 关于… heading to its first 工作 or 问题.
    /// </summary>
    private static string HeadingWords(string heading)
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
    private string? HeadingLike(ParagraphSyntax paragraph)
    {
        var span = paragraph.Span;
        if (span.Length is 0 or > 40)
        {
            return null;
        }

        var line = _text.AsSpan(span.Start, span.Length).Trim();
        return line.IsEmpty || line.IndexOfAny("。；！？，;!?,") >= 0 ? null : line.ToString();
    }

    /// <summary>
    /// The deadline a heading gives its section: its own time expression (2026年工作安排 → 2026, 今年 → the reference year), the end of
    /// a five-year plan in an outlook (“十五五”时期 → 2030, from 2026), or null.
    /// </summary>
    private TimeMatch? HeadingTime(string heading, int headingStart, Zone zone)
    {
        if (zone is not (Zone.Plan or Zone.Outlook) || heading.Length == 0)
        {
            return null;
        }

        foreach (var t in TimeExpressionRecognizer.Recognize(heading, _referenceYear, headingStart))
        {
            if (t.IsDeadline && t.Kind != TimeKind.Recurring && t.Year is not null)
            {
                return t;
            }
        }

        for (int i = 0; i < heading.Length; i++)
        {
            if (ZoneClassifier.LeadingYear(heading.AsSpan(i)) is (int year, int length) && (i == 0 || !char.IsAsciiDigit(heading[i - 1]))
                && (_referenceYear is not { } reference || year >= reference))
            {
                return new TimeMatch(new TextSpan(headingStart + i, length), heading.Substring(i, length), TimeKind.Relative, year, null, null);
            }
        }

        if (zone == Zone.Outlook && ZoneClassifier.FiveYearPlan(heading) is (int start, int end))
        {
            int at = heading.IndexOf('十', StringComparison.Ordinal);
            return new TimeMatch(new TextSpan(headingStart + at, 3), heading.Substring(at, 3), TimeKind.Period, end, start, null);
        }

        return null;
    }

    private void ProcessBlock(IEnumerable<SentenceSyntax> sentences, string section, Zone zone, TimeMatch? sectionTime, bool isHeading)
    {
        var state = new ParagraphState { BaseZone = zone, Zone = zone, SectionTime = sectionTime };
        _paragraph = state;
        var group = new List<SentenceSyntax>();
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
                ProcessSentence(group, section, state, isHeading);
                group.Clear();
            }
        }

        if (group.Count > 0)
        {
            ProcessSentence(group, section, state, isHeading);
        }

        if (blockStart >= 0)
        {
            int start = blockStart;
            int end = blockEnd;
            int from = _previousBlocksEnd - _previousBlocksStart == 0 ? start : _previousBlocksStart;
            if (end - from > 200)
            {
                from = end - Math.Min(end - start, 200);
            }

            _previousBlocksStart = from;
            _previousBlocksEnd = end;
            _previousBlocksText = null;
        }
    }

    private void ProcessSentence(List<SentenceSyntax> sentences, string section, ParagraphState state, bool isHeading)
    {
        var clauses = _splitter.Split(sentences, _paragraph.Zone);
        if (clauses.Count == 0)
        {
            return;
        }

        int start = clauses[0].Start;
        int end = clauses[^1].End;
        var slice = _text.AsSpan(start, end - start);
        var quantities = QuantityRecognizer.Recognize(slice, start);
        var ownTimes = SentenceTimes.AfterNextYear(SentenceTimes.MergeAdjacent(TimeExpressionRecognizer.Recognize(slice, _referenceYear, start)), _referenceYear);
        var times = SentenceTimes.AnchoredSpans(ownTimes, start, _text);
        var modals = ModalityRecognizer.Recognize(slice, start);

        // An estimate or forecast opening the sentence (预计全年…, 据气象部门预测，…), or a clause saying what the subject is.
        var head = _doc.ClauseText(clauses[0]);
        bool statement = head.StartsWith("预计", StringComparison.Ordinal) || head.StartsWith("据", StringComparison.Ordinal)
            || (head.Length <= 12 && (head.Contains("预测", StringComparison.Ordinal) || head.Contains("预计", StringComparison.Ordinal)));
        for (int k = 1; k < clauses.Count && !statement; k++)
        {
            statement = CommitmentCues.StartsWith(_doc.ClauseText(clauses[k]), CopulaStarts) is not null;
        }

        var first = _doc.ClauseText(clauses[0]);
        _sentence = TextSpan.FromBounds(start, end);
        // A point in the reference year (办好2026年全国“村BA”… in a 2026 report) does not set the sentence apart from the
        // scope's deadline: only other points and spans of time do.
        _sentenceTimed = false;
        foreach (var t in ownTimes)
        {
            _sentenceTimed |= t.Kind is TimeKind.Within or TimeKind.Period || (t.Kind == TimeKind.By && t.Year != _referenceYear);
        }

        if (_actions.OpensItem(first))
        {
            state.CarriedActor = null; // 第二，…: a new item of the list; the last item's subject stays there
        }

        bool pastSentence = CommitmentCues.StartsWith(first, _cues.PastHeads) is not null
            || (times.Length > 0 && times[0].IsPast && times[0].Span.Start - start <= 2);
        bool turnsToFuture = HasHeadModal(clauses, modals) || SentenceTimes.HasFutureDeadline(times, _referenceYear);
        if (pastSentence)
        {
            state.PastContext = true;
        }
        else if (!modals.IsEmpty || times.Any(t => t.IsDeadline && t.Kind != TimeKind.Recurring))
        {
            state.PastContext = false;
        }

        // The zone a sentence opening sets (一年来 → review, 同时也要看到 → other) lasts until a sentence turns to what is to be done.
        if (ZoneClassifier.Instance.ClassifyOpener(_text.AsSpan(start, end - start), _referenceYear) is { } opened && !isHeading)
        {
            state.Zone = opened is Zone.Review or Zone.Other && turnsToFuture ? state.BaseZone : opened;
            state.OpenerZone = state.Zone != state.BaseZone;
        }
        else if (state.OpenerZone && turnsToFuture && !pastSentence)
        {
            state.Zone = state.BaseZone;
            state.OpenerZone = false;
        }

        var zone = state.Zone;
        // A sentence without a modal verb whose verb takes the perfective 了 (提高了…能力) states a result, not a task.
        bool perfective = modals.IsEmpty && _cues.HasPerfective(_text.AsSpan(start, end - start));
        bool past = pastSentence || perfective || state.PastContext || zone == Zone.Review;
        bool plan = zone is Zone.Plan or Zone.Outlook;
        bool covers = zone is Zone.Plan or Zone.Outlook or Zone.Conduct or Zone.Directive;
        var paragraphTime = state.ParagraphTime;
        if (times.Length > 0 && times[0].IsDeadline && times[0].Kind is TimeKind.Relative or TimeKind.Period && times[0].Year is not null
            && _doc.HeadPosition(start, times[0].Span.Start).AtHead && (times[0].Kind == TimeKind.Period || !SentenceTimes.IsFirm(times[0]))
            && times[0].Text != "当年")
        {
            // 今年，…; 今年是…开局之年; 新的一年，…: the year of the rest of the paragraph. 当年 opening a sentence is as often the
            // past (当年的蛇口开山炮声犹然在耳) and dates nothing after it.
            state.ParagraphTime = times[0];
        }

        ModalityMatch? governing = null;
        TimeMatch? carried = state.Frame ? state.FrameDeadline : null;
        bool sticky = state.Frame && carried is not null;
        bool frame = false;
        bool inheritedFrame = state.Frame;
        string? lastIndicator = null;

        for (int i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var ctext = _doc.ClauseText(clause);
            if (ctext.IsEmpty)
            {
                continue;
            }

            // A deadline stated inside the sentence does not reach past a ；(a sticky head or frame deadline does).
            if (i > 0 && clauses[i - 1].Separator is '；' or ';' && !sticky)
            {
                carried = null;
            }

            var clauseTimes = SentenceTimes.Within(times, clause.Start, clause.End, _clauseTimes);
            var clauseModals = SentenceTimes.Within(modals, clause.Start, clause.End, _clauseModals);
            bool clausePast = clauseTimes.Any(t => t.IsPast) || CommitmentCues.ContainsAny(ctext, _cues.PastsSearch) || CommitmentCues.ContainsAny(ctext, _cues.StatementsSearch);

            TimeMatch? own = null;
            bool ownAtHead = false;
            foreach (var t in clauseTimes)
            {
                if (!t.IsDeadline)
                {
                    continue;
                }

                if (t.Kind == TimeKind.Recurring)
                {
                    if (t.Span.Start >= 2 && _text[t.Span.Start - 2] == '每')
                    {
                        continue; // 每人每月: a rate, not a recurrence
                    }

                    own = t;
                    break;
                }

                var (atHead, afterActor) = _doc.HeadPosition(clause.Start, t.Span.Start);
                if (atHead || afterActor)
                {
                    own = t;
                    ownAtHead = atHead;
                    break;
                }
            }

            // A colon frame: 主要预期目标是：… (or 是：… after a heading-like line that names the targets).
            bool splitFrame = i == 0 && clause.Separator is '：' or ':' && ctext is "是" or "为" && CommitmentCues.ContainsAny(_text.AsSpan(_previousBlocksStart, _previousBlocksEnd - _previousBlocksStart), _cues.FramesSearch);
            if (clause.Separator is '：' or ':' && (splitFrame || CommitmentCues.ContainsAny(ctext, _cues.FramesSearch)))
            {
                frame = true;
                var frameTimes = splitFrame ? SentenceTimes.MergeAdjacent(TimeExpressionRecognizer.Recognize(PreviousBlocks, _referenceYear, _previousBlocksStart)) : [.. clauseTimes];
                var frameDeadline = own ?? frameTimes.FirstOrDefault(t => t.IsDeadline && t.Kind != TimeKind.Recurring);
                if (frameDeadline is not null && frameDeadline.Kind != TimeKind.Recurring)
                {
                    carried = frameDeadline;
                    sticky = true;
                }

                state.Frame = true;
                state.FrameDeadline = carried;
                continue;
            }

            // 今年是…收官之年 / 明年是…: a statement about the year, not a deadline.
            if (CommitmentCues.StartsWith(ctext, CopulaStarts) is not null || (clauseTimes.Count > 0 && IsCopula(clauseTimes[0], clause.Start)))
            {
                continue;
            }

            // A clause that is only a deadline: 到2025年，…
            if (own is not null && IsOnlyDeadline(clause, own))
            {
                if (own.Kind != TimeKind.Recurring && (!sticky || i == 0))
                {
                    carried = own;
                    sticky = i == 0 || sticky;
                }

                continue;
            }

            if (own is not null && ownAtHead && own.Kind != TimeKind.Recurring && !sticky)
            {
                carried = own;
            }

            var deadline = own ?? carried;
            var primary = PrimaryModal(clause, clauseModals);
            if (primary is not null && !(past || clausePast || statement || isHeading)
                && (frame || inheritedFrame || governing is not null || plan || carried is not null)
                && ListItemBefore(clause, primary, quantities, times) is { } separator)
            {
                // 经济增长5%左右、在实际工作中努力争取更好结果: the first item of the list keeps the list's modality; the modal verb
                // governs only the item it stands in.
                var item = new Clause(clause.Start, separator, '、');
                var headActor = ModalLessActor(item, state, governing is not null || HasModalBefore(modals, clause.Start));
                var headModality = frame || inheritedFrame ? ModalityKind.Plan : governing?.Modality ?? ModalityKind.Plan;
                Emit(section, item.Start, item.End, headActor, null, headModality, deadline, quantities, times, modals, ref lastIndicator, explicitAt: headActor.Explicit ? headActor.Span : null);
                clause = new Clause(separator + 1, clause.End, clause.Separator);
            }

            if (primary is not null)
            {
                int actionStart = _doc.SkipRepeats(primary);
                if (CommitmentCues.StartsWith(StripAdverbs(_text.AsSpan(actionStart, clause.End - actionStart)), _cues.Cognitions) is not null
                    || SpeakerIntends(clause.Start, primary, actionStart, clause.End) || (zone == Zone.Review && !(own?.Year > _referenceYear)))
                {
                    continue;
                }

                int regionEnd = clause.End;
                if (i + 1 < clauses.Count && clause.Separator is '，' or ',' && CanExtend(actionStart, clause, clauses[i + 1], modals, quantities, times))
                {
                    var nextClause = clauses[i + 1];
                    regionEnd = nextClause.End;
                    i++;
                    if (own is null)
                    {
                        foreach (var t in SentenceTimes.Within(times, nextClause.Start, nextClause.End))
                        {
                            if (t.IsDeadline && (t.Kind == TimeKind.Recurring || _doc.HeadPosition(nextClause.Start, t.Span.Start).AtHead))
                            {
                                own = t;
                                deadline = t;
                                break;
                            }
                        }
                    }
                }

                var actor = ResolveActor(start, slice, primary, state);
                if (primary.Modality is ModalityKind.Should or ModalityKind.Strive or ModalityKind.Plan)
                {
                    governing = primary;
                }
                Emit(section, clause.Start, regionEnd, actor, primary, primary.Modality, deadline, quantities, times, modals, ref lastIndicator, explicitAt: null);
                continue;
            }

            if (past || clausePast || statement)
            {
                continue;
            }

            var values = _measures.Values(quantities, times, clause.Start, clause.End);
            if (isHeading && values.Count == 0)
            {
                if (covers && _actions.IsAction(StripHead(clause, own)))
                {
                    Emit(section, clause.Start, clause.End, ModalLessActor(clause, state, governed: false), null, governing?.Modality ?? ModalityKind.Plan, deadline, quantities, times, modals, ref lastIndicator, explicitAt: null);
                }

                continue;
            }

            bool ownCounts = own is not null && (values.Count > 0 || (own.Kind == TimeKind.Recurring
                ? _doc.HeadPosition(clause.Start, own.Span.Start) is { AtHead: true } or { AfterActor: true }
                    || _text.AsSpan(own.Span.End, clause.End - own.Span.End).Contains("至少", StringComparison.Ordinal)
                    || _text.AsSpan(own.Span.End, clause.End - own.Span.End).Contains("一次", StringComparison.Ordinal)
                : SentenceTimes.IsFirm(own)));
            bool target = frame
                || (inheritedFrame && values.Count > 0)
                || ownCounts
                || (values.Count > 0 && (governing is not null || plan || carried is not null))
                || (carried is not null && SentenceTimes.IsFirm(carried) && (governing is null || sticky));
            if (values.Count == 0 && !frame && EndsWithAny(ctext, _cues.Statives))
            {
                continue;
            }

            if (!target)
            {
                // In a plan, outlook, conduct or directive zone — or governed by a modal verb earlier in the sentence — every clause
                // that opens with a verb of its own is a commitment (完善现代文化产业体系，建设西部创意产业集聚区).
                if ((covers || governing is not null) && (zone != Zone.Other || governing is not null) && _actions.IsAction(StripHead(clause, own)))
                {
                    var bareActor = ModalLessActor(clause, state, governed: true);
                    Emit(section, clause.Start, clause.End, bareActor, null, governing?.Modality ?? ModalityKind.Plan, deadline, quantities, times, modals, ref lastIndicator, explicitAt: bareActor.Explicit ? bareActor.Span : null);
                }

                continue;
            }

            var implicitActor = ModalLessActor(clause, state, governing is not null || HasModalBefore(modals, clause.Start));
            var modality = frame || inheritedFrame ? ModalityKind.Plan : governing?.Modality ?? ModalityKind.Plan;
            Emit(section, clause.Start, clause.End, implicitActor, null, modality, deadline, quantities, times, modals, ref lastIndicator, explicitAt: implicitActor.Explicit ? implicitActor.Span : null);
        }
    }

    /// <summary>Whether a clause of the sentence opens with a modal verb (要…, 各级党委要…, 必须…): the sentence says what is to be done.</summary>
    private bool HasHeadModal(List<Clause> clauses, ImmutableArray<ModalityMatch> modals)
    {
        foreach (var m in modals)
        {
            if (m.Modality is ModalityKind.Encourage)
            {
                continue;
            }

            foreach (var c in clauses)
            {
                if (m.Span.Start >= c.Start && m.Span.Start < c.End)
                {
                    var (atHead, afterActor) = _doc.HeadPosition(c.Start, m.Span.Start);
                    if (atHead || afterActor)
                    {
                        return true;
                    }

                    break;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// 我还要说…, 我要讲几点意见: 要 after the speaker's own 我 before a verb of speaking means "want to" or "will", not an obligation.
    /// </summary>
    private bool SpeakerIntends(int clauseStart, ModalityMatch modal, int actionStart, int clauseEnd)
    {
        if (modal.Word != "要")
        {
            return false;
        }

        var before = _text.AsSpan(clauseStart, modal.Span.Start - clauseStart).TrimEnd("还也再就想".AsSpan());
        if (!before.EndsWith("我", StringComparison.Ordinal))
        {
            return false;
        }

        return _actions.IsSpeaking(_text.AsSpan(actionStart, clauseEnd - actionStart));
    }

    /// <summary>The clause without its deadline at the head and the fillers, scope words and enumerators before the verb.</summary>
    private ReadOnlySpan<char> StripHead(Clause clause, TimeMatch? own)
    {
        int from = clause.Start;
        if (own is not null && own.Span.Start >= clause.Start && own.Span.End <= clause.End && _doc.HeadPosition(clause.Start, own.Span.Start).AtHead)
        {
            from = own.Span.End;
        }

        return _doc.StripFillers(_text.AsSpan(from, clause.End - from).Trim());
    }

    /// <summary>The 、 between a number and a later modal verb of the same clause (经济增长5%左右、在实际工作中努力争取…), or null.</summary>
    private int? ListItemBefore(Clause clause, ModalityMatch modal, ImmutableArray<QuantityMatch> quantities, ImmutableArray<TimeMatch> times)
    {
        var before = _measures.Values(quantities, times, clause.Start, modal.Span.Start);
        if (before.Count == 0 || before[^1].Span.End > modal.Span.Start)
        {
            return null;
        }

        int from = before[^1].Span.End;
        int at = _text.IndexOf('、', from, modal.Span.Start - from);
        return at >= 0 ? at : null;
    }

    /// <summary>Whether <paramref name="t"/> opens its clause as the subject of 是 (今年是…收官之年).</summary>
    private bool IsCopula(TimeMatch t, int clauseStart)
    {
        var after = _text.AsSpan(t.Span.End);
        return CommitmentCues.StartsWith(after, CopulaStarts) is not null && _doc.HeadPosition(clauseStart, t.Span.Start).AtHead;
    }

    private bool IsOnlyDeadline(Clause clause, TimeMatch deadline)
    {
        var before = _doc.StripFillers(_text.AsSpan(clause.Start, deadline.Span.Start - clause.Start).Trim());
        var after = _text.AsSpan(deadline.Span.End, clause.End - deadline.Span.End).Trim();
        return before.IsEmpty && after.IsEmpty;
    }

    private ModalityMatch? PrimaryModal(Clause clause, List<ModalityMatch> clauseModals)
    {
        foreach (var m in clauseModals)
        {
            int local = m.Span.Start;
            if (local > clause.Start && _text[local - 1] is '、' or '﹑')
            {
                continue; // …关爱妇女儿童、支持妇女儿童事业发展的浓厚氛围: inside an object
            }

            var prefix = _text.AsSpan(clause.Start, local - clause.Start).Trim();
            if (InsideQuote(prefix))
            {
                continue; // “锦绣计划省际协作联盟”: part of a name
            }

            if (m.Modality is ModalityKind.Encourage or ModalityKind.Plan && !prefix.IsEmpty)
            {
                // 支持/引导/鼓励/计划/将 in the middle of a clause is usually a plain verb (完善支持…的优惠措施).
                var (atHead, afterActor) = _doc.HeadPosition(clause.Start, local);
                if (!atHead && !afterActor && CommitmentCues.StartsWith(prefix, ModalAdverbs) is not { } adverb)
                {
                    continue;
                }
            }

            return m;
        }

        return null;
    }

    private static readonly string[] ModalAdverbs = ["依法", "大力", "积极", "继续", "进一步", "切实", "着力", "全力", "努力", "持续", "重点", "优先", "有序"];

    private static bool InsideQuote(ReadOnlySpan<char> prefix)
    {
        int open = prefix.Count('“') + prefix.Count('《') + prefix.Count('「');
        int close = prefix.Count('”') + prefix.Count('》') + prefix.Count('」');
        return open > close;
    }

    private static ReadOnlySpan<char> StripAdverbs(ReadOnlySpan<char> text)
    {
        foreach (var adverb in new[] { "更加", "更", "也", "还", "始终", "进一步", "清醒地", "深刻地" })
        {
            if (text.StartsWith(adverb, StringComparison.Ordinal))
            {
                return text[adverb.Length..];
            }
        }

        return text;
    }

    private bool OpensAdverbial(ReadOnlySpan<char> action)
    {
        if (CommitmentCues.StartsWith(action, _cues.LeadPrepositions) is not null)
        {
            return true;
        }

        if (action.StartsWith("在", StringComparison.Ordinal))
        {
            return action.EndsWith("中", StringComparison.Ordinal) || action.EndsWith("时", StringComparison.Ordinal)
                || action.EndsWith("过程中", StringComparison.Ordinal) || action.EndsWith("基础上", StringComparison.Ordinal)
                || action.EndsWith("前提下", StringComparison.Ordinal);
        }

        if (action.StartsWith("以", StringComparison.Ordinal) && action.Length >= 4)
        {
            return action[^3] == '为' || action[^2] == '为';
        }

        return false;
    }

    private Actor ResolveActor(int sentenceStart, ReadOnlySpan<char> slice, ModalityMatch modal, ParagraphState state)
    {
        var found = ActorRecognizer.FindSubject(slice, modal.Span.Start - sentenceStart, sentenceStart);
        if (found is not null)
        {
            var actor = found.ToActor();
            state.CarriedActor = actor;
            return actor;
        }

        return state.CarriedActor is { } carried ? Carried(carried) : _defaultActor;
    }

    /// <summary>
    /// A subject written earlier in the paragraph, carried to a sentence without one: still written, so explicit (annotation
    /// guide: explicit whenever the actor is written), but with no span of its own in this sentence.
    /// </summary>
    private static Actor Carried(Actor actor) => new(actor.Text, true, null);

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.EndsWith(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasModalBefore(ImmutableArray<ModalityMatch> modals, int position)
    {
        foreach (var m in modals)
        {
            if (m.Span.Start < position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the modal clause (its action opening with a lead preposition) takes the next clause with it.</summary>
    private bool CanExtend(int actionStart, Clause clause, Clause next, ImmutableArray<ModalityMatch> modals, ImmutableArray<QuantityMatch> quantities, ImmutableArray<TimeMatch> times)
    {
        var action = _text.AsSpan(actionStart, clause.End - actionStart);
        if (!OpensAdverbial(action) || SentenceTimes.Within(modals, next.Start, next.End).Count > 0)
        {
            return false;
        }

        // 会同省民政厅将…纳入…: already a whole predicate; 按照…的标准配建…: the verb is in this clause;
        // 会同省委编办梳理…清单: 会同 and its partner are short, a longer clause has its own verb.
        if (action.Contains('将') || action.Contains('把') || action.Contains("标准", StringComparison.Ordinal)
            || (action.StartsWith("会同", StringComparison.Ordinal) && action.Length > 10)
            || _measures.Values(quantities, times, clause.Start, clause.End).Count > 0 || _measures.Values(quantities, times, next.Start, next.End).Count > 0)
        {
            return false;
        }

        foreach (var t in SentenceTimes.Within(times, next.Start, next.End))
        {
            if (t.IsDeadline && t.Kind == TimeKind.Recurring && _doc.HeadPosition(next.Start, t.Span.Start).AtHead)
            {
                return false; // …，每年对清单执行情况开展一次评估: a step of its own
            }
        }

        return true;
    }

    private Actor ModalLessActor(Clause clause, ParagraphState state, bool governed)
    {
        var ctext = _text.AsSpan(clause.Start, clause.End - clause.Start);
        foreach (var marker in new[] { "至少", "在", "每", "于" })
        {
            int at = ctext.IndexOf(marker, StringComparison.Ordinal);
            if (at <= 1)
            {
                continue;
            }

            var found = ActorRecognizer.FindSubject(ctext, at, clause.Start);
            if (found is not null && found.Kind is ActorKind.Institution or ActorKind.Collective && found.Span.Start == clause.Start)
            {
                var actor = found.ToActor();
                state.CarriedActor = actor;
                return actor;
            }
        }

        // A target stated on its own (no modal verb in the sentence before it) is the jurisdiction's, not the last subject's.
        return governed && state.CarriedActor is { } carried ? Carried(carried) : _defaultActor;
    }

    private void Emit(
        string section,
        int regionStart,
        int regionEnd,
        Actor actor,
        ModalityMatch? modal,
        ModalityKind modality,
        TimeMatch? deadline,
        ImmutableArray<QuantityMatch> quantities,
        ImmutableArray<TimeMatch> times,
        ImmutableArray<ModalityMatch> modals,
        ref string? lastIndicator,
        TextSpan? explicitAt)
    {
        // The head of the region: subject, modal verb, a deadline before the first number.
        int head = regionStart;
        if (actor.Explicit && actor.Span is { } actorSpan && actorSpan.End <= regionEnd && actorSpan.Start >= regionStart)
        {
            head = Math.Max(head, actorSpan.End);
        }
        else if (explicitAt is { } at)
        {
            head = Math.Max(head, at.End);
        }

        var ownDeadline = deadline is not null && deadline.Span.Start >= regionStart && deadline.Span.End <= regionEnd ? deadline : null;
        var removals = new List<TextSpan>();
        if (actor.Explicit && actor.Span is { } a && a.Start >= regionStart && a.End <= regionEnd)
        {
            removals.Add(a);
        }

        // A modal that is itself a verb with an object (确保粮食能源安全, 支持神农架创建国家公园) stays in the action.
        bool modalIsVerb = modal is not null && _actions.IsVerb(modal.Word);
        if (modal is not null && !modalIsVerb)
        {
            removals.Add(TextSpan.FromBounds(modal.Span.Start, _doc.SkipRepeats(modal)));
        }

        if (ownDeadline is not null)
        {
            int s = ownDeadline.Span.Start;
            if (s > regionStart && _text[s - 1] is '在' or '于')
            {
                s--;
            }

            removals.Add(TextSpan.FromBounds(s, ownDeadline.Span.End));
        }

        var values = _measures.Values(quantities, times, regionStart, regionEnd);
        string text = _text.AsSpan(regionStart, regionEnd - regionStart).Trim().ToString();
        var location = Location.Create(_tree.Path, _tree.Text, _doc.Trimmed(regionStart, regionEnd));
        var deadlineRecord = deadline?.ToDeadline();

        int actionStart = modal is null ? regionStart : modalIsVerb ? modal.Span.Start : _doc.SkipRepeats(modal);
        if (values.Count == 0)
        {
            string action = _indicators.Action(actionStart, regionEnd, removals, modal is null);
            Add(text, location, section, actor, action, modality, null, deadlineRecord);
            return;
        }

        // 分别: one commitment per coordinated indicator.
        int distributive = _text.AsSpan(head, Math.Max(0, values[0].Span.Start - head)).IndexOf("分别", StringComparison.Ordinal);
        if (distributive >= 0 && values.Count >= 2)
        {
            int at = head + distributive;
            var phrase = _indicators.CleanIndicator(_text.AsSpan(head, at - head), _indicators.IndicatorRemovals(times, modals, head, at), head, out _, out _);
            var parts = _coordination.Distribute(phrase, values.Count) ?? _coordination.SplitPair(phrase, values.Count);
            for (int k = 0; k < values.Count; k++)
            {
                var q = values[k];
                string? change = q.IsChange ? _indicators.ChangeWord(q) ?? _indicators.ChangeWord(values[0]) : null;
                string indicator = (parts?[k] ?? phrase) + change;
                Add(text, location, section, actor, indicator + _indicators.MeasureText(q), modality, q.ToMetric(indicator), deadlineRecord);
            }

            lastIndicator = parts?[^1] ?? phrase;
            return;
        }

        string? firstLead = null;
        int segmentStart = head;
        int emitted = 0;
        var skipped = new List<TextSpan>();
        for (int k = 0; k < values.Count; k++)
        {
            var q = values[k];
            int segmentEnd = k + 1 < values.Count ? values[k + 1].Span.Start : regionEnd;
            var preRemovals = _indicators.IndicatorRemovals(times, modals, segmentStart, q.Span.Start);
            preRemovals.AddRange(skipped);

            int preStart = Math.Min(segmentStart, q.Span.Start);
            var rawPre = _text.AsSpan(preStart, q.Span.Start - preStart);
            var opening = _doc.StripFillers(IndicatorText.RemoveSpans(rawPre, preStart, preRemovals).AsSpan().TrimStart("，,、和及与 ".AsSpan()));
            bool coordinatedObject = k == 0 && rawPre.TrimEnd().Length > 1 && rawPre.TrimEnd()[^1] is '和' or '及' or '与';
            bool levelTarget = q.NumberSpan.Start > q.Span.Start; // 将起征点…提高到15万元: the number after the verb is the target
            if (coordinatedObject || (!levelTarget && (CommitmentCues.StartsWith(opening, _cues.PrepositionObjects) is not null || CommitmentCues.StartsWith(opening, _cues.LeadPrepositions) is not null)))
            {
                // 对全市1280处地质灾害隐患点…: a count inside an object. 从月销售额10万元提高到15万元: the 从 phrase is left out
                // of the next number's indicator, which starts where this one's would have.
                int from = rawPre.LastIndexOf('从');
                if (from >= 0 && k + 1 < values.Count)
                {
                    skipped.Add(TextSpan.FromBounds(preStart + from, q.Span.End));
                }
                else
                {
                    segmentStart = q.Span.End;
                }

                continue;
            }

            if (k + 1 < values.Count && MeasureFilter.BaselineStart(rawPre, q, values[k + 1]) is int baseline)
            {
                // 劳动生产率从人均8.6万元提高到11万元: the starting level is the present, not a target; the 从 phrase is left
                // out of the next number's indicator, as for 将起征点从月销售额10万元提高到15万元.
                skipped.Add(TextSpan.FromBounds(preStart + baseline, q.Span.End));
                continue;
            }

            string pre = _indicators.CleanIndicator(rawPre, preRemovals, preStart, out string? lead, out bool atLeast);
            if (k == 0)
            {
                firstLead = lead;
            }

            string post = string.Empty;
            if (((q.UnitSpan is { } unitSpan && unitSpan.End == q.Span.End) || pre.Length == 0) && q.Span.End < segmentEnd && IndicatorText.IsNounStart(_text[q.Span.End]))
            {
                post = IndicatorText.CleanPost(_text.AsSpan(q.Span.End, segmentEnd - q.Span.End));
            }

            // 推进66个粮食产能提升重点县, 建设8万亩高标准农田: a count or measure before a noun measures that noun.
            int nextSegmentStart = q.Span.End;
            bool counted = false;
            int nounStart = _indicators.SkipBracket(q.Span.End, segmentEnd);
            if (nounStart < segmentEnd && IndicatorText.IsNounStart(_text[nounStart]) && _text[nounStart] != '的'
                && (QuantityRecognizer.IsClassifier(q.Unit) || (!q.IsChange && QuantityRecognizer.IsMeasure(q.Unit) && _indicators.IsBareVerb(pre))))
            {
                // 整合提升1000个民生服务综合体: 提升 before a count is a verb of the object, not a change of the count.
                string noun = IndicatorText.CleanPost(_text.AsSpan(nounStart, segmentEnd - nounStart));
                if (k + 1 < values.Count && IndicatorText.LastCoordinator(noun) is int cut and > 0)
                {
                    // 建成35个先导区、1000个和美乡村: the last coordinated part is the next number's.
                    int at = _text.IndexOf(noun, nounStart, StringComparison.Ordinal);
                    noun = noun[..cut];
                    if (at >= 0)
                    {
                        nextSegmentStart = at + cut + 1;
                    }
                }

                noun = noun.TrimEnd('、', '和', '及', '与');
                if (noun.Length >= 2)
                {
                    post = noun;
                    counted = true;
                }
            }

            if (!counted && pre.EndsWith('、') && post.Length >= 2)
            {
                // 继续教育基本全覆盖、70%就读普通高中: the text before is the list's previous item.
                pre = string.Empty;
            }

            string indicator = counted ? (IndicatorText.IsNewVerb(pre) ? pre : string.Empty) + post : pre.Length == 0 ? post : pre;
            if (q.IsChange && !counted && _indicators.ChangeWord(q) is { } change)
            {
                indicator += change;
            }

            if (counted)
            {
                // the counted noun is the indicator
            }
            else if (indicator.Length == 0 || indicator == _indicators.ChangeWord(q))
            {
                indicator = (lastIndicator is null ? string.Empty : IndicatorText.StripChange(lastIndicator)) + indicator;
            }
            else if (k > 0 && pre.Length is > 0 and <= 2 && lastIndicator is not null && lead is null && !pre.EndsWith('级'))
            {
                indicator = IndicatorText.StripChange(lastIndicator) + indicator;
            }
            else if (pre.Length is > 0 and <= 6 && pre.EndsWith('级') && lastIndicator is not null && !q.IsChange)
            {
                // 市县两级达到90%以上 after 省级部门数据目录编制率100%: the level replaces the other's.
                indicator = pre + IndicatorText.WithoutLevel(lastIndicator);
            }

            if (indicator.Length == 0)
            {
                segmentStart = q.Span.End;
                continue; // a number that measures nothing the text names (…为6%以上，考虑了…): no target
            }

            var metric = q.ToMetric(indicator);
            if (atLeast && metric.Comparator == "=")
            {
                metric = metric with { Comparator = ">=" };
            }

            string action;
            if (values.Count == 1 || (emitted == 0 && k == values.Count - 1))
            {
                var all = new List<TextSpan>(removals);
                all.AddRange(skipped);
                action = _indicators.Action(Math.Min(actionStart, q.Span.Start), regionEnd, all, modal is null);
            }
            else if (k == 0)
            {
                int actionEnd = pre.Length == 0 && post.Length > 0 ? Math.Min(segmentEnd, q.Span.End + post.Length + 1) : q.Span.End;
                action = _indicators.Action(Math.Min(actionStart, q.Span.Start), actionEnd, removals, modal is null);
            }
            else
            {
                action = (lead ?? firstLead ?? string.Empty) + indicator + _indicators.MeasureText(q);
            }

            if (action.Length == 0)
            {
                action = indicator;
            }

            Add(text, location, section, actor, action, modality, metric, deadlineRecord);
            emitted++;
            lastIndicator = indicator;
            segmentStart = nextSegmentStart;
        }

        if (emitted == 0 && (modal is not null || deadlineRecord is not null))
        {
            // Every number was part of an object (对全市1280处隐患点…): a commitment without a measure.
            Add(text, location, section, actor, _indicators.Action(actionStart, regionEnd, removals, modal is null), modality, null, deadlineRecord);
        }
    }

    /// <summary>Adds a commitment with what the document passes need to know of where it was found.</summary>
    private void Add(string text, Location location, string section, Actor actor, string action, ModalityKind modality, Metric? metric, Deadline? deadline) =>
        _result.Add(new CommitmentDraft(text, location, section, actor, action, modality, metric, deadline, _paragraph.Zone, _sentence, _paragraph.ParagraphTime, _paragraph.SectionTime, _sentenceTimed));

}
