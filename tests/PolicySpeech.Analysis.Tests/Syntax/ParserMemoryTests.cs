using System.Text;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Syntax;

/// <summary>
/// Memory (issue #12): a speech under the 64 MB limit must analyse in under 1 GB, and the syntax tree is the largest part
/// (about six million nodes for 60 MB). A cheap, deterministic proxy: the bytes this thread allocates to parse, per node
/// of the tree (a node used to cost 64 bytes, its spans and the tree stored in every node; now 40, a token 56).
/// </summary>
public sealed class ParserMemoryTests
{
    private static string GeneratedSpeech(int paragraphs)
    {
        var b = new StringBuilder("在全省工作推进会上的讲话\n\n同志们：\n\n");
        string[] numbers = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
        for (int p = 0; p < paragraphs; p++)
        {
            if (p % 20 == 0)
            {
                b.Append(numbers[p / 20 % 10]).Append("、加强组织领导\n");
            }

            b.Append("要深入开展第").Append(p).Append("项健康行动，压实各级责任、细化工作措施，确保各项任务落实到位。");
            b.Append("今年新增就业").Append(p % 97).Append("万人以上，城镇调查失业率控制在5.5%左右。\n");
        }

        return b.ToString();
    }

    [Fact]
    public void ParsingAllocatesFewBytesPerNode()
    {
        var text = SourceText.From(GeneratedSpeech(4000));
        SpeechSyntaxTree.Parse(text); // warm up (regexes, lexicons)
        long before = GC.GetAllocatedBytesForCurrentThread();
        var tree = SpeechSyntaxTree.Parse(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        int nodes = tree.Root.DescendantNodes(includeTokens: true).Count() + 1;
        double perNode = (double)allocated / nodes;
        Assert.True(nodes > 50_000, $"{nodes} nodes");
        Assert.True(perNode < 76, $"parsing allocated {perNode:F1} bytes per node ({allocated:N0} bytes, {nodes:N0} nodes)");
        Assert.Equal(text.ToString(), tree.Root.ToFullString());
    }

    [Fact]
    public void SpansComeFromTheChildren()
    {
        var tree = SpeechSyntaxTree.Parse(SourceText.From("同志们：\n\n  要加强组织领导，压实责任。  \n"));
        foreach (var node in tree.Root.DescendantNodes().Where(n => !n.IsToken))
        {
            Assert.Equal(node.Children[0].Span.Start, node.Span.Start);
            Assert.Equal(node.Children[^1].Span.End, node.Span.End);
            Assert.Equal(node.Children[0].FullSpan.Start, node.FullSpan.Start);
            Assert.Equal(node.Children[^1].FullSpan.End, node.FullSpan.End);
            Assert.Same(tree, node.Tree);
        }
    }
}
