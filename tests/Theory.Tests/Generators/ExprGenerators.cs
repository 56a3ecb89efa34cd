using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Fractions;
using Verify.Theory.Symbolic;

namespace Verify.Theory.Tests.Generators;

/// <summary>
/// Random expressions for property tests, built only through the factories
/// (<see cref="Expr.Sum"/>, <see cref="Expr.Product"/>, <see cref="Expr.Power"/>,
/// <see cref="Expr.Apply"/> and the operators), so sums and products are flat.
/// </summary>
/// <remarks>
/// <para>Depth grows with FsCheck's size up to <see cref="MaxDepth"/>; sums and products
/// have two or three children, so a tree has at most 3^<see cref="MaxDepth"/> leaves.</para>
/// <para>Leaves are variables from <see cref="VariablePool"/> or constants aimed at the
/// boundaries: 0, ±1, small integers and fractions, tiny (±10^−k) and huge (±10^k)
/// magnitudes with k up to 30.</para>
/// <para><see cref="Expression"/> is syntactic: it may hold 0^(−1), log(−1) or x − x as a
/// divisor, so filter before evaluating. <see cref="Polynomial"/> and
/// <see cref="RationalFunction"/> are meant for canonical-form and SymPy oracle tests and
/// never divide by a polynomial that is identically zero.</para>
/// <para>Use with FsCheck.Xunit as
/// <c>[Property(Arbitrary = [typeof(ExprGenerators)])]</c> on a method taking an
/// <see cref="Expr"/>, or with <c>Prop.ForAll(Arb.From(ExprGenerators.Polynomial,
/// ExprGenerators.Shrink), ...)</c>.</para>
/// </remarks>
public static class ExprGenerators
{
    /// <summary>The deepest tree generated, reached at FsCheck size 60 and above.</summary>
    public const int MaxDepth = 4;

    /// <summary>The variables leaves are drawn from.</summary>
    public static IReadOnlyList<Sym> VariablePool { get; } =
    [
        new Sym("x"), new Sym("y"), new Sym("z"),
        Expr.Symbol("u", 1), Expr.Symbol("u", 2),
        new Sym("v"), Expr.Symbol("W", 1, 2),
    ];

    /// <summary>A variable from <see cref="VariablePool"/>.</summary>
    public static Gen<Expr> Variable { get; } =
        Gen.Elements<Sym>(VariablePool.ToArray()).Select(s => (Expr)s);

    /// <summary>A rational constant, weighted towards 0, ±1 and small values but with tiny
    /// and huge magnitudes too.</summary>
    public static Gen<Fraction> Rational { get; } = Gen.Frequency(
        (4, Gen.Choose(-3, 3).Select(i => new Fraction(i))),
        (3, Gen.Zip(Gen.Choose(-9, 9), Gen.Choose(1, 9), (p, q) => new Fraction(p, q))),
        (1, Gen.Zip(Gen.Choose(6, 30), Gen.Elements(-1, 1),
            (k, s) => new Fraction(new BigInteger(s), BigInteger.Pow(10, k)))),
        (1, Gen.Zip(Gen.Choose(6, 30), Gen.Choose(-7, 7),
            (k, c) => new Fraction(BigInteger.Pow(10, k) * (c == 0 ? 1 : c) + c))));

    /// <summary>Any expression: all node kinds, integer and rational (also negative)
    /// exponents, all nine functions, differences and quotients.</summary>
    public static Gen<Expr> Expression { get; } = Gen.Sized(s => General(DepthFor(s)));

    /// <summary>A polynomial over Q: sums, products, differences and powers with exponents
    /// 0 to 4 of variables and constants; no functions, no division.</summary>
    public static Gen<Expr> Polynomial { get; } = Gen.Sized(s => Poly(DepthFor(s)));

    /// <summary>A rational function over Q: polynomials combined with quotients and powers
    /// with exponents −3 to 4, where every divisor is a polynomial that is not identically
    /// zero (a variable, a variable plus a non-zero constant, or a sum of two distinct
    /// variables).</summary>
    public static Gen<Expr> RationalFunction { get; } = Gen.Sized(s => Ratio(DepthFor(s)));

    /// <summary>The arbitrary that <c>[Property(Arbitrary = [typeof(ExprGenerators)])]</c>
    /// registers for <see cref="Expr"/>: <see cref="Expression"/> with
    /// <see cref="Shrink"/>.</summary>
    public static Arbitrary<Expr> Expressions() => Arb.From(Expression, Shrink);

