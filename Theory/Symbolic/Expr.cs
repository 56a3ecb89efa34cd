using System.Collections.Immutable;
using Fractions;

namespace Verify.Theory.Symbolic;

/// <summary>
/// An immutable symbolic expression. Nodes are sealed records under this root; structural
/// equality is value equality. Trees built with the operators are not simplified: call
/// <see cref="Canonical.Simplify"/> for the canonical form.
/// </summary>
public abstract record Expr
{
    private protected Expr() { }

    /// <summary>The constant 0.</summary>
    public static readonly Num Zero = new(Fraction.Zero);

    /// <summary>The constant 1.</summary>
    public static readonly Num One = new(Fraction.One);

    /// <summary>A rational constant.</summary>
    public static Num Constant(Fraction value) => new(value);

    /// <summary>An integer constant.</summary>
    public static Num Constant(long value) => new(new Fraction(value));

    /// <summary>A plain variable, or an indexed one such as <c>u[1]</c> or <c>W[1,2]</c>.</summary>
    public static Sym Symbol(string name, params int[] indices) => new(name, new Indices(indices));

    /// <summary>A sum, flattening nested sums.</summary>
    public static Expr Sum(IEnumerable<Expr> terms)
    {
        var list = ImmutableArray.CreateBuilder<Expr>();
        foreach (var t in terms)
        {
            if (t is Add a) list.AddRange(a.Terms);
            else list.Add(t);
        }
        return list.Count switch
        {
            0 => Zero,
            1 => list[0],
            _ => new Add(list.ToImmutable()),
        };
    }

    /// <summary>A product, flattening nested products.</summary>
    public static Expr Product(IEnumerable<Expr> factors)
    {
        var list = ImmutableArray.CreateBuilder<Expr>();
        foreach (var f in factors)
        {
            if (f is Mul m) list.AddRange(m.Factors);
            else list.Add(f);
        }
        return list.Count switch
        {
            0 => One,
            1 => list[0],
            _ => new Mul(list.ToImmutable()),
        };
    }

    /// <summary><paramref name="b"/> raised to a rational constant.</summary>
    public static Expr Power(Expr b, Fraction exponent) =>
        exponent == Fraction.One ? b : new Pow(b, exponent);

    /// <summary>A function applied to an argument.</summary>
    public static Call Apply(Fn function, Expr argument) => new(function, argument);

    public static Expr operator +(Expr a, Expr b) => Sum([a, b]);
    public static Expr operator -(Expr a, Expr b) => Sum([a, -b]);
    public static Expr operator -(Expr a) => a is Num n ? new Num(-n.Value) : Product([new Num(Fraction.MinusOne), a]);
    public static Expr operator *(Expr a, Expr b) => Product([a, b]);
    public static Expr operator /(Expr a, Expr b) => Product([a, new Pow(b, Fraction.MinusOne)]);
    public static implicit operator Expr(long value) => Constant(value);

    /// <summary>The text syntax, which <see cref="ExprParser.Parse"/> reads back.</summary>
    public sealed override string ToString() => ExprPrinter.ToText(this);

    /// <summary>The direct children of this node.</summary>
    public abstract IEnumerable<Expr> Children { get; }
}

/// <summary>An exact rational constant (always reduced, positive denominator).</summary>
public sealed record Num(Fraction Value) : Expr
{
    public Fraction Value { get; } = Value.IsNaN || Value.IsInfinity
        ? throw Errors.NotFinite(Value)
        : Value.Reduce();

    public override IEnumerable<Expr> Children => [];
}

/// <summary>A variable: a name and zero or more integer indices, written <c>u[1]</c>.</summary>
public sealed record Sym(string Name, Indices Indices) : Expr
{
    public Sym(string name) : this(name, Indices.None) { }

    /// <summary>The name with its indices, e.g. <c>u[1]</c>; unique per variable.</summary>
    public string Key => Indices.Count == 0 ? Name : $"{Name}[{string.Join(",", Indices)}]";

    public override IEnumerable<Expr> Children => [];
}

/// <summary>An n-ary sum (two or more terms when built through <see cref="Expr.Sum"/>).</summary>
public sealed record Add(ImmutableArray<Expr> Terms) : Expr
{
    public override IEnumerable<Expr> Children => Terms;
    public bool Equals(Add? other) => other is not null && Terms.SequenceEqual(other.Terms);
    public override int GetHashCode() => Hash.Of(1, Terms);
}

/// <summary>An n-ary product. A quotient a/b is the product of a and b^(-1).</summary>
public sealed record Mul(ImmutableArray<Expr> Factors) : Expr
{
    public override IEnumerable<Expr> Children => Factors;
    public bool Equals(Mul? other) => other is not null && Factors.SequenceEqual(other.Factors);
    public override int GetHashCode() => Hash.Of(2, Factors);
}

/// <summary>A power with a rational constant exponent: b^(p/q).</summary>
public sealed record Pow(Expr Base, Fraction Exponent) : Expr
{
    public override IEnumerable<Expr> Children => [Base];
}

/// <summary>A function of one argument.</summary>
public sealed record Call(Fn Function, Expr Argument) : Expr
{
    public override IEnumerable<Expr> Children => [Argument];
}

internal static class Hash
{
    public static int Of(int seed, ImmutableArray<Expr> items)
    {
        var h = new HashCode();
        h.Add(seed);
        foreach (var e in items) h.Add(e);
        return h.ToHashCode();
    }
}
