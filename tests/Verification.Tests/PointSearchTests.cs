using Fractions;
using Verify.Theory.Symbolic;
using Verify.Verification.Checkers;

namespace Verify.Verification.Tests;

public sealed class PointSearchTests
{
    private static readonly Sym A = Expr.Symbol("a"), B = Expr.Symbol("b"), C = Expr.Symbol("c");

    [Fact]
    public void ShrinksEveryCoordinateToTheSimplestCounterexample()
    {
        // a·b ≠ 0 is a counterexample; c is irrelevant and shrinks to 0, a and b to 1.
        var found = PointSearch.Find([A, B, C], new HashSet<Sym>(),
            p => p[A] * p[B] != Fraction.Zero ? "found" : null, seed: 3, attempts: 20);

        Assert.NotNull(found);
        Assert.Equal(Fraction.One, found.Value.Point[A]);
        Assert.Equal(Fraction.One, found.Value.Point[B]);
        Assert.Equal(Fraction.Zero, found.Value.Point[C]);
    }

    [Fact]
    public void PositiveSymbolsStayPositiveWhileShrinking()
    {
        // a > 1 is only met away from the simple values 0, 1, -1, 1/2, -1/2; 2 is simplest.
        var found = PointSearch.Find([A], new HashSet<Sym> { A },
            p => p[A] > Fraction.One ? "found" : null, seed: 4, attempts: 50);

        Assert.NotNull(found);
        Assert.Equal(new Fraction(2), found.Value.Point[A]);
    }

    [Fact]
    public void NothingFoundIsNull()
    {
        var found = PointSearch.Find<string>([A], new HashSet<Sym>(), _ => null, seed: 1,
            attempts: 10);

        Assert.Null(found);
    }
}
