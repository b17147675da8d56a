using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// Turns a region of a sentence into commitments (<see cref="CommitmentDraft"/>): its text, location, action and — one per quantity
/// of kind value that is a measure — its metric with the indicator before the number (<see cref="IndicatorText"/>).
/// </summary>
internal sealed class CommitmentEmitter(ExtractionText doc, MeasureFilter measures, List<CommitmentDraft> result)
{
    private readonly ExtractionText _doc = doc;
    private readonly MeasureFilter _measures = measures;
    private readonly IndicatorText _indicators = new(doc);
    private readonly Coordination _coordination = new(doc);
    private readonly List<CommitmentDraft> _result = result;

    // Scratch lists of spans left out of the texts, reused region after region (Emit is not re-entered).
    private readonly List<TextSpan> _removals = [];
    private readonly List<QuantityMatch> _values = [];
    private readonly List<TextSpan> _skipped = [];
    private readonly List<TextSpan> _preRemovals = [];
    private readonly List<TextSpan> _all = [];

    /// <summary>
    /// The commitments of one region of a sentence (a clause, or a clause and the next it takes with it): one without a measure,
    /// or one per measure (分别 distributing the coordinated indicators), each with its indicator and action.
    /// </summary>
    /// <param name="s">The sentence.</param>
    /// <param name="r">The region and what the sentence pass found for it.</param>
    public void Emit(SentenceContext s, in EmitRegion r)
    {
        var (regionStart, regionEnd, actor, modal, modality, deadline, explicitAt) = r;
        string section = s.Section;
        var quantities = s.Quantities;
        var times = s.Times;
        var modals = s.Modals;
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
        var removals = _removals;
        removals.Clear();
        if (actor.Explicit && actor.Span is { } a && a.Start >= regionStart && a.End <= regionEnd)
        {
            removals.Add(a);
        }

        // A modal that is itself a verb with an object (确保粮食能源安全, 支持神农架创建国家公园) stays in the action.
        bool modalIsVerb = modal is not null && _doc.Actions.IsVerb(modal.Word);
        if (modal is not null && !modalIsVerb)
        {
            removals.Add(TextSpan.FromBounds(modal.Span.Start, _doc.SkipRepeats(modal)));
        }

        if (ownDeadline is not null)
        {
            int from = ownDeadline.Span.Start;
            if (from > regionStart && _doc.Text[from - 1] is '在' or '于')
            {
                from--;
            }

            removals.Add(TextSpan.FromBounds(from, ownDeadline.Span.End));
        }

        var values = _values;
        _measures.Values(quantities, times, regionStart, regionEnd, values);
        string text = _doc.Text.AsSpan(regionStart, regionEnd - regionStart).Trim().ToString();
        var location = Location.Create(_doc.Tree.Path, _doc.Tree.Text, _doc.Trimmed(regionStart, regionEnd));
        var deadlineRecord = deadline?.ToDeadline();

        int actionStart = modal is null ? regionStart : modalIsVerb ? modal.Span.Start : _doc.SkipRepeats(modal);
        if (values.Count == 0)
        {
            string action = _indicators.Action(actionStart, regionEnd, removals, modal is null);
            Add(s, text, location, actor, action, modality, null, deadlineRecord);
            return;
        }

        // 分别: one commitment per coordinated indicator.
        int distributive = _doc.Text.AsSpan(head, Math.Max(0, values[0].Span.Start - head)).IndexOf("分别", StringComparison.Ordinal);
        if (distributive >= 0 && values.Count >= 2)
        {
            int at = head + distributive;
            var phrase = _indicators.CleanIndicator(_doc.Text.AsSpan(head, at - head), _indicators.IndicatorRemovals(times, modals, head, at, _preRemovals), head, out _, out _);
            var parts = _coordination.Distribute(phrase, values.Count) ?? _coordination.SplitPair(phrase, values.Count);
            for (int k = 0; k < values.Count; k++)
            {
                var q = values[k];
                string? change = q.IsChange ? _indicators.ChangeWord(q) ?? _indicators.ChangeWord(values[0]) : null;
                string indicator = (parts?[k] ?? phrase) + change;
                Add(s, text, location, actor, indicator + _indicators.MeasureText(q), modality, q.ToMetric(indicator), deadlineRecord);
            }

            s.LastIndicator = parts?[^1] ?? phrase;
            return;
        }

        string? firstLead = null;
        int segmentStart = head;
        int emitted = 0;
        var skipped = _skipped;
        skipped.Clear();
        for (int k = 0; k < values.Count; k++)
        {
            var q = values[k];
            int segmentEnd = k + 1 < values.Count ? values[k + 1].Span.Start : regionEnd;
            var preRemovals = _indicators.IndicatorRemovals(times, modals, segmentStart, q.Span.Start, _preRemovals);
            preRemovals.AddRange(skipped);

            int preStart = Math.Min(segmentStart, q.Span.Start);
            var rawPre = _doc.Text.AsSpan(preStart, q.Span.Start - preStart);
            var opening = _doc.StripFillers(IndicatorText.RemoveSpans(rawPre, preStart, preRemovals).AsSpan().TrimStart("，,、和及与 ".AsSpan()));
            bool coordinatedObject = k == 0 && rawPre.TrimEnd().Length > 1 && rawPre.TrimEnd()[^1] is '和' or '及' or '与';
            bool levelTarget = q.NumberSpan.Start > q.Span.Start; // 将起征点…提高到15万元: the number after the verb is the target
            if (coordinatedObject || (!levelTarget && (_doc.Cues.PrepositionObjects.LongestPrefix(opening) is not null || _doc.Cues.LeadPrepositions.LongestPrefix(opening) is not null)))
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
            if (((q.UnitSpan is { } unitSpan && unitSpan.End == q.Span.End) || pre.Length == 0) && q.Span.End < segmentEnd && IndicatorText.IsNounStart(_doc.Text[q.Span.End]))
            {
                post = IndicatorText.CleanPost(_doc.Text.AsSpan(q.Span.End, segmentEnd - q.Span.End));
            }

            // 推进66个粮食产能提升重点县, 建设8万亩高标准农田: a count or measure before a noun measures that noun.
            int nextSegmentStart = q.Span.End;
            bool counted = false;
            int nounStart = _indicators.SkipBracket(q.Span.End, segmentEnd);
            if (nounStart < segmentEnd && IndicatorText.IsNounStart(_doc.Text[nounStart]) && _doc.Text[nounStart] != '的'
                && (QuantityRecognizer.IsClassifier(q.Unit) || (!q.IsChange && QuantityRecognizer.IsMeasure(q.Unit) && _indicators.IsBareVerb(pre))))
            {
                // 整合提升1000个民生服务综合体: 提升 before a count is a verb of the object, not a change of the count.
                string noun = IndicatorText.CleanPost(_doc.Text.AsSpan(nounStart, segmentEnd - nounStart));
                if (k + 1 < values.Count && IndicatorText.LastCoordinator(noun) is int cut and > 0)
                {
                    // 建成35个先导区、1000个和美乡村: the last coordinated part is the next number's.
                    int at = _doc.Text.IndexOf(noun, nounStart, StringComparison.Ordinal);
                    noun = noun[..cut];
                    if (at >= 0)
                    {
                        nextSegmentStart = at + cut + 1;
                    }
                }

                noun = noun[..noun.AsSpan().TrimEnd("、和及与").Length];
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
                indicator = (s.LastIndicator is null ? string.Empty : IndicatorText.StripChange(s.LastIndicator)) + indicator;
            }
            else if (k > 0 && pre.Length is > 0 and <= 2 && s.LastIndicator is not null && lead is null && !pre.EndsWith('级'))
            {
                indicator = IndicatorText.StripChange(s.LastIndicator) + indicator;
            }
            else if (pre.Length is > 0 and <= 6 && pre.EndsWith('级') && s.LastIndicator is not null && !q.IsChange)
            {
                // 市县两级达到90%以上 after 省级部门数据目录编制率100%: the level replaces the other's.
                indicator = pre + IndicatorText.WithoutLevel(s.LastIndicator);
            }

            if (indicator.Length == 0)
            {
                segmentStart = q.Span.End;
                continue; // a number that measures nothing the text names (…为6%以上，考虑了…): no target
            }

            // 至少 before the number is a floor: =, and only =, becomes >=.
            var metric = q.ToMetric(indicator, atLeast && q.Comparator == ComparatorKind.Equal ? ComparatorKind.AtLeast : q.Comparator);

            string action;
            if (values.Count == 1 || (emitted == 0 && k == values.Count - 1))
            {
                var all = _all;
                all.Clear();
                all.AddRange(removals);
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

            Add(s, text, location, actor, action, modality, metric, deadlineRecord);
            emitted++;
            s.LastIndicator = indicator;
            segmentStart = nextSegmentStart;
        }

        if (emitted == 0 && (modal is not null || deadlineRecord is not null))
        {
            // Every number was part of an object (对全市1280处隐患点…): a commitment without a measure.
            Add(s, text, location, actor, _indicators.Action(actionStart, regionEnd, removals, modal is null), modality, null, deadlineRecord);
        }
    }

    /// <summary>Adds a commitment with what the document passes need to know of where it was found.</summary>
    private void Add(SentenceContext s, string text, Location location, Actor actor, string action, ModalityKind modality, Metric? metric, Deadline? deadline) =>
        _result.Add(new CommitmentDraft(text, location, s.Section, actor, action, modality, metric, deadline, s.Paragraph.Zone, s.Span, s.Paragraph.ParagraphTime, s.Paragraph.SectionTime, s.Timed));
}
