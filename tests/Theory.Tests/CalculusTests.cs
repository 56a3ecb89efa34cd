using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fractions;
using Verify.Theory.Symbolic;
using static Verify.Theory.Symbolic.Expr;

namespace Verify.Theory.Tests;

public sealed class CalculusTests
{
    internal static readonly Sym X = Symbol("x"), Y = Symbol("y"), Z = Symbol("z");
    internal static readonly Sym U1 = Symbol("u", 1), U2 = Symbol("u", 2), V = Symbol("v");

    /// <summary>Every variable the catalogue uses, in a fixed order.</summary>
    internal static readonly Sym[] Variables = [X, Y, Z, U1, U2, V];

    internal static Expr F(Fn f, Expr z) => Apply(f, z);
    internal static Expr P(Expr b, long p, long q = 1) => Power(b, new Fraction(p, q));
    internal static Expr C(long p, long q = 1) => Constant(new Fraction(p, q));

    /// <summary>
    /// Hand-picked expressions covering every rule of <see cref="Calculus.Differentiate"/>
    /// and every function; their values are defined on all of [−2, 2]^6 away from kinks.
    /// </summary>
    internal static readonly (string Name, Expr E)[] Catalogue =
    [
        ("n-ary product", X * Y * Z),
        ("polynomial", P(X, 3) * Y - 2 * P(Z, 2) + 5),
        ("fifth power", P(X + 2 * Y, 5)),
        ("quotient", X / (P(Y, 2) + 1)),
        ("reciprocal", 1 / X),
        ("square root power", P(P(X, 2) + P(Y, 2) + 1, 1, 2)),
        ("negative rational power", P(P(X, 2) + 1, -3, 2)),
        ("odd root of any sign", P(X, 1, 3)),
        ("two-thirds power", P(X * Y + 2, 2, 3)),
        ("negative powers", P(X, -2) * P(Y, 3) + P(Y, -1)),
        ("relu", F(Fn.Relu, X - Y)),
        ("neuron", V * F(Fn.Relu, U1 * X + U2 * Y)),
        ("step", F(Fn.Step, X) * P(Y, 2)),
        ("abs", F(Fn.Abs, X * Y - 1)),
        ("sign", F(Fn.Sign, X - Z) * P(X, 2)),
        ("tanh", F(Fn.Tanh, X * Y)),
        ("nested tanh", F(Fn.Tanh, F(Fn.Tanh, X) + Z)),
        ("exp", F(Fn.Exp, X * Y - Z)),
        ("gaussian", F(Fn.Exp, -P(X, 2))),
        ("log", F(Fn.Log, P(X, 2) + P(Y, 2) + 1)),
        ("log abs", F(Fn.Log, F(Fn.Abs, X))),
        ("sigmoid", F(Fn.Sigmoid, X + 2 * Y)),
        ("sigmoid product", F(Fn.Sigmoid, X) * F(Fn.Sigmoid, -X)),
        ("sqrt", F(Fn.Sqrt, P(X, 2) + P(Z, 2) + C(1, 2))),
        ("sqrt abs", F(Fn.Sqrt, F(Fn.Abs, Y))),
        ("relu squared", Z * P(F(Fn.Relu, X), 2)),
        ("product of calls", X * F(Fn.Exp, Y) * F(Fn.Tanh, Z) * F(Fn.Sigmoid, X)),
        ("difference of squares", (X - Y) * (X + Y) * (Z - 1)),
        ("composite quotient", F(Fn.Exp, F(Fn.Sigmoid, X * Z)) / (1 + P(Y, 2))),
        ("kinks together", F(Fn.Relu, X) * F(Fn.Relu, -X) + P(F(Fn.Abs, Z), 3)),
        ("tanh unit", U2 * F(Fn.Tanh, U1 * X) + V * F(Fn.Sqrt, P(U1, 2) + P(U2, 2))),
    ];

    // ---- finite differences -------------------------------------------------------------

    private static readonly Gen<double> Coordinate =
        Gen.Choose(-2_000_000, 2_000_000).Select(i => i / 1e6);

    private static readonly Arbitrary<(int Case, double[] Point)> CaseAndPoint =
        Gen.Zip(Gen.Choose(0, Catalogue.Length - 1), Gen.ArrayOf(Coordinate, Variables.Length))
            .ToArbitrary();

