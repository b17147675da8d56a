using PolicySpeech.Syntax;

namespace PolicySpeech.Semantics;

/// <summary>
/// The first pass over a full sentence: its clauses, time expressions and modal verbs (each recogniser run once over the sentence;
/// the quantities once a rule asks), and what its opening says for the clauses and for the paragraph — an estimate or a statement;
/// the past (一年来, 去年, the perfective 了); the zone an opening sets (一年来 → review) until a sentence turns to what is to be done;
/// the year an opening 今年 or 新的一年 gives the rest of the paragraph; a new list item (第二，…) that ends the carried subject.
/// </summary>
internal sealed class SentenceOpening(ExtractionText doc, ClauseSplitter splitter, ModalHeads heads)
{
    /// <summary>The longest item word of a list standing alone before its comma (第十一).</summary>
    private const int MaxItemWord = 4;

    /// <summary>The sentence being read, reused sentence after sentence.</summary>
    private readonly SentenceContext _sentence = new();

    /// <summary>Reads the opening of the sentence made of <paramref name="sentences"/>, or returns null when it has no clause.</summary>
    /// <remarks>The context returned is this object's, reused by the next call.</remarks>
    /// <param name="sentences">The parser's sentences joined at ；.</param>
    /// <param name="section">The path of the section headings.</param>
    /// <param name="state">The paragraph, which the opening updates.</param>
    /// <param name="isHeading">Whether the sentence is a heading.</param>
    public SentenceContext? Open(List<SentenceSyntax> sentences, string section, ParagraphState state, bool isHeading)
    {
        var clauses = splitter.Split(sentences, state.Zone);
        if (clauses.Count == 0)
        {
            return null;
        }

        string text = doc.Text;
        int? referenceYear = doc.ReferenceYear;
        int start = clauses[0].Start;
        int end = clauses[^1].End;
        var slice = text.AsSpan(start, end - start);
        var ownTimes = SentenceTimes.AfterNextYear(SentenceTimes.MergeAdjacent(TimeExpressionRecognizer.Recognize(slice, referenceYear, start, doc.PeriodsFromNextYear)), referenceYear);
        var times = SentenceTimes.AnchoredSpans(ownTimes, start, text);
        var modals = ModalityRecognizer.Recognize(slice, start);

        // An estimate or forecast opening the sentence (预计全年…, 据气象部门预测，…), or a clause saying what the subject is.
        var head = doc.ClauseText(clauses[0]);
        bool statement = head.StartsWith("预计", StringComparison.Ordinal) || head.StartsWith("据", StringComparison.Ordinal)
            || (head.Length <= 12 && (head.Contains("预测", StringComparison.Ordinal) || head.Contains("预计", StringComparison.Ordinal)));
        for (int k = 1; k < clauses.Count && !statement; k++)
        {
            statement = ModalHeads.CopulaStarts.LongestPrefix(doc.ClauseText(clauses[k])) is not null;
        }

        // A point in the reference year (办好2026年全国“村BA”… in a 2026 report) does not set the sentence apart from the
        // scope's deadline: only other points and spans of time do.
        bool timed = SetsApart(ownTimes, referenceYear, except: null);

        if (doc.Actions.OpensItem(head))
        {
            state.CarriedActor = null; // 第二，…: a new item of the list; the last item's subject stays there
        }

        bool pastSentence = doc.Cues.PastHeads.LongestPrefix(head) is not null
            || (times.Length > 0 && times[0].IsPast && times[0].Span.Start - start <= 2);
        bool turnsToFuture = heads.HasHeadModal(clauses, modals) || SentenceTimes.HasFutureDeadline(times, referenceYear)
            || (state.Zone == Zone.Other && state.OpenerZone && OpensItemOfActions(clauses));
        if (pastSentence)
        {
            state.PastContext = true;
        }
        else if (!modals.IsEmpty || times.Any(t => t.IsDeadline && t.Kind != TimeKind.Recurring))
        {
            state.PastContext = false;
        }

        // The zone a sentence opening sets (一年来 → review, 同时也要看到 → other) lasts until a sentence turns to what is to be done.
        if (ZoneClassifier.Instance.ClassifyOpener(slice, referenceYear) is { } opened && !isHeading)
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
        bool perfective = modals.IsEmpty && doc.Cues.HasPerfective(slice);
        if (!pastSentence && !perfective && times.Length > 0 && times[0].IsDeadline && times[0].Kind is TimeKind.Relative or TimeKind.Period or TimeKind.Within && times[0].Year is not null
            && doc.HeadPosition(start, times[0].Span.Start).AtHead && (times[0].Kind is TimeKind.Period or TimeKind.Within || !SentenceTimes.IsFirm(times[0]))
            && times[0].Text != "当年")
        {
            // 今年，…; 今年是…开局之年; 新的一年，…; 未来五年是…关键时期: the year of the rest of the paragraph. 当年 opening a sentence is as often the
            // past (当年的蛇口开山炮声犹然在耳) and dates nothing after it; so does a sentence that states what was done
            // (今年9月，在北京举办…，吸引了…).
            state.ParagraphTime = times[0];

            // The span that opens the paragraph (未来五年是…，主要目标任务是：…) dates the clauses after it as it dates the sentences after it.
            timed = SetsApart(ownTimes, referenceYear, except: times[0].Span);
        }

        var carried = state.Frame ? state.FrameDeadline : null;
        var s = _sentence;
        s.Section = section;
        s.Paragraph = state;
        s.IsHeading = isHeading;
        s.Clauses = clauses;
        s.Begin(text, start, end);
        s.Times = times;
        s.Modals = modals;
        s.Timed = timed;
        s.Zone = zone;
        s.Statement = statement;
        s.Past = pastSentence || perfective || state.PastContext || zone == Zone.Review;
        s.Index = 0;
        s.Governing = null;
        s.Carried = carried;
        s.Sticky = state.Frame && carried is not null;
        s.Frame = false;
        s.InheritedFrame = state.Frame;
        s.LastIndicator = null;
        return s;
    }

    /// <summary>
    /// Whether the sentence opens an item of a list with an action (第一，团结互助，共抗疫情): after a situation (当前，世界格局加速演变…) a
    /// list of actions is what the speaker proposes.
    /// </summary>
    private bool OpensItemOfActions(List<Clause> clauses)
    {
        var head = doc.ClauseText(clauses[0]);
        if (!doc.Actions.OpensItem(head))
        {
            return false;
        }

        // The item word may stand alone before the comma (第一，团结互助): then the action is the next clause.
        return doc.Actions.IsAction(head, throughPreposition: false)
            || (clauses.Count > 1 && head.Trim().Length <= MaxItemWord && doc.Actions.IsAction(doc.ClauseText(clauses[1]), throughPreposition: false));
    }

    /// <summary>Whether a time of the sentence, other than the one at <paramref name="except"/>, is a span or a point other than the reference year.</summary>
    private static bool SetsApart(System.Collections.Immutable.ImmutableArray<TimeMatch> times, int? referenceYear, Text.TextSpan? except)
    {
        foreach (var t in times)
        {
            if ((except is not { } skip || !t.Span.OverlapsWith(skip)) && (t.Kind is TimeKind.Within or TimeKind.Period || (t.Kind == TimeKind.By && t.Year != referenceYear)))
            {
                return true;
            }
        }

        return false;
    }
}
