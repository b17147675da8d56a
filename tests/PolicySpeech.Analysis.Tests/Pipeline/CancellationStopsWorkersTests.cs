using System.Text;

namespace PolicySpeech.Tests.Pipeline;

/// <summary>Regression test for issue #12: when the caller cancels or stops <c>AnalyzeManyAsync</c>, the workers stop too.</summary>
public sealed class CancellationStopsWorkersTests
{
    private static readonly byte[] Speech = Encoding.UTF8.GetBytes("在全省工作会议上的讲话\n\n同志们：\n\n今年要继续做好就业工作。\n");

    /// <summary>A document stream that takes a while to read and counts how many are open.</summary>
    private sealed class SlowStream(Counters counters) : MemoryStream(Speech, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            Thread.Sleep(100);
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            Thread.Sleep(100);
            return base.Read(buffer);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Interlocked.Decrement(ref counters.Open);
            }

            base.Dispose(disposing);
        }
    }

    private sealed class Counters
    {
        public int Open;
        public int Opened;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task StoppingAfterTheFirstResultLeavesNoWorkerRunning(bool cancel)
    {
        var counters = new Counters();
        async IAsyncEnumerable<DocumentSource> Sources()
        {
            for (int i = 0; i < 1000; i++)
            {
                await Task.Yield();
                yield return new DocumentSource($"{i}.txt", () =>
                {
                    Interlocked.Increment(ref counters.Opened);
                    Interlocked.Increment(ref counters.Open);
                    return new SlowStream(counters);
                });
            }
        }

        var analyzer = new DocumentAnalyzer();
        using var cts = new CancellationTokenSource();
        int results = 0;
        try
        {
            await foreach (var outcome in analyzer.AnalyzeManyAsync(Sources(), maxDegreeOfParallelism: 4, cts.Token))
            {
                Assert.True(outcome.Succeeded);
                results++;
                if (cancel)
                {
                    await cts.CancelAsync();
                }
                else
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (cancel)
        {
        }

        // When the enumeration has ended, no worker is still reading a document, and only the documents already started ran.
        Assert.Equal(1, results);
        Assert.Equal(0, Volatile.Read(ref counters.Open));
        Assert.InRange(Volatile.Read(ref counters.Opened), 1, 4 + 2);
    }
}
