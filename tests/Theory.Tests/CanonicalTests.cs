using Fractions;
using Verify.Theory;
using Verify.Theory.Symbolic;
using static Verify.Theory.Symbolic.Expr;

namespace Verify.Theory.Tests;

public sealed class CanonicalTests
{
    private static readonly Sym x = Symbol("x"), y = Symbol("y"), z = Symbol("z");
    private static readonly Sym a = Symbol("a"), b = Symbol("b"), c = Symbol("c");
    private static readonly Sym u1 = Symbol("u", 1), u2 = Symbol("u", 2);

    private static Expr Relu(Expr e) => Apply(Fn.Relu, e);
    private static Expr Step(Expr e) => Apply(Fn.Step, e);
    private static Expr Sign(Expr e) => Apply(Fn.Sign, e);
    private static Expr Abs(Expr e) => Apply(Fn.Abs, e);
    private static Expr P(Expr e, int k) => Power(e, new Fraction(k));
    private static Expr Half => Constant(new Fraction(1, 2));

    [Fact]
    public void Square_of_a_binomial_expands_to_the_textbook_identity()
    {
        // (a+b)² − a² − 2ab − b² = 0
        var e = P(a + b, 2) - P(a, 2) - 2 * a * b - P(b, 2);
        Assert.True(Canonical.IsZero(e));
    }

    [Fact]
    public void Expanded_polynomial_prints_in_graded_order()
    {
        Assert.Equal("x^2 + 2*x*y + y^2 - 3*x + 1",
            Canonical.Simplify(P(x + y, 2) - 3 * x + 1).ToString());
    }

    [Fact]
    public void Relu_of_z_minus_relu_of_minus_z_is_z()
    {
        // relu(z) − relu(−z) = z holds for every real z, z = 0 included.
        Assert.True(Canonical.IsZero(Relu(z) - Relu(-z) - z));
        Assert.True(Canonical.IsZero(Relu(u1 - u2) - Relu(u2 - u1) - (u1 - u2)));
    }

    [Fact]
    public void Odd_and_even_functions_are_normalised_to_a_positive_leading_coefficient()
    {
        Assert.True(Canonical.IsZero(Apply(Fn.Tanh, -x) + Apply(Fn.Tanh, x)));
        Assert.True(Canonical.IsZero(Apply(Fn.Sigmoid, -x) + Apply(Fn.Sigmoid, x) - 1));
        Assert.True(Canonical.IsZero(Abs(y - x) - Abs(x - y)));
        Assert.True(Canonical.IsZero(Sign(y - x) + Sign(x - y)));
        // step(−w) = step(w) − sign(w), exact at w = 0 with step(0) = sign(0) = 0.
        Assert.True(Canonical.IsZero(Step(-x) - Step(x) + Sign(x)));
    }

    [Fact]
    public void Positive_rational_factors_leave_piecewise_functions()
    {
        Assert.True(Canonical.AreEqual(Relu(6 * x + 4 * y), 2 * Relu(3 * x + 2 * y)));
        Assert.True(Canonical.AreEqual(Step(x / 3), Step(x)));
        Assert.True(Canonical.AreEqual(Abs(-2 * x), 2 * Abs(x)));
    }

    [Fact]
    public void Declared_positive_symbols_leave_piecewise_functions()
    {
        var positive = new Assumptions([c]);
        Assert.True(Canonical.AreEqual(Relu(c * z), c * Relu(z), positive));
        Assert.True(Canonical.AreEqual(Step(c * z), Step(z), positive));
        Assert.True(Canonical.AreEqual(Abs(c * z), c * Abs(z), positive));
        Assert.True(Canonical.AreEqual(Relu(z / c), Relu(z) / c, positive));
        // Without the assumption c may be negative and the identity is false.
        Assert.False(Canonical.AreEqual(Relu(c * z), c * Relu(z)));
    }

    [Fact]
    public void Rational_functions_reduce_to_lowest_terms()
    {
        // (x² − y²)/(x − y) = x + y
        Assert.Equal("x + y", Canonical.Simplify((P(x, 2) - P(y, 2)) / (x - y)).ToString());
        // (x² − 1)/(x² + 2x + 1) = (x − 1)/(x + 1)
        Assert.Equal("(x - 1)/(x + 1)",
            Canonical.Simplify((P(x, 2) - 1) / (P(x, 2) + 2 * x + 1)).ToString());
        // 1/x + 1/y = (x + y)/(x y)
        Assert.Equal("(x + y)/x/y", Canonical.Simplify(1 / (Expr)x + 1 / (Expr)y).ToString());
        // The denominator is monic: 1/(2x + 2) = (1/2)/(x + 1).
        Assert.Equal("1/2/(x + 1)", Canonical.Simplify(1 / (2 * x + 2)).ToString());
    }

    [Fact]
    public void Multivariate_cancellation_needs_a_true_gcd()
    {
        // ((x+y)(x−2y)(z+1)) / ((x+y)(z+1)²) = (x − 2y)/(z + 1)
        var n = (x + y) * (x - 2 * y) * (z + 1);
        var d = (x + y) * P(z + 1, 2);
        Assert.True(Canonical.AreEqual(n / d, (x - 2 * y) / (z + 1)));
        Assert.Equal("(x - 2*y)/(z + 1)", Canonical.Simplify(n / d).ToString());
    }

