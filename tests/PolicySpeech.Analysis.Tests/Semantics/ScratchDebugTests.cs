using PolicySpeech.Semantics;
using Xunit.Abstractions;

namespace PolicySpeech.Tests.Semantics;

public sealed class ScratchDebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var t in TimeExpressionRecognizer.Recognize("市工业和信息化局要牵头制定产业集群培育方案，在明年3月底前报市政府审定。", 2024))
        {
            output.WriteLine($"{t.Text} {t.Kind} {t.Year} {t.Span}");
        }
    }
}
