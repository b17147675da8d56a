namespace PolicySpeech.Syntax;

/// <summary>How a heading is numbered. The order is the usual nesting order, outermost first.</summary>
public enum HeadingStyle
{
    /// <summary><c>第一部分</c>.</summary>
    Part,

    /// <summary><c>一、</c>.</summary>
    ChineseNumeral,

    /// <summary><c>（一）</c> or <c>(一)</c>.</summary>
    ParenthesizedChineseNumeral,

    /// <summary><c>1.</c>, <c>1．</c> or <c>1、</c>.</summary>
    ArabicNumeral,

    /// <summary><c>（1）</c> or <c>(1)</c>.</summary>
    ParenthesizedArabicNumeral,

    /// <summary><c>①</c>.</summary>
    CircledNumeral,

    /// <summary><c>第一，</c> opening a paragraph.</summary>
    Ordinal,

    /// <summary><c>一是</c> opening a paragraph.</summary>
    Enumerator,
}