    [Fact]
    public void Roots_multiply_back_to_their_base()
    {
        var sqrtX = Apply(Fn.Sqrt, x);
        Assert.True(Canonical.AreEqual(sqrtX * sqrtX, x));
        Assert.True(Canonical.AreEqual(Power(x, new Fraction(3, 2)) / x, sqrtX));
        Assert.True(Canonical.AreEqual(Power(x, new Fraction(-1, 2)) * x, sqrtX));
        Assert.True(Canonical.AreEqual(Apply(Fn.Sqrt, Constant(new Fraction(9, 4))), Constant(new Fraction(3, 2))));
        Assert.True(Canonical.AreEqual(Power(Constant(-8), new Fraction(1, 3)), Constant(-2)));
    }

    [Fact]
    public void Constant_arguments_follow_the_kink_convention()
    {
        Assert.True(Canonical.TryGetConstant(Step(x - x), out var s0));
        Assert.Equal(Fraction.Zero, s0);
        Assert.True(Canonical.TryGetConstant(Relu(Constant(-3)) + Relu(Constant(2)), out var r));
        Assert.Equal(new Fraction(2), r);
        Assert.True(Canonical.TryGetConstant(Apply(Fn.Sigmoid, Zero), out var half));
        Assert.Equal(new Fraction(1, 2), half);
    }

    [Fact]
    public void Division_by_an_expression_equal_to_zero_is_reported()
    {
        var ex = Assert.Throws<SymbolicException>(() => Canonical.Simplify(x / (y - y)));
        Assert.Contains("division by zero", ex.Message);
    }

    [Fact]
    public void Even_root_of_a_negative_number_is_reported()
    {
        Assert.Throws<SymbolicException>(() => Canonical.Simplify(Apply(Fn.Sqrt, Constant(-4))));
    }

    [Fact]
    public void Canonical_form_is_idempotent_on_mixed_expressions()
    {
        Expr[] cases =
        [
            Relu(u1 * x - u2 * y) * Step(y - x) / (1 + P(a, 2)),
            Apply(Fn.Tanh, 2 * x) * Apply(Fn.Exp, -x) - Apply(Fn.Log, x * y),
            Power(x + y, new Fraction(5, 3)) * Half,
            (x - 1) / (P(x, 3) - 1) + Sign(-z) * Abs(z),
        ];
        foreach (var e in cases)
        {
            var once = Canonical.Simplify(e);
            Assert.Equal(once, Canonical.Simplify(once));
        }
    }

    [Fact]
    public void Roots_of_one_base_merge_into_one_root_in_lowest_terms()
    {
        var quarter = Power(x, new Fraction(1, 4));
        // (x^(1/4))² = x^(1/2), x^(1/4)·x^(1/2) = x^(3/4), (x^(1/6))^3·(x^(1/4))^2 = x
        Assert.True(Canonical.IsZero(Power(quarter, new Fraction(2)) - Apply(Fn.Sqrt, x)));
        Assert.Equal("x^(3/4)", Canonical.Simplify(quarter * Apply(Fn.Sqrt, x)).ToString());
        Assert.True(Canonical.AreEqual(
            Power(Power(x, new Fraction(1, 6)), new Fraction(3)) * Power(quarter, new Fraction(2)), x));
        Assert.True(Canonical.AreEqual(Power(Power(Constant(2), new Fraction(1, 4)), new Fraction(2)),
            Apply(Fn.Sqrt, Constant(2))));
    }

    [Fact]
    public void A_positive_symbol_alone_evaluates_the_piecewise_function()
    {
        var positive = new Assumptions([c]);
        // relu(c) = c, |c| = c, step(c) = 1, sign(c) = 1, step(−c) = 0 for c > 0.
        Assert.True(Canonical.AreEqual(Relu(c), c, positive));
        Assert.True(Canonical.AreEqual(Abs(c), c, positive));
        Assert.True(Canonical.AreEqual(Step(c), One, positive));
        Assert.True(Canonical.AreEqual(Sign(c), One, positive));
        Assert.True(Canonical.IsZero(Step(-c), positive));
    }

    [Fact]
    public void Exponents_beyond_the_budget_are_reported_not_overflowed()
    {
        var huge = Assert.Throws<SymbolicException>(() => Canonical.Simplify(Power(x, new Fraction(99_999_999_999))));
        Assert.Contains("exponent", huge.Message);
        Assert.Throws<SymbolicException>(() => Canonical.Simplify(Power(x, new Fraction(1, 2_147_483_648))));
    }

    [Fact]
    public void Expansion_beyond_the_budget_is_reported_quickly()
    {
        // (x + y + 1)^200 has 20301 terms; its last squaring needs 26 million term products.
        var ex = Assert.Throws<SymbolicException>(() => Canonical.Simplify(P(x + y + 1, 200)));
        Assert.Contains("budget", ex.Message);
    }

    [Fact]
    public void Huge_perfect_square_radicands_are_exact()
    {
        // sqrt(10^700) = 10^350 exactly; sqrt(2·10^700) keeps a root.
        var big = Constant(new Fraction(System.Numerics.BigInteger.Pow(10, 700)));
        Assert.True(Canonical.TryGetConstant(Apply(Fn.Sqrt, big), out var root));
        Assert.Equal(new Fraction(System.Numerics.BigInteger.Pow(10, 350)), root);
        Assert.False(Canonical.TryGetConstant(Apply(Fn.Sqrt, 2 * big), out _));
    }
}
