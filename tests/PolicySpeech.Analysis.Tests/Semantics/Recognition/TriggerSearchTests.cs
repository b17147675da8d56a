using System.Buffers;
using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Recognition;

/// <summary>The scan the recognisers share: the next character that can begin a match.</summary>
public sealed class TriggerSearchTests
{
    private static readonly SearchValues<char> Stars = SearchValues.Create("*＊");

    [Theory]
    [InlineData("达到**%以上", 0, 2)]  // the first trigger
    [InlineData("达到**%以上", 3, 3)]  // a trigger at the start position itself
    [InlineData("达到**%以上", 4, -1)] // none after
    [InlineData("达到＊＊万人", 0, 2)] // the full-width star too
    [InlineData("", 0, -1)]            // empty text
    [InlineData("**", 2, -1)]          // at the end
    [InlineData("**", 5, -1)]          // past the end
    public void NextFindsTheFirstTriggerAtOrAfterThePosition(string text, int from, int expected)
    {
        Assert.Equal(expected, TriggerSearch.Next(text, from, Stars));
    }
}
