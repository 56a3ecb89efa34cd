namespace Verify.Theory.Symbolic.Compilation;

/// <summary>
/// Hash-consed form of a list of expression trees: structurally equal subtrees become one
/// node, numbered so that children come before their parents. Keys are built from child
/// numbers, so the cost is linear in the size of the trees (hashing the records themselves
/// would rehash every subtree at every level).
/// </summary>
internal sealed class ExpressionDag
{
    private readonly List<Node> nodes = [];
    private readonly Dictionary<Key, int> ids = [];
    private readonly Dictionary<Expr, int> seen = new(ReferenceEqualityComparer.Instance);

    public ExpressionDag(IEnumerable<Expr> roots)
    {
        Roots = [.. roots.Select(Intern)];
        var uses = new int[nodes.Count];
        foreach (var node in nodes)
        {
            foreach (int child in node.Children) uses[child]++;
        }
        foreach (int root in Roots) uses[root]++;
        Uses = uses;
    }

    /// <summary>One distinct subexpression: a representative tree and its children's ids.</summary>
    public readonly record struct Node(Expr Source, int[] Children);

    /// <summary>The distinct nodes; every child id is smaller than its parent's.</summary>
    public IReadOnlyList<Node> Nodes => nodes;

    /// <summary>The node id of each root, in order.</summary>
    public IReadOnlyList<int> Roots { get; }

    /// <summary>Per node: references from distinct parents (a child listed twice in one
    /// parent counts twice) plus references as a root.</summary>
    public IReadOnlyList<int> Uses { get; }

    private int Intern(Expr e)
    {
        if (seen.TryGetValue(e, out int known)) return known;
        int[] children = [.. e.Children.Select(Intern)];
        object payload = e switch
        {
            Num n => n.Value,
            Sym s => s,
            Pow p => p.Exponent.Reduce(),
            Call c => c.Function,
            _ => e.GetType(),
        };
        var key = new Key(e.GetType(), payload, children);
        if (!ids.TryGetValue(key, out int id))
        {
            id = nodes.Count;
            nodes.Add(new Node(e, children));
            ids.Add(key, id);
        }
        seen[e] = id;
        return id;
    }

    private readonly struct Key(Type kind, object payload, int[] children) : IEquatable<Key>
    {
        private readonly Type kind = kind;
        private readonly object payload = payload;
        private readonly int[] children = children;

        public bool Equals(Key other) =>
            kind == other.kind && payload.Equals(other.payload) &&
            children.AsSpan().SequenceEqual(other.children);

        public override bool Equals(object? obj) => obj is Key k && Equals(k);

        public override int GetHashCode()
        {
            var h = new HashCode();
            h.Add(kind);
            h.Add(payload);
            foreach (int c in children) h.Add(c);
            return h.ToHashCode();
        }
    }
}