    [Property(MaxTest = 1500)]
    public Property DerivativesAgreeWithCentralDifferencesAwayFromKinks() =>
        Prop.ForAll(CaseAndPoint, sample =>
        {
            var (name, e) = Catalogue[sample.Case];
            var point = sample.Point;
            var values = Bind(point);
            // Kinks and poles: finite differences are meaningless within a step of them.
            bool smooth = Singularities(e).All(s => Math.Abs(Evaluator.Evaluate(s, values)) > 0.05);
            return Prop.When(smooth, () =>
            {
                foreach (var (v, k) in Variables.Select((v, k) => (v, k)))
                {
                    double derivative = Evaluator.Evaluate(Calculus.Differentiate(e, v), values);
                    double difference = CentralDifference(e, point, k);
                    // |f' − (f(p+h) − f(p−h))/2h| = O(h² f''') + O(ε f/h), far below 1e-6.
                    if (!(Math.Abs(derivative - difference) <= 1e-6 * (1 + Math.Abs(derivative))))
                    {
                        throw new Xunit.Sdk.XunitException(
                            $"{name}: d/d{v.Key} {e} = {derivative}, finite difference " +
                            $"{difference} at ({string.Join(", ", point)})");
                    }
                }
                return true;
            }).Classify(name.Contains("relu") || name.Contains("abs") || name.Contains("step"),
                "kinked function").Collect(name);
        });

    private static double CentralDifference(Expr e, double[] point, int k)
    {
        double h = 1e-5 * Math.Max(1, Math.Abs(point[k]));
        var plus = (double[])point.Clone();
        var minus = (double[])point.Clone();
        plus[k] += h;
        minus[k] -= h;
        // The step actually taken, after rounding of point ± h.
        double step = plus[k] - minus[k];
        return (Evaluator.Evaluate(e, Bind(plus)) - Evaluator.Evaluate(e, Bind(minus))) / step;
    }

    internal static Dictionary<Sym, double> Bind(double[] point) =>
        Variables.Select((v, k) => (v, k)).ToDictionary(p => p.v, p => point[p.k]);

    // Arguments of kinked functions and bases of negative or fractional powers.
    private static IEnumerable<Expr> Singularities(Expr e)
    {
        foreach (var child in e.Children)
        {
            foreach (var s in Singularities(child)) yield return s;
        }
        switch (e)
        {
            case Call { Function: Fn.Relu or Fn.Step or Fn.Abs or Fn.Sign or Fn.Log or Fn.Sqrt } c:
                yield return c.Argument;
                break;
            case Pow p when p.Exponent.IsNegative || p.Exponent.Denominator != 1:
                yield return p.Base;
                break;
        }
    }

    // ---- exact derivatives at rational points ------------------------------------------

    private static Fraction ExactDerivative(Expr e, Sym v, params (Sym S, Fraction Value)[] at) =>
        Evaluator.EvaluateExact(
            Calculus.Differentiate(e, v), at.ToDictionary(p => p.S, p => p.Value));

    [Fact]
    public void PowerAndProductRulesGiveHandDerivativeOfXCubedY()
    {
        // ∂/∂x (x³y) = 3x²y = 3·4·3 = 36 at (2, 3); ∂/∂y = x³ = 8.
        var e = P(X, 3) * Y;
        Assert.Equal(new Fraction(36), ExactDerivative(e, X, (X, 2), (Y, 3)));
        Assert.Equal(new Fraction(8), ExactDerivative(e, Y, (X, 2), (Y, 3)));
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(-1, 0)]
    [InlineData(0, 0)]
    public void ReluDerivativeIsStepWithStepOfZeroEqualZero(int z, int expected)
    {
        // relu'(z) = step(z), step(0) = 0 (Kinks).
        Assert.Equal(new Fraction(expected), ExactDerivative(F(Fn.Relu, Z), Z, (Z, z)));
    }

    [Fact]
    public void ReluDerivativeIsTheStepNode()
    {
        Assert.Equal(F(Fn.Step, Z), Calculus.Differentiate(F(Fn.Relu, Z), Z));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(-3, -1)]
    [InlineData(0, 0)]
    public void AbsDerivativeIsSignWithSignOfZeroEqualZero(int z, int expected)
    {
        // |z|' = sign(z), sign(0) = 0 (Kinks).
        Assert.Equal(new Fraction(expected), ExactDerivative(F(Fn.Abs, Z), Z, (Z, z)));
    }

