using System.Buffers;
using System.Collections.Immutable;
using PolicySpeech.Diagnostics;
using PolicySpeech.Text;

namespace PolicySpeech.Analyzers;

/// <summary>
/// PS1001: redacted placeholders — runs of <c>*</c>/<c>＊</c>, <c>××</c>, <c>XX</c>, <c>○○</c> and <c>□</c> that stand for
/// removed content. Each run is classified by the property <c>kind</c>: <c>number</c> (a unit or % follows, property
/// <c>unit</c>), <c>name</c> (part of a name or a quoted title) or <c>unknown</c>. Footnote stars, <c>X光</c>,
/// <c>XX-1型</c>-like product codes and ○ used as zero (二○二四) are not reported.
/// </summary>
[SpeechAnalyzer]
internal sealed class PlaceholderAnalyzer() : BuiltInAnalyzer(BuiltInRules.RedactedPlaceholder)
{
    /// <summary>The characters a placeholder run starts with.</summary>
    private static readonly SearchValues<char> Triggers = SearchValues.Create("*＊×XxＸｘ○〇◯□■△");

    private static readonly Lazy<UnitMatcher> Units = new(() => new UnitMatcher(RuleText.ReadLexicon("placeholder-units.txt")));

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.RegisterDocumentAction(Analyze);
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        var tree = context.Tree;
        var text = tree.Text.ToString();
        foreach (var placeholder in Find(text))
        {
            var properties = ImmutableDictionary<string, string?>.Empty.Add("kind", placeholder.Kind);
            if (placeholder.Unit is not null)
            {
                properties = properties.Add("unit", placeholder.Unit);
            }

            var description = placeholder.Kind switch
            {
                "number" => placeholder.Unit is null ? "a number" : $"a number of {placeholder.Unit}",
                "name" => "part of a name",
                _ => "unknown content",
            };
            var span = placeholder.Span;
            context.ReportDiagnostic(Diagnostic.Create(BuiltInRules.RedactedPlaceholder, RuleText.Location(tree, span), text.Substring(span.Start, span.Length), description) with
            {
                Properties = properties,
            });
        }
    }

    /// <summary>A placeholder found in a text.</summary>
    internal readonly record struct Placeholder(TextSpan Span, string Kind, string? Unit);

    /// <summary>Finds the placeholders of a text, in order.</summary>
    internal static IEnumerable<Placeholder> Find(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int next = text.AsSpan(i).IndexOfAny(Triggers);
            if (next < 0)
            {
                yield break;
            }

            i += next;
            char c = text[i];
            int end;
            bool found;
            switch (c)
            {
                case '*' or '＊':
                    end = StarRunEnd(text, i);
                    found = IsStarPlaceholder(text, i, end);
                    break;
                case '×':
                    end = RunEnd(text, i, ch => ch == '×');
                    found = end - i >= 2 && HasChineseNeighbour(text, i, end);
                    break;
                case 'X' or 'x' or 'Ｘ' or 'ｘ':
                    end = RunEnd(text, i, ch => ch is 'X' or 'x' or 'Ｘ' or 'ｘ');
                    found = IsLetterPlaceholder(text, i, end);
                    break;
                case '○' or '〇' or '◯':
                    end = RunEnd(text, i, ch => ch is '○' or '〇' or '◯');
                    found = end - i >= 2 && !IsZero(text, i, end) && HasChineseNeighbour(text, i, end);
                    break;
                case '□' or '■' or '△':
                    end = i + 1;
                    while (end < text.Length && text[end] == c)
                    {
                        end++;
                    }

                    found = (c == '□' || end - i >= 2) && IsBoxPlaceholder(text, i, end);
                    break;
                default:
                    i++;
                    continue;
            }

            if (found)
            {
                yield return Classify(text, i, end);
            }

            i = end;
        }
    }

    private static int RunEnd(string text, int start, Func<char, bool> member)
    {
        int end = start;
        while (end < text.Length && member(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>A run of stars, allowing one decimal point between stars (<c>*.*%</c>).</summary>
    private static int StarRunEnd(string text, int start)
    {
        int end = start;
        while (end < text.Length)
        {
            if (text[end] is '*' or '＊')
            {
                end++;
            }
            else if (text[end] is '.' or '．' && end > start && end + 1 < text.Length && text[end + 1] is '*' or '＊')
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static char Before(string text, int i) => i > 0 ? text[i - 1] : '\n';

    private static char After(string text, int end) => end < text.Length ? text[end] : '\n';

    private static bool IsStarPlaceholder(string text, int start, int end)
    {
        char before = Before(text, start);
        char after = After(text, end);

        // A line of stars (a separator) or a star opening a note line (* 注：…, *数据来源…).
        if (LineIsOnly(text, start, end) || (AtLineStart(text, start) && (RuleText.IsSpace(after) || after is '注' or '：' or ':')))
        {
            return false;
        }

        // Arithmetic or code: stars between ASCII letters or digits (2*3, a**b).
        if (char.IsAsciiLetterOrDigit(before) && char.IsAsciiLetterOrDigit(after))
        {
            return false;
        }

        // A note marker: 注*, 注：*.
        if (before == '注' || (before is '：' or ':' && Before(text, start - 1) == '注'))
        {
            return false;
        }

        // A footnote star: a single star after a word, followed by nothing that a redacted value could be part of.
        if (end - start == 1 && !RuleText.IsHan(after) && !char.IsAsciiDigit(after) && !IsUnitStart(text, end)
            && !IsOpeningQuote(before) && !(IsClosingQuote(after) && IsOpeningQuote(before)))
        {
            return false;
        }

        return RuleText.IsChinese(before) || RuleText.IsChinese(after) || IsUnitStart(text, end) || char.IsAsciiDigit(before) || char.IsAsciiDigit(after);
    }

    private static bool IsLetterPlaceholder(string text, int start, int end)
    {
        if (end - start < 2)
        {
            return false; // X光, X射线, a single x
        }

        char before = Before(text, start);
        char after = After(text, end);
        if (char.IsAsciiLetterOrDigit(before) || char.IsAsciiLetterOrDigit(after) || before is '-' or '_' or '/' or '.' || after is '-' or '_' or '/' or '.' or '－')
        {
            return false; // part of an ASCII word, code or URL (XXL, 0xXX, XX-1)
        }

        if (after is '型' or '系' or '号' or '款')
        {
            return false; // a product or model code: XX型, XX系列
        }

        return RuleText.IsChinese(before) || RuleText.IsChinese(after);
    }

    private static bool IsBoxPlaceholder(string text, int start, int end)
    {
        char after = After(text, end);
        if (AtLineStart(text, start) && (RuleText.IsSpace(after) || RuleText.IsLineBreak(after)))
        {
            return false; // a bullet or a check box opening a line
        }

        return HasChineseNeighbour(text, start, end);
    }

    private static bool IsZero(string text, int start, int end)
    {
        char before = Before(text, start);
        char after = After(text, end);
        return SyntaxFactsIsNumeral(before) || SyntaxFactsIsNumeral(after) || after == '年' || char.IsAsciiDigit(before) || char.IsAsciiDigit(after);
    }

    private static bool SyntaxFactsIsNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '零' or '〇' or '○';

    private static bool HasChineseNeighbour(string text, int start, int end) =>
        RuleText.IsChinese(Before(text, start)) || RuleText.IsChinese(After(text, end)) || IsUnitStart(text, end);

    private static bool AtLineStart(string text, int start)
    {
        for (int i = start - 1; i >= 0; i--)
        {
            if (RuleText.IsLineBreak(text[i]))
            {
                return true;
            }

            if (!RuleText.IsSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LineIsOnly(string text, int start, int end)
    {
        if (!AtLineStart(text, start))
        {
            return false;
        }

        for (int i = end; i < text.Length && !RuleText.IsLineBreak(text[i]); i++)
        {
            if (!RuleText.IsSpace(text[i]) && text[i] is not ('*' or '＊'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOpeningQuote(char c) => c is '“' or '‘' or '「' or '『' or '《' or '〈' or '"';

    private static bool IsClosingQuote(char c) => c is '”' or '’' or '」' or '』' or '》' or '〉' or '"';

    private static bool IsUnitStart(string text, int end) => Units.Value.Match(text, end) is not null;

    private static Placeholder Classify(string text, int start, int end)
    {
        var span = TextSpan.FromBounds(start, end);
        char before = Before(text, start);
        char after = After(text, end);
        var unit = Units.Value.Match(text, end);

        // A quoted or titled name: “**技工”, 《**条例》 (a percentage stays a number).
        if (IsOpeningQuote(before) && unit is not ("%" or "％" or "‰"))
        {
            return new Placeholder(span, "name", null);
        }

        if (unit is not null)
        {
            return new Placeholder(span, "number", unit);
        }

        // Digits around the run (20**年 is caught above; 1**, **3) or an ordinal (第**届).
        if (char.IsAsciiDigit(before) || char.IsAsciiDigit(after) || before is '.' || before == '第')
        {
            return new Placeholder(span, "number", null);
        }

        if (RuleText.IsHan(before) || RuleText.IsHan(after) || IsClosingQuote(after))
        {
            return new Placeholder(span, "name", null);
        }

        return new Placeholder(span, "unknown", null);
    }

    /// <summary>Matches the longest unit (a magnitude prefix and/or a unit) at a position.</summary>
    private sealed class UnitMatcher
    {
        private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal);
        private readonly HashSet<string> _units = new(StringComparer.Ordinal);
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _unitLookup;
        private readonly int _maxPrefix;
        private readonly int _maxUnit;

        public UnitMatcher(ImmutableArray<string> lines)
        {
            var target = _units;
            foreach (var line in lines)
            {
                if (line == "[prefix]")
                {
                    target = _prefixes;
                }
                else if (line == "[unit]")
                {
                    target = _units;
                }
                else
                {
                    target.Add(line);
                }
            }

            _maxPrefix = _prefixes.Count == 0 ? 0 : _prefixes.Max(p => p.Length);
            _maxUnit = _units.Count == 0 ? 0 : _units.Max(p => p.Length);
            _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
            _unitLookup = _units.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public string? Match(string text, int at)
        {
            string? best = null;
            for (int p = Math.Min(_maxPrefix, text.Length - at); p >= 0; p--)
            {
                if (p > 0 && !_prefixLookup.Contains(text.AsSpan(at, p)))
                {
                    continue;
                }

                for (int u = Math.Min(_maxUnit, text.Length - at - p); u >= 1; u--)
                {
                    if (_unitLookup.Contains(text.AsSpan(at + p, u)))
                    {
                        var candidate = text.Substring(at, p + u);
                        if (best is null || candidate.Length > best.Length)
                        {
                            best = candidate;
                        }

                        break;
                    }
                }

                if (p > 0 && (best is null || best.Length < p))
                {
                    best = text.Substring(at, p);
                }
            }

            return best;
        }
    }
}
