using System.Collections.Immutable;
using PolicySpeech.Text;

namespace PolicySpeech.Syntax;

/// <summary>
/// A node of a <see cref="SpeechSyntaxTree"/>: a kind, a span, a parent and children. Tokens are nodes
/// too (<see cref="SyntaxToken"/>); they have no children and carry the trivia. Immutable and thread-safe.
/// </summary>
public abstract class SyntaxNode
{
    // Memory: a 60 MB speech has about six million nodes and tokens, so every field counts. A node keeps its kind, its
    // parent and its children; its spans come from its first and last child (a walk down a handful of levels), a token
    // keeps its own (SyntaxToken), and only the root keeps the tree (DocumentSyntax).
    private SyntaxNode? _parent;

    private protected SyntaxNode(SyntaxKind kind, ImmutableArray<SyntaxNode> children)
    {
        Kind = kind;
        Children = children;
        foreach (var child in children)
        {
            child._parent = this;
        }
    }

    /// <summary>Creates a leaf (a token) with no children; the token keeps its spans.</summary>
    private protected SyntaxNode(SyntaxKind kind)
    {
        Kind = kind;
        Children = [];
    }

    /// <summary>What the node is.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>The node that contains this one, or <see langword="null"/> for the root.</summary>
    public SyntaxNode? Parent => _parent;

    /// <summary>The tree the node belongs to.</summary>
    public SpeechSyntaxTree Tree
    {
        get
        {
            var node = this;
            while (node._parent is not null)
            {
                node = node._parent;
            }

            return (node as DocumentSyntax)?.AttachedTree ?? throw new InvalidOperationException("The node is not part of a tree.");
        }
    }

    /// <summary>The child nodes and tokens, in text order.</summary>
    public ImmutableArray<SyntaxNode> Children { get; }

    /// <summary>Whether this is a <see cref="SyntaxToken"/>.</summary>
    public bool IsToken => this is SyntaxToken;

    /// <summary>The span of the node's text without the leading trivia of its first token and the trailing trivia of its last (empty, at 0, for a node without children).</summary>
    public virtual TextSpan Span => Children.Length == 0 ? default : TextSpan.FromBounds(Edge(Children[0], first: true, full: false), Edge(Children[^1], first: false, full: false));

    /// <summary>The span of the node's text with all its trivia (empty, at 0, for a node without children).</summary>
    public virtual TextSpan FullSpan => Children.Length == 0 ? default : TextSpan.FromBounds(Edge(Children[0], first: true, full: true), Edge(Children[^1], first: false, full: true));

    // The start of the first token (or the end of the last) under node, walked down one edge of the tree: 0 where the walk meets a
    // node without children, as Span gives for one.
    private static int Edge(SyntaxNode node, bool first, bool full)
    {
        SyntaxToken? token;
        while ((token = node as SyntaxToken) is null)
        {
            if (node.Children.Length == 0)
            {
                return 0;
            }

            node = first ? node.Children[0] : node.Children[^1];
        }

        var span = full ? token.FullSpan : token.Span;
        return first ? span.Start : span.End;
    }

    /// <summary>The first token of the node (itself for a token). Every node the parser makes has at least one child, so there is one.</summary>
    public SyntaxToken FirstToken => this as SyntaxToken ?? Children[0].FirstToken;

    /// <summary>The last token of the node (itself for a token; the end-of-file token for the document).</summary>
    public SyntaxToken LastToken => this as SyntaxToken ?? Children[^1].LastToken;

    /// <summary>The 0-based line and column range of <see cref="Span"/>.</summary>
    /// <returns>The range.</returns>
    public LinePositionSpan GetLineSpan() => Tree.Text.GetLinePositionSpan(Span);

    /// <summary>The location of the node (path, span, line span).</summary>
    /// <returns>The location.</returns>
    public Location GetLocation() => Location.Create(Tree.Path, Tree.Text, Span);

    /// <summary>The child nodes that are not tokens.</summary>
    /// <returns>The child nodes, in text order.</returns>
    public IEnumerable<SyntaxNode> ChildNodes() => Children.Where(c => !c.IsToken);

    /// <summary>All the nodes below this one, depth first in text order, tokens excluded unless asked for.</summary>
    /// <param name="includeTokens">Whether to include tokens.</param>
    /// <returns>The nodes.</returns>
    public IEnumerable<SyntaxNode> DescendantNodes(bool includeTokens = false)
    {
        var stack = new Stack<(SyntaxNode Node, int Index)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, index) = stack.Pop();
            if (index < node.Children.Length)
            {
                stack.Push((node, index + 1));
                var child = node.Children[index];
                if (!child.IsToken || includeTokens)
                {
                    yield return child;
                }

                if (!child.IsToken)
                {
                    stack.Push((child, 0));
                }
            }
        }
    }

    /// <summary>All the tokens of the node in text order.</summary>
    /// <returns>The tokens.</returns>
    public IEnumerable<SyntaxToken> DescendantTokens() =>
        this is SyntaxToken token ? [token] : DescendantNodes(includeTokens: true).OfType<SyntaxToken>();

    /// <summary>The nodes that contain this one, from the parent up to the root.</summary>
    /// <returns>The ancestors.</returns>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = _parent; node is not null; node = node._parent)
        {
            yield return node;
        }
    }

    /// <summary>The innermost node (not token) whose full span contains <paramref name="position"/>.</summary>
    /// <param name="position">An offset inside the node's full span.</param>
    /// <returns>The node, or this node when no child contains the position.</returns>
    public SyntaxNode FindNode(int position)
    {
        var node = this;
        while (true)
        {
            SyntaxNode? next = null;
            foreach (var child in node.Children)
            {
                if (!child.IsToken && child.FullSpan.Contains(position))
                {
                    next = child;
                    break;
                }
            }

            if (next is null)
            {
                return node;
            }

            node = next;
        }
    }

    /// <summary>The token whose full span contains <paramref name="position"/> (the end-of-file token at the end).</summary>
    /// <param name="position">An offset.</param>
    /// <returns>The token.</returns>
    public SyntaxToken FindToken(int position)
    {
        var node = this;
        while (node is not SyntaxToken)
        {
            SyntaxNode next = node.Children[^1];
            foreach (var child in node.Children)
            {
                if (child.FullSpan.Contains(position))
                {
                    next = child;
                    break;
                }
            }

            node = next;
        }

        return (SyntaxToken)node;
    }

    /// <summary>Calls the visitor's method for this kind of node.</summary>
    /// <param name="walker">The walker.</param>
    public abstract void Accept(SyntaxWalker walker);

    /// <summary>The node's text without its outer trivia.</summary>
    /// <returns>The text of <see cref="Span"/>.</returns>
    public override string ToString() => Tree.Text.ToString(Span);

    /// <summary>The node's text with all its trivia: for the root, exactly the document's text.</summary>
    /// <returns>The text of <see cref="FullSpan"/>.</returns>
    public string ToFullString() => Tree.Text.ToString(FullSpan);
}
