namespace Verify.Theory.Symbolic.Algebra;

/// <summary>
/// An indeterminate of the canonical polynomial ring: a symbol, a function applied to a
/// canonical argument, or a root b^(1/q) of a canonical rational function b. Atoms are compared by
/// kind, then by their parts, so that term order (and hence printing) is deterministic.
/// </summary>
internal sealed class Atom : IComparable<Atom>, IEquatable<Atom>
{
    private enum AtomKind { Symbol = 0, Call = 1, Root = 2 }

    private readonly AtomKind kind;
    private readonly int hash;

    private Atom(AtomKind kind, string key, Expr expr)
    {
        this.kind = kind;
        Key = key;
        Expr = expr;
        hash = HashCode.Combine(kind, key);
    }

    /// <summary>The symbol, when this atom is one.</summary>
    public Sym? Symbol { get; private init; }

    /// <summary>The function, when this atom is a call.</summary>
    public Fn Function { get; private init; }

    /// <summary>The canonical argument of a call, or the base of a root.</summary>
    public RationalFunction? Argument { get; private init; }

    /// <summary>q for the root b^(1/q); 0 otherwise.</summary>
    public int RootDegree { get; private init; }

    /// <summary>The atom as an expression tree (b^(1/q) for a root).</summary>
    public Expr Expr { get; }

    /// <summary>Canonical text; equal atoms have equal keys.</summary>
    public string Key { get; }

    public bool IsSymbol => kind == AtomKind.Symbol;
    public bool IsRoot => kind == AtomKind.Root;

    public static Atom OfSymbol(Sym s) => new(AtomKind.Symbol, s.Key, s) { Symbol = s };

    public static Atom OfCall(Fn f, RationalFunction argument)
    {
        var e = new Call(f, argument.ToExpr());
        return new Atom(AtomKind.Call, e.ToString(), e) { Function = f, Argument = argument };
    }

    /// <summary>b^(1/q) for a canonical rational function b.</summary>
    public static Atom OfRoot(RationalFunction b, int q)
    {
        var e = new Pow(b.ToExpr(), new Fractions.Fraction(1, q));
        return new Atom(AtomKind.Root, e.ToString(), e) { Argument = b, RootDegree = q };
    }

    public int CompareTo(Atom? other)
    {
        if (other is null) return 1;
        if (ReferenceEquals(this, other)) return 0;
        int c = kind.CompareTo(other.kind);
        if (c != 0) return c;
        switch (kind)
        {
            case AtomKind.Symbol:
                c = string.CompareOrdinal(Symbol!.Name, other.Symbol!.Name);
                return c != 0 ? c : Symbol.Indices.CompareTo(other.Symbol.Indices);
            case AtomKind.Call:
                c = Function.CompareTo(other.Function);
                return c != 0 ? c : string.CompareOrdinal(Key, other.Key);
            default:
                c = RootDegree.CompareTo(other.RootDegree);
                return c != 0 ? c : string.CompareOrdinal(Key, other.Key);
        }
    }

    public bool Equals(Atom? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (hash == other.hash && kind == other.kind && Key == other.Key));

    public override bool Equals(object? obj) => obj is Atom a && Equals(a);
    public override int GetHashCode() => hash;
    public override string ToString() => Key;
}
