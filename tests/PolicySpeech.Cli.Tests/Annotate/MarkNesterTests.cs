using PolicySpeech.Cli.Annotate;

namespace PolicySpeech.Cli.Tests.Annotate;

public sealed class MarkNesterTests
{
    [Fact]
    public void FindingInsideCommitmentNests()
    {
        var events = MarkNester.Nest(0, 10, [new Mark(2, 8, MarkLayer.Commitment, 0), new Mark(4, 6, MarkLayer.Finding, 0)]);
        Assert.Equal("[0,2)<C0[2,4)<F0[4,6)>F0[6,8)>C0[8,10)", Render(events));
    }

    [Fact]
    public void CrossingSpansAreSplitAtTheBoundary()
    {
        // F0 [1,5) and C0 [3,8) cross: C0 opens inside F0, is closed when F0 ends, and reopens.
        var events = MarkNester.Nest(0, 10, [new Mark(1, 5, MarkLayer.Finding, 0), new Mark(3, 8, MarkLayer.Commitment, 0)]);
        Assert.Equal("[0,1)<F0[1,3)<C0[3,5)>C0>F0<C0[5,8)>C0[8,10)", Render(events));
        var lastCloses = events.Where(e => e.Kind == MarkEventKind.Close && e.IsLastPiece).Select(e => (e.Mark.Layer, e.Start)).ToList();
        Assert.Equal([(MarkLayer.Finding, 5), (MarkLayer.Commitment, 8)], lastCloses);
    }

    [Fact]
    public void MarksAreClippedToTheRange()
    {
        var events = MarkNester.Nest(5, 10, [new Mark(0, 7, MarkLayer.Finding, 0), new Mark(9, 20, MarkLayer.Finding, 1)]);
        Assert.Equal("<F0[5,7)>F0[7,9)<F1[9,10)>F1", Render(events));
        Assert.False(events.Last().IsLastPiece); // F1 goes on past the range
    }

    [Fact]
    public void RandomMarksAlwaysNestAndCoverTheRangeInOrder()
    {
        var random = new Random(20240601);
        for (int round = 0; round < 500; round++)
        {
            int length = random.Next(1, 40);
            var marks = new List<Mark>();
            for (int i = 0, n = random.Next(0, 8); i < n; i++)
            {
                int a = random.Next(0, length);
                int b = random.Next(a + 1, length + 1);
                marks.Add(new Mark(a, b, (MarkLayer)random.Next(0, 2), i));
            }

            var events = MarkNester.Nest(0, length, marks);
            var stack = new Stack<Mark>();
            int position = 0;
            var covered = new Dictionary<Mark, int>();
            foreach (var e in events)
            {
                switch (e.Kind)
                {
                    case MarkEventKind.Open:
                        stack.Push(e.Mark);
                        break;
                    case MarkEventKind.Close:
                        Assert.Equal(e.Mark, stack.Pop()); // proper nesting
                        break;
                    default:
                        Assert.Equal(position, e.Start);
                        Assert.True(e.End > e.Start);
                        foreach (var m in stack)
                        {
                            Assert.True(m.Start <= e.Start && e.End <= m.End, "text inside a mark lies inside its span");
                            covered[m] = covered.GetValueOrDefault(m) + (e.End - e.Start);
                        }

                        position = e.End;
                        break;
                }
            }

            Assert.Empty(stack);
            Assert.Equal(length, position);
            foreach (var m in marks)
            {
                Assert.Equal(m.End - m.Start, covered.GetValueOrDefault(m)); // every character of every mark is marked
            }
        }
    }

    private static string Render(IEnumerable<MarkEvent> events) => string.Concat(events.Select(e => e.Kind switch
    {
        MarkEventKind.Open => $"<{e.Mark.Layer.ToString()[0]}{e.Mark.Index}",
        MarkEventKind.Close => $">{e.Mark.Layer.ToString()[0]}{e.Mark.Index}",
        _ => $"[{e.Start},{e.End})",
    }));
}