    /// <summary>
    /// Smaller candidates for a failing expression: constants 0 and 1, each child, then the
    /// node rebuilt with one child shrunk or one term dropped. Every candidate is built from
    /// parts of the original, so a polynomial shrinks to polynomials and a rational function
    /// to rational functions.
    /// </summary>
    public static IEnumerable<Expr> Shrink(Expr e)
    {
        switch (e)
        {
            case Num n:
                if (!n.Value.IsZero) yield return Expr.Zero;
                if (n.Value != Fraction.One && !n.Value.IsZero) yield return Expr.One;
                if (n.Value.Denominator != 1) yield return new Num(new Fraction(n.Value.Numerator));
                yield break;
            case Sym s:
                if (s != VariablePool[0]) yield return VariablePool[0];
                yield break;
        }
        yield return Expr.Zero;
        yield return Expr.One;
        var children = e.Children.ToList();
        foreach (var c in children) yield return c;
        if (children.Count > 2)
        {
            for (int i = 0; i < children.Count; i++)
                yield return Rebuild(e, children.Where((_, j) => j != i).ToList());
        }
        for (int i = 0; i < children.Count; i++)
        {
            foreach (var smaller in Shrink(children[i]))
            {
                var copy = children.ToList();
                copy[i] = smaller;
                yield return Rebuild(e, copy);
            }
        }
    }

    private static Expr Rebuild(Expr e, List<Expr> children) => e switch
    {
        Add => Expr.Sum(children),
        Mul => Expr.Product(children),
        Pow p => Expr.Power(children[0], p.Exponent),
        Call c => Expr.Apply(c.Function, children[0]),
        _ => e,
    };

    // Size 0 gives leaves only; FsCheck's default sizes run from 0 to 100.
    private static int DepthFor(int size) => Math.Min(MaxDepth, size / 15);

    private static Gen<Expr> Constant { get; } = Rational.Select(v => (Expr)new Num(v));

    private static Gen<Expr> Leaf { get; } = Gen.Frequency((3, Variable), (2, Constant));

    private static Gen<Fraction> GeneralExponent { get; } = Gen.Frequency(
        (4, Gen.Choose(-3, 4).Select(i => new Fraction(i))),
        (1, Gen.Elements(
            new Fraction(1, 2), new Fraction(-1, 2), new Fraction(3, 2),
            new Fraction(1, 3), new Fraction(-2, 3), new Fraction(1, 4), new Fraction(3, 4),
            new Fraction(-1, 6))));

    // (a^(1/q))^k: roots of roots, whose canonical form must merge them into one root.
    private static Gen<Expr> NestedRoot(Gen<Expr> sub) =>
        from a in sub
        from q in Gen.Elements(2, 3, 4, 6)
        from k in Gen.Choose(1, 4)
        select Expr.Power(Expr.Power(a, new Fraction(1, q)), new Fraction(k));

    private static Gen<Expr> Children(Gen<Expr> child, Func<IEnumerable<Expr>, Expr> combine) =>
        Gen.Choose(2, 3).SelectMany(n => child.ListOf(n)).Select(xs => combine(xs));

    private static Gen<Fn> Functions { get; } = Gen.Elements(Enum.GetValues<Fn>());

    private static Gen<Expr> General(int depth)
    {
        if (depth <= 0) return Leaf;
        var sub = General(depth - 1);
        return Gen.Frequency(
            (2, Leaf),
            (3, Children(sub, Expr.Sum)),
            (3, Children(sub, Expr.Product)),
            (1, Gen.Zip(sub, sub, (a, b) => a - b)),
            (1, Gen.Zip(sub, sub, (a, b) => a / b)),
            (1, sub.Select(a => -a)),
            (2, Gen.Zip(sub, GeneralExponent, Expr.Power)),
            (1, NestedRoot(sub)),
            (2, Gen.Zip(Functions, sub, (f, a) => (Expr)Expr.Apply(f, a))));
    }

    private static Gen<Expr> Poly(int depth)
    {
        if (depth <= 0) return Leaf;
        var sub = Poly(depth - 1);
        return Gen.Frequency(
            (2, Leaf),
            (3, Children(sub, Expr.Sum)),
            (3, Children(sub, Expr.Product)),
            (1, Gen.Zip(sub, sub, (a, b) => a - b)),
            (2, Gen.Zip(sub, Gen.Choose(0, 4), (a, k) => Expr.Power(a, new Fraction(k)))));
    }

    // Polynomials that are not identically zero, to divide by.
    private static Gen<Expr> Divisor { get; } = Gen.OneOf(
        Variable,
        Gen.Zip(Variable, Rational.Where(c => !c.IsZero), (x, c) => x + new Num(c)),
        Gen.Elements<Sym>(VariablePool.ToArray()).SelectMany(a =>
            Gen.Elements(VariablePool.Where(b => b != a).ToArray())
                .Select(b => Expr.Sum([a, b]))));

    private static Gen<Expr> Ratio(int depth)
    {
        if (depth <= 0) return Leaf;
        var sub = Ratio(depth - 1);
        return Gen.Frequency(
            (2, Leaf),
            (3, Children(sub, Expr.Sum)),
            (3, Children(sub, Expr.Product)),
            (1, Gen.Zip(sub, sub, (a, b) => a - b)),
            (2, Gen.Zip(sub, Divisor, (a, d) => a / d)),
            (2, Gen.Zip(sub, Gen.Choose(0, 4), (a, k) => Expr.Power(a, new Fraction(k)))),
            (1, Gen.Zip(Divisor, Gen.Choose(-3, -1), (d, k) => Expr.Power(d, new Fraction(k)))));
    }
}
