using System.Numerics;
using Fractions;
using Verify.Theory.Symbolic;
using Verify.Theory.Symbolic.Compilation;
using static Verify.Theory.Symbolic.Expr;
using static Verify.Theory.Tests.CalculusTests;

namespace Verify.Theory.Tests;

public sealed class EvaluatorTests
{
    private static Fraction Exact(Expr e, params (Sym S, Fraction Value)[] at) =>
        Evaluator.EvaluateExact(e, at.ToDictionary(p => p.S, p => p.Value));

    private static double Double(Expr e, params (Sym S, double Value)[] at) =>
        Evaluator.Evaluate(e, at.ToDictionary(p => p.S, p => p.Value));

    private static Fraction Q(long p, long q = 1) => new(p, q);

    // ---- exact values ------------------------------------------------------------------

    [Fact]
    public void ExactArithmeticOfAPolynomialQuotient()
    {
        // (x² − 1)/(y + 1/2) at x = 3, y = 1/4: 8 / (3/4) = 32/3.
        var e = (P(X, 2) - 1) / (Y + C(1, 2));
        Assert.Equal(Q(32, 3), Exact(e, (X, 3), (Y, Q(1, 4))));
    }

    [Theory]
    [InlineData(Fn.Relu, 5, 2, 5, 2)]
    [InlineData(Fn.Relu, -5, 2, 0, 1)]
    [InlineData(Fn.Relu, 0, 1, 0, 1)]
    [InlineData(Fn.Step, 1, 3, 1, 1)]
    [InlineData(Fn.Step, 0, 1, 0, 1)]
    [InlineData(Fn.Step, -1, 3, 0, 1)]
    [InlineData(Fn.Abs, -7, 3, 7, 3)]
    [InlineData(Fn.Sign, -7, 3, -1, 1)]
    [InlineData(Fn.Sign, 0, 1, 0, 1)]
    [InlineData(Fn.Sign, 2, 9, 1, 1)]
    public void KinkedFunctionsAreExactEverywhereWithTheKinkConvention(
        Fn f, int zp, int zq, int vp, int vq)
    {
        // step(0) = sign(0) = relu(0) = 0 (Kinks).
        Assert.Equal(Q(vp, vq), Exact(F(f, X), (X, Q(zp, zq))));
    }

    [Fact]
    public void SmoothFunctionsAreExactAtTheirRationalPoints()
    {
        Assert.Equal(Fraction.One, Exact(F(Fn.Exp, X - X), (X, 5)));
        Assert.Equal(Fraction.Zero, Exact(F(Fn.Log, X), (X, 1)));
        Assert.Equal(Fraction.Zero, Exact(F(Fn.Tanh, X), (X, 0)));
        Assert.Equal(Q(1, 2), Exact(F(Fn.Sigmoid, X), (X, 0)));
        Assert.Equal(Q(5, 3), Exact(F(Fn.Sqrt, X), (X, Q(25, 9))));
    }

    [Fact]
    public void RationalPowersAreExactAtPerfectPowers()
    {
        // (4/9)^(3/2) = (2/3)³ = 8/27; (−8)^(1/3) = −2 (odd root); (−8)^(2/3) = 4;
        // (27/8)^(−2/3) = (3/2)^(−2) = 4/9; 0^(1/2) = 0; x^0 = 1.
        Assert.Equal(Q(8, 27), Exact(P(X, 3, 2), (X, Q(4, 9))));
        Assert.Equal(Q(-2), Exact(P(X, 1, 3), (X, -8)));
        Assert.Equal(Q(4), Exact(P(X, 2, 3), (X, -8)));
        Assert.Equal(Q(4, 9), Exact(P(X, -2, 3), (X, Q(27, 8))));
        Assert.Equal(Q(0), Exact(P(X, 1, 2), (X, 0)));
        Assert.Equal(Q(1), Exact(new Pow(X, Fraction.Zero), (X, 0)));
    }

    [Fact]
    public void IntegerRootOfALargePerfectPowerIsFound()
    {
        var r = BigInteger.Pow(10, 40) + 7;
        Assert.True(Evaluator.TryIntegerRoot(BigInteger.Pow(r, 5), 5, out var root));
        Assert.Equal(r, root);
        Assert.False(Evaluator.TryIntegerRoot(BigInteger.Pow(r, 5) + 1, 5, out _));
    }

    // ---- exact evaluation errors -------------------------------------------------------

    [Fact]
    public void MissingSymbolIsNamed()
    {
        var ex = Assert.Throws<SymbolicException>(() => Exact(X + Symbol("w", 3), (X, 1)));
        Assert.Contains("'w[3]'", ex.Message);
        Assert.Contains("supply a value", ex.Message);
    }

    [Fact]
    public void TanhOfOneIsNotRationalAndSaysToUseDoubles()
    {
        var ex = Assert.Throws<SymbolicException>(() => Exact(F(Fn.Tanh, X), (X, 1)));
        Assert.Contains("tanh(x)", ex.Message);
        Assert.Contains("not rational", ex.Message);
        Assert.Contains("double precision", ex.Message);
    }

