using PolicySpeech.Syntax;
using System.Buffers;
using PolicySpeech.Analyzers;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// Finds redacted placeholders — runs of <c>*</c>/<c>＊</c>, <c>××</c>, <c>XX</c>, <c>○○</c> and <c>□</c> that stand for
/// removed content — and classifies each: a number (a unit of <c>Lexicons/Semantics/units.txt</c> or % follows, the same
/// unit list <see cref="QuantityRecognizer"/> reads), part of a name (a quoted title, a word around it) or unknown.
/// Footnote stars, <c>X光</c>, <c>XX-1型</c>-like product codes and ○ used as zero (二○二四) are not placeholders.
/// The one detector behind <see cref="SemanticModel.Placeholders"/> and the rule PS1001.
/// </summary>
internal static class PlaceholderRecognizer
{
    /// <summary>The characters a placeholder run starts with.</summary>
    private static readonly SearchValues<char> Triggers = SearchValues.Create("*＊×XxＸｘ○〇◯□■△");

    /// <summary>Finds the placeholders of a text, in order.</summary>
    public static IEnumerable<Placeholder> Find(string text)
    {
        int i = 0;
        while ((i = TriggerSearch.Next(text, i, Triggers)) >= 0)
        {
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
                    end = SyntaxFacts.RunEnd(text, i, ch => ch == '×');
                    found = end - i >= 2 && HasChineseNeighbour(text, i, end);
                    break;
                case 'X' or 'x' or 'Ｘ' or 'ｘ':
                    end = SyntaxFacts.RunEnd(text, i, ch => ch is 'X' or 'x' or 'Ｘ' or 'ｘ');
                    found = IsLetterPlaceholder(text, i, end);
                    break;
                case '○' or '〇' or '◯':
                    end = SyntaxFacts.RunEnd(text, i, ch => ch is '○' or '〇' or '◯');
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
        if (LineIsOnly(text, start, end) || (AtLineStart(text, start) && (SyntaxFacts.IsTriviaSpace(after) || after is '注' or '：' or ':')))
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
        if (end - start == 1 && !SyntaxFacts.IsHan(after) && !char.IsAsciiDigit(after) && !IsUnitStart(text, end)
            && !IsOpeningQuote(before) && !(IsClosingQuote(after) && IsOpeningQuote(before)))
        {
            return false;
        }

        return SyntaxFacts.IsChinese(before) || SyntaxFacts.IsChinese(after) || IsUnitStart(text, end) || char.IsAsciiDigit(before) || char.IsAsciiDigit(after);
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

        return SyntaxFacts.IsChinese(before) || SyntaxFacts.IsChinese(after);
    }

    private static bool IsBoxPlaceholder(string text, int start, int end)
    {
        char after = After(text, end);
        if (AtLineStart(text, start) && (SyntaxFacts.IsTriviaSpace(after) || SyntaxFacts.IsLineBreak(after)))
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
        SyntaxFacts.IsChinese(Before(text, start)) || SyntaxFacts.IsChinese(After(text, end)) || IsUnitStart(text, end);

    private static bool AtLineStart(string text, int start)
    {
        for (int i = start - 1; i >= 0; i--)
        {
            if (SyntaxFacts.IsLineBreak(text[i]))
            {
                return true;
            }

            if (!SyntaxFacts.IsTriviaSpace(text[i]))
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

        for (int i = end; i < text.Length && !SyntaxFacts.IsLineBreak(text[i]); i++)
        {
            if (!SyntaxFacts.IsTriviaSpace(text[i]) && text[i] is not ('*' or '＊'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOpeningQuote(char c) => c is '“' or '‘' or '「' or '『' or '《' or '〈' or '"';

    private static bool IsClosingQuote(char c) => c is '”' or '’' or '」' or '』' or '》' or '〉' or '"';

    private static bool IsUnitStart(string text, int end) => QuantityRecognizer.UnitAt(text, end) is not null;

    private static Placeholder Classify(string text, int start, int end)
    {
        var span = TextSpan.FromBounds(start, end);
        var written = text.Substring(start, end - start);
        char before = Before(text, start);
        char after = After(text, end);
        var unit = QuantityRecognizer.UnitAt(text, end);

        // A quoted or titled name: “**技工”, 《**条例》 (a percentage stays a number).
        if (IsOpeningQuote(before) && unit is not ("%" or "％" or "‰"))
        {
            return new Placeholder(span, written, PlaceholderKind.Name, null);
        }

        if (unit is not null)
        {
            return new Placeholder(span, written, PlaceholderKind.Number, unit);
        }

        // Digits around the run (20**年 is caught above; 1**, **3) or an ordinal (第**届).
        if (char.IsAsciiDigit(before) || char.IsAsciiDigit(after) || before is '.' || before == '第')
        {
            return new Placeholder(span, written, PlaceholderKind.Number, null);
        }

        if (SyntaxFacts.IsHan(before) || SyntaxFacts.IsHan(after) || IsClosingQuote(after))
        {
            return new Placeholder(span, written, PlaceholderKind.Name, null);
        }

        return new Placeholder(span, written, PlaceholderKind.Unknown, null);
    }
}