    [Fact]
    public void StepAndSignHaveZeroDerivativeEvenOfADependentArgument()
    {
        Assert.Same(Zero, Calculus.Differentiate(F(Fn.Step, X * X), X));
        Assert.Same(Zero, Calculus.Differentiate(F(Fn.Sign, X + 1), X));
    }

    [Fact]
    public void QuotientRuleByHand()
    {
        // ∂/∂x (x/y) = 1/y = 1/4 at y = 4; ∂/∂y (x/y) = −x/y² = −3/4 at (3, 2).
        Assert.Equal(new Fraction(1, 4), ExactDerivative(X / Y, X, (X, 7), (Y, 4)));
        Assert.Equal(new Fraction(-3, 4), ExactDerivative(X / Y, Y, (X, 3), (Y, 2)));
    }

    [Fact]
    public void RationalPowerRuleByHand()
    {
        // d/dx √(x² + 1) = x / √(x² + 1) = (3/4)/(5/4) = 3/5 at x = 3/4.
        var e = P(P(X, 2) + 1, 1, 2);
        Assert.Equal(new Fraction(3, 5), ExactDerivative(e, X, (X, new Fraction(3, 4))));
        // d/dx x^(2/3) = (2/3) x^(−1/3) = (2/3)·(−1/2) = −1/3 at x = −8.
        Assert.Equal(new Fraction(-1, 3), ExactDerivative(P(X, 2, 3), X, (X, -8)));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(-3, -1)]
    public void SqrtOfSquareHasDerivativeSignByHand(int x, int expected)
    {
        // d/dx √(x²) = 2x / (2√(x²)) = x/|x|.
        Assert.Equal(new Fraction(expected), ExactDerivative(F(Fn.Sqrt, P(X, 2)), X, (X, x)));
    }

    [Fact]
    public void SmoothFunctionDerivativesAtZeroAndOneByHand()
    {
        // tanh'(0) = 1 − 0 = 1; σ'(0) = ½·½ = ¼; exp'(0) = 1; log'(x) = 1/x = 3 at 1/3;
        // sqrt'(4) = 1/(2·2) = 1/4.
        Assert.Equal(Fraction.One, ExactDerivative(F(Fn.Tanh, X), X, (X, 0)));
        Assert.Equal(new Fraction(1, 4), ExactDerivative(F(Fn.Sigmoid, X), X, (X, 0)));
        Assert.Equal(Fraction.One, ExactDerivative(F(Fn.Exp, X), X, (X, 0)));
        Assert.Equal(new Fraction(3), ExactDerivative(F(Fn.Log, X), X, (X, new Fraction(1, 3))));
        Assert.Equal(new Fraction(1, 4), ExactDerivative(F(Fn.Sqrt, X), X, (X, 4)));
    }

    [Fact]
    public void ChainRuleThroughExpOfProductByHand()
    {
        // ∂/∂x exp(xy) = y·exp(xy) = 5 at (0, 5).
        Assert.Equal(new Fraction(5), ExactDerivative(F(Fn.Exp, X * Y), X, (X, 0), (Y, 5)));
    }

    [Fact]
    public void NaryProductRuleByHand()
    {
        // ∂/∂x (x·y·x·z) = 2xyz = 12 at (1, 2, 3).
        var e = new Mul([X, Y, X, Z]);
        Assert.Equal(new Fraction(12), ExactDerivative(e, X, (X, 1), (Y, 2), (Z, 3)));
    }

    // ---- shape of the result -----------------------------------------------------------

    [Fact]
    public void ExpressionWithoutTheVariableHasTheZeroInstanceAsDerivative()
    {
        var e = F(Fn.Tanh, Y * Z) + P(Y, 3) + F(Fn.Log, Z);
        Assert.Same(Zero, Calculus.Differentiate(e, X));
    }

    [Fact]
    public void DerivativeIsTidiedWhileBuilt()
    {
        // d(xy)/dx = y, no factor 1; d(3x + 5)/dx = 3, no zero term; d(x + y)/dx = 1.
        Assert.Equal(Y, Calculus.Differentiate(X * Y, X));
        Assert.Equal(Constant(3), Calculus.Differentiate(3 * X + 5, X));
        Assert.Equal(One, Calculus.Differentiate(X + Y, X));
        // (x²)' = 2x with the coefficient folded to the front.
        Assert.Equal(new Mul([Constant(2), X]), Calculus.Differentiate(P(X, 2), X));
    }