    [Fact]
    public void IrrationalRootIsNotRational()
    {
        var ex = Assert.Throws<SymbolicException>(() => Exact(F(Fn.Sqrt, X), (X, 2)));
        Assert.Contains("sqrt(x)", ex.Message);
        Assert.Contains("not rational", ex.Message);
        Assert.Throws<SymbolicException>(() => Exact(P(X, 1, 3), (X, Q(1, 4))));
    }

    [Fact]
    public void LogOfZeroNamesTheSubexpression()
    {
        var ex = Assert.Throws<SymbolicException>(() => Exact(1 + F(Fn.Log, X - 2), (X, 2)));
        Assert.Contains("log(x - 2)", ex.Message);
        Assert.Contains("not positive", ex.Message);
    }

    [Fact]
    public void DivisionByZeroNamesTheDivisor()
    {
        var ex = Assert.Throws<SymbolicException>(() => Exact(Y / (X - 1), (X, 1), (Y, 3)));
        Assert.Contains("division by zero", ex.Message);
        Assert.Contains("'x - 1'", ex.Message);
    }

    [Fact]
    public void ZeroTimesAPoleIsStillADivisionByZero()
    {
        Assert.Throws<SymbolicException>(() => Exact(X * (1 / X), (X, 0)));
    }

    [Fact]
    public void EvenRootOfNegativeIsNotReal()
    {
        var ex = Assert.Throws<SymbolicException>(() => Exact(F(Fn.Sqrt, X), (X, -4)));
        Assert.Contains("not real", ex.Message);
        Assert.Throws<SymbolicException>(() => Exact(P(X, 3, 4), (X, -16)));
    }

    // ---- double evaluation -------------------------------------------------------------

    [Fact]
    public void DoubleValuesByHand()
    {
        // relu(−1)+step(0)+sign(0)+|−2| = 2; σ(0) = 1/2; tanh(1) and e from Math.
        Assert.Equal(2.0, Double(F(Fn.Relu, X) + F(Fn.Step, Y) + F(Fn.Sign, Y) + F(Fn.Abs, 2 * X),
            (X, -1), (Y, 0)));
        Assert.Equal(0.5, Double(F(Fn.Sigmoid, X), (X, 0)));
        Assert.Equal(Math.Tanh(1) + Math.E, Double(F(Fn.Tanh, X) + F(Fn.Exp, X), (X, 1)), 15);
        Assert.Equal(3.0, Double(F(Fn.Sqrt, X) * F(Fn.Log, Y), (X, 9), (Y, Math.E)), 15);
    }

    [Fact]
    public void SigmoidDoesNotOverflowAtLargeArguments()
    {
        Assert.Equal(1.0, Double(F(Fn.Sigmoid, X), (X, 1000)));
        Assert.Equal(0.0, Double(F(Fn.Sigmoid, X), (X, -1000)));
        Assert.Equal(Math.Exp(-700), Double(F(Fn.Sigmoid, X), (X, -700)), 1e-310);
    }

    [Fact]
    public void RationalPowersInDoublesUseTheRealRoot()
    {
        // (−8)^(1/3) = −2 and (−8)^(2/3) = 4 through the odd real root; (−4)^(1/2) is NaN.
        Assert.Equal(-2.0, Double(P(X, 1, 3), (X, -8)), 15);
        Assert.Equal(4.0, Double(P(X, 2, 3), (X, -8)), 14);
        Assert.Equal(-2.0, Double(P(X, 1, 5), (X, -32)), 15);
        Assert.True(double.IsNaN(Double(P(X, 1, 2), (X, -4))));
        Assert.Equal(0.125, Double(P(X, -3, 2), (X, 4)));
        Assert.Equal(1.0, Double(new Pow(X, Fraction.Zero), (X, 0)));
    }

    [Fact]
    public void IntegerPowersAgreeWithMathPow()
    {
        for (int n = -6; n <= 6; n++)
        {
            double expected = Math.Pow(1.7, n);
            Assert.Equal(expected, DoubleSemantics.IntegerPower(1.7, n), 1e-14 * expected);
        }
    }

    [Fact]
    public void DoubleEvaluationOfAMissingSymbolIsNamed()
    {
        var ex = Assert.Throws<SymbolicException>(() => Double(X * Symbol("q"), (X, 1)));
        Assert.Contains("'q'", ex.Message);
    }

    [Fact]
    public void FunctionOverloadReadsSymbolsThroughTheDelegate()
    {
        Assert.Equal(9.0, Evaluator.Evaluate(X * Y + Z, s => s == X ? 2 : s == Y ? 3 : 3));
    }

    [Fact]
    public void DoubleAgreesWithExactAtRationalPoints()
    {
        // A value the exact evaluator computes without rounding, then rounded once.
        var e = P(X + C(1, 3), 3) / (Y - 2) + F(Fn.Relu, X - Y) * F(Fn.Abs, Y);
        var exact = Exact(e, (X, Q(5, 7)), (Y, Q(-3, 11))).ToDouble();
        var approx = Double(e, (X, 5.0 / 7), (Y, -3.0 / 11));
        Assert.Equal(exact, approx, 1e-14 * Math.Abs(exact));
    }
}
