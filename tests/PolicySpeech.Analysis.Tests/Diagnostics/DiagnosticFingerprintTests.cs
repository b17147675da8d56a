using System.Text;
using PolicySpeech.Diagnostics;

namespace PolicySpeech.Tests.Diagnostics;

/// <summary>The fingerprint's character-by-character NFKC path gives what ICU's normalisation gives.</summary>
public sealed class DiagnosticFingerprintTests
{
    [Fact]
    public void EveryCharacterOfTheFastPathIsItsOwnNfkcForm()
    {
        int covered = 0;
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            char k = DiagnosticFingerprint.SimpleKC(c);
            if (k == '\uFFFF')
            {
                continue;
            }

            covered++;
            Assert.True(c.ToString().Normalize(NormalizationForm.FormKC) == k.ToString(), $"U+{i:X4}");
        }

        Assert.True(covered > 21000, $"{covered}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void FastAndIcuPathsAgree(int seed)
    {
        const string pool = "加强组织领导，。、；：！？（）《》“”‘’「」『』【】〈〉—·〇 \u3000\tabcXYZ019,.;:!?()\"'ＡＢＣ１２３…\u0301é\uD840\uDC00\uD800ｶ";
        var random = new Random(seed);
        for (int n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 300);
            for (int k = 0; k < length; k++)
            {
                builder.Append(pool[random.Next(random.Next(2) == 0 ? 40 : pool.Length)]);
            }

            var text = builder.ToString();
            Assert.Equal(DiagnosticFingerprint.SlowNormalisedText(text), DiagnosticFingerprint.NormalisedText(text.AsSpan()));
        }
    }
}