    [Fact]
    public void ExpDerivativeReusesTheCallInstance()
    {
        var e = F(Fn.Exp, X);
        Assert.Same(e, Calculus.Differentiate(e, X));
    }

    [Fact]
    public void SharedSubtreeInstanceIsDifferentiatedOnce()
    {
        // t_{k+1} = t_k · t_k has 2^k paths but k + 1 distinct instances; without
        // memoisation neither the derivative nor its evaluation would finish.
        // t_60 = (x + 1)^(2^60), so t_60'(0) = 2^60.
        Expr t = X + 1;
        for (int k = 0; k < 60; k++) t = new Mul([t, t]);
        var d = Calculus.Differentiate(t, X);
        var expected = new Fraction(System.Numerics.BigInteger.Pow(2, 60));
        var atZero = new Dictionary<Sym, Fraction> { [X] = 0 };
        Assert.Equal(expected, Evaluator.EvaluateExact(d, atZero));
    }

    // ---- substitution ------------------------------------------------------------------

    [Fact]
    public void SubstitutingASymbolByItselfReturnsTheSameInstance()
    {
        var e = F(Fn.Relu, X * Y) + P(X, 2);
        var map = new Dictionary<Sym, Expr> { [Symbol("x")] = Symbol("x") };
        Assert.Same(e, Calculus.Substitute(e, map));
    }

    [Fact]
    public void SubstitutingAbsentSymbolsReturnsTheSameInstance()
    {
        var e = F(Fn.Tanh, X) * Y;
        Assert.Same(e, Calculus.Substitute(e, new Dictionary<Sym, Expr> { [Z] = C(7) }));
        Assert.Same(e, Calculus.Substitute(e, new Dictionary<Sym, Expr>()));
    }

    [Fact]
    public void SubstitutionIsSimultaneousSoASwapSwaps()
    {
        // {x ↦ y, y ↦ x} applied to x − y² is y − x², not y − y² or x − x².
        var swap = new Dictionary<Sym, Expr> { [X] = Y, [Y] = X };
        var swapped = Calculus.Substitute(X - P(Y, 2), swap);
        Assert.Equal(Y - P(X, 2), swapped);
    }

    [Fact]
    public void SubstitutionKeepsUnchangedChildrenByReference()
    {
        var left = F(Fn.Exp, Y * Z);
        var right = F(Fn.Log, Y);
        var e = new Add([left, X, right]);
        var map = new Dictionary<Sym, Expr> { [X] = C(2) };
        var result = Assert.IsType<Add>(Calculus.Substitute(e, map));
        Assert.Same(left, result.Terms[0]);
        Assert.Equal(C(2), result.Terms[1]);
        Assert.Same(right, result.Terms[2]);
    }

    [Fact]
    public void SubstitutionReachesIntoEveryNodeKind()
    {
        var e = F(Fn.Sigmoid, P(X, 1, 2) * Y) + X;
        var result = Calculus.Substitute(e, new Dictionary<Sym, Expr> { [X] = Z + 1 });
        // Sum flattening puts z + 1 beside the other term.
        Assert.Equal(Sum([F(Fn.Sigmoid, P(Z + 1, 1, 2) * Y), Z, One]), result);
    }

    [Property(MaxTest = 200)]
    public Property SubstitutionCommutesWithEvaluation() =>
        Prop.ForAll(CaseAndPoint, sample =>
        {
            // e[x ↦ g](p) = e(p with x = g(p)), for g = y·z + 1/2.
            var (_, e) = Catalogue[sample.Case];
            var g = Y * Z + C(1, 2);
            var values = Bind(sample.Point);
            var substituted = Calculus.Substitute(e, new Dictionary<Sym, Expr> { [X] = g });
            double direct = Evaluator.Evaluate(substituted, values);
            values[X] = Evaluator.Evaluate(g, values);
            double viaValue = Evaluator.Evaluate(e, values);
            return direct.Equals(viaValue) ||
                Math.Abs(direct - viaValue) <= 1e-12 * Math.Abs(viaValue);
        });

    [Fact]
    public void FreeSymbolsAreDistinctInOrderOfFirstOccurrence()
    {
        var e = V * F(Fn.Relu, U1 * X + U2 * Y) + P(X, 2) * V;
        Assert.Equal([V, U1, X, U2, Y], Calculus.FreeSymbols(e));
        Assert.Empty(Calculus.FreeSymbols(C(3) + 4));
    }
}
