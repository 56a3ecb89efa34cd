using Fractions;
using Verify.Theory.Symbolic;

namespace Verify.Theory.Tests;

/// <summary>Behaviour of <see cref="ExprParser.Parse"/>: the trees it builds, exact numbers,
/// precedence, and the column and wording of every kind of syntax error.</summary>
public class ParserTests
{
    private static readonly Sym X = new("x"), Y = new("y"), Z = new("z");
    private static readonly Sym A = new("a"), B = new("b"), C = new("c");

    private static Num N(long p, long q = 1) => new(new Fraction(p, q));
    private static Mul M(params Expr[] factors) => new([.. factors]);
    private static Add S(params Expr[] terms) => new([.. terms]);
    private static Pow P(Expr b, long p, long q = 1) => new(b, new Fraction(p, q));

    [Theory]
    [InlineData("0.25", 1, 4)]
    [InlineData("1e-3", 1, 1000)]
    [InlineData("1E3", 1000, 1)]
    [InlineData("2.5e+2", 250, 1)]
    [InlineData("1.50", 3, 2)]
    [InlineData("007", 7, 1)]
    [InlineData("3/2", 3, 2)]
    [InlineData("6/4", 3, 2)]
    [InlineData("0.1/3", 1, 30)]
    [InlineData("-3/2", -3, 2)]
    [InlineData("(3)/2", 3, 2)]
    public void Numbers_are_read_as_exact_rationals(string text, long p, long q)
    {
        var e = ExprParser.Parse(text);

        Assert.Equal(N(p, q), e);
    }

    [Fact]
    public void A_huge_integer_keeps_every_digit()
    {
        var e = ExprParser.Parse("123456789012345678901234567890");

        var expected = System.Numerics.BigInteger.Parse("123456789012345678901234567890");
        Assert.Equal(new Num(new Fraction(expected)), e);
    }

    [Fact]
    public void Unary_minus_binds_looser_than_power()
    {
        // -x^2 = -(x^2), not (-x)^2.
        Assert.Equal(M(N(-1), P(X, 2)), ExprParser.Parse("-x^2"));
        Assert.Equal(M(N(-1), P(N(2), 2)), ExprParser.Parse("-2^2"));
        Assert.Equal(P(M(N(-1), X), 2), ExprParser.Parse("(-x)^2"));
    }

    [Fact]
    public void Subtraction_is_left_associative_and_flat()
    {
        // a - b - c = a + (-b) + (-c).
        Assert.Equal(S(A, M(N(-1), B), M(N(-1), C)), ExprParser.Parse("a-b-c"));
    }

    [Fact]
    public void Division_is_left_associative_and_flat()
    {
        // a / b / c = a * b^-1 * c^-1.
        Assert.Equal(M(A, P(B, -1), P(C, -1)), ExprParser.Parse("a/b/c"));
    }

    [Fact]
    public void Power_is_right_associative_with_folded_exponent()
    {
        // x^2^3 = x^(2^3) = x^8, where (x^2)^3 keeps its inner power.
        Assert.Equal(P(X, 8), ExprParser.Parse("x^2^3"));
        Assert.Equal(P(P(X, 2), 3), ExprParser.Parse("(x^2)^3"));
        Assert.Equal(P(N(2), 9), ExprParser.Parse("2^3^2"));
    }

    [Theory]
    [InlineData("x^-1", -1, 1)]
    [InlineData("x^(-1)", -1, 1)]
    [InlineData("x^(1/2)", 1, 2)]
    [InlineData("x^0.5", 1, 2)]
    [InlineData("x^(-3/2)", -3, 2)]
    [InlineData("x^(2 - 1/2)", 3, 2)]
    [InlineData("x^(2*3)", 6, 1)]
    [InlineData("x^((1/2)^2)", 1, 4)]
    [InlineData("x^(2^-1)", 1, 2)]
    [InlineData("x^0", 0, 1)]
    public void Constant_exponents_are_folded_exactly(string text, long p, long q)
    {
        Assert.Equal(P(X, p, q), ExprParser.Parse(text));
    }

    [Fact]
    public void Exponent_one_gives_the_base_itself()
    {
        Assert.Equal(X, ExprParser.Parse("x^1"));
    }

    [Fact]
    public void Multiplication_binds_tighter_than_addition()
    {
        Assert.Equal(S(X, M(N(2), Y)), ExprParser.Parse("x + 2*y"));
        Assert.Equal(M(S(X, N(2)), Y), ExprParser.Parse("(x + 2)*y"));
    }

    [Fact]
    public void Negation_folds_into_constants_and_leading_coefficients()
    {
        Assert.Equal(N(-3), ExprParser.Parse("-3"));
        Assert.Equal(M(N(-2), X), ExprParser.Parse("-2*x"));
        Assert.Equal(M(N(-2), X), ExprParser.Parse("-(2*x)"));
        Assert.Equal(S(X, M(N(-3, 2), Y)), ExprParser.Parse("x - 3/2*y"));
        Assert.Equal(M(N(-1), X, Y), ExprParser.Parse("-(x*y)"));
        Assert.Equal(M(N(-1), S(X, Y)), ExprParser.Parse("-(x + y)"));
        Assert.Equal(S(A, M(N(1), B)), ExprParser.Parse("a - -b"));
    }

    [Fact]
    public void Dividing_by_a_number_after_a_number_folds_the_coefficient()
    {
        Assert.Equal(M(X, N(3, 2)), ExprParser.Parse("x*3/2"));
        Assert.Equal(M(N(3, 2), X), ExprParser.Parse("3/2*x"));
        Assert.Equal(M(X, P(N(2), -1)), ExprParser.Parse("x/2"));
        Assert.Equal(M(N(2), X, P(N(3), -1)), ExprParser.Parse("2*x/3"));
    }

    [Fact]
    public void Dividing_by_a_power_negates_its_exponent()
    {
        Assert.Equal(M(X, P(Y, -2)), ExprParser.Parse("x/y^2"));
        Assert.Equal(M(X, P(Y, 2)), ExprParser.Parse("x/y^-2"));
        Assert.Equal(M(X, P(M(Y, Z), -1)), ExprParser.Parse("x/(y*z)"));
        Assert.Equal(M(N(1), P(S(X, Y), -1)), ExprParser.Parse("1/(x + y)"));
    }

    [Fact]
    public void Indexed_variables_keep_name_and_indices()
    {
        var e = ExprParser.Parse("  u_1[2] * W[1, 2] + x[10]  ");

        var expected = S(
            M(Expr.Symbol("u_1", 2), Expr.Symbol("W", 1, 2)),
            Expr.Symbol("x", 10));
        Assert.Equal(expected, e);
    }

    [Theory]
    [InlineData("relu", Fn.Relu)]
    [InlineData("step", Fn.Step)]
    [InlineData("abs", Fn.Abs)]
    [InlineData("sign", Fn.Sign)]
    [InlineData("tanh", Fn.Tanh)]
    [InlineData("exp", Fn.Exp)]
    [InlineData("log", Fn.Log)]
    [InlineData("sigmoid", Fn.Sigmoid)]
    [InlineData("sqrt", Fn.Sqrt)]
    public void Every_function_name_reads_as_its_call(string name, Fn fn)
    {
        var e = ExprParser.Parse($"{name} ( x - y )");

        Assert.Equal(new Call(fn, S(X, M(N(-1), Y))), e);
    }

    [Fact]
    public void Names_that_extend_a_function_name_are_variables()
    {
        Assert.Equal(new Sym("relu2"), ExprParser.Parse("relu2"));
        Assert.Equal(M(new Sym("exponent"), X), ExprParser.Parse("exponent*x"));
    }

    [Fact]
    public void The_unit_of_the_issue_parses()
    {
        var e = ExprParser.Parse("v*relu(u[1]*x[1] + u[2]*x[2])");

        var u1x1 = M(Expr.Symbol("u", 1), Expr.Symbol("x", 1));
        var u2x2 = M(Expr.Symbol("u", 2), Expr.Symbol("x", 2));
        Assert.Equal(M(new Sym("v"), new Call(Fn.Relu, S(u1x1, u2x2))), e);
    }

    [Theory]
    [InlineData("", 1, "an expression", "end of input")]
    [InlineData("   ", 4, "an expression", "end of input")]
    [InlineData("x +", 4, "an expression", "end of input")]
    [InlineData("2x", 2, "end of input", "'x'")]
    [InlineData("3 4", 3, "an operator", "'4'")]
    [InlineData("(x", 3, "')'", "end of input")]
    [InlineData("((x + 1)", 9, "')'", "end of input")]
    [InlineData("x)", 2, "end of input", "')'")]
    [InlineData("exp(x))", 7, "end of input", "')'")]
    [InlineData("u[]", 3, "an index", "']'")]
    [InlineData("u[1.5]", 4, "']'", "'.'")]
    [InlineData("u[1,]", 5, "an index", "']'")]
    [InlineData("u[-1]", 3, "an index", "'-'")]
    [InlineData("x[1", 4, "']'", "end of input")]
    [InlineData("u[99999999999]", 3, "an index at most", "'99999999999'")]
    [InlineData("x^y", 3, "a rational constant exponent", "'y'")]
    [InlineData("x^(y - y)", 3, "a rational constant exponent", "'(y - y)'")]
    [InlineData("2^relu(1)", 3, "a rational constant exponent", "'relu(1)'")]
    [InlineData("x^", 3, "an expression", "end of input")]
    [InlineData("x^^2", 3, "an expression", "'^'")]
    [InlineData("**", 1, "an expression", "'*'")]
    [InlineData("x + * y", 5, "an expression", "'*'")]
    [InlineData("-", 2, "an expression", "end of input")]
    [InlineData("relu x", 6, "'('", "'x'")]
    [InlineData("relu + 1", 6, "'('", "'+'")]
    [InlineData("2*tanh", 7, "'('", "end of input")]
    [InlineData("foo(x)", 1, "relu, step, abs, sign, tanh, exp, log, sigmoid, sqrt", "'foo'")]
    [InlineData("x + bar (y)", 5, "a function name", "'bar'")]
    [InlineData("sqrt()", 6, "an expression", "')'")]
    [InlineData("x/0", 3, "a non-zero divisor", "'0'")]
    [InlineData("x / (0)", 5, "a non-zero divisor", "'(0)'")]
    [InlineData("1/0.0", 3, "a non-zero divisor", "'0.0'")]
    [InlineData("x^(1/0)", 6, "a non-zero divisor", "'0'")]
    [InlineData("1.", 3, "a digit", "end of input")]
    [InlineData(".5", 1, "an expression", "'.'")]
    [InlineData("1e", 2, "end of input", "'e'")]
    [InlineData("1e-", 2, "end of input", "'e'")]
    [InlineData("2exp(x)", 2, "end of input", "'e'")]
    [InlineData("1e99999", 2, "a decimal exponent between -1000 and 1000", "'e99999'")]
    [InlineData("x^2^2^2^2^2^2", 5, "at most 4096", "'2^2^2^2^2'")]
    [InlineData("x$", 2, "end of input", "'$'")]
    [InlineData("x = 1", 3, "end of input", "'='")]
    [InlineData("sigmoid(x", 10, "')'", "end of input")]
    public void Malformed_text_reports_column_expectation_and_what_was_found(
        string text, int column, string expectedFragment, string found)
    {
        var ex = Record.Exception(() => ExprParser.Parse(text));

        var parse = Assert.IsType<ParseException>(ex);
        Assert.Equal(column, parse.Column);
        Assert.Contains(expectedFragment, parse.Expected);
        Assert.Equal(found, parse.Found);
        Assert.Equal(text, parse.Text);
    }

    [Fact]
    public void Error_message_points_at_the_column_without_a_stack_trace()
    {
        var ex = Assert.Throws<ParseException>(() => ExprParser.Parse("x + * y"));

        var expected =
            "cannot parse expression at column 5: expected an expression, found '*'\n" +
            "  x + * y\n" +
            "      ^";
        Assert.Equal(expected, ex.Message);
        Assert.Null(ex.InnerException);
    }

    [Fact]
    public void Moderate_nesting_parses()
    {
        var text = new string('(', 100) + "x" + new string(')', 100);

        Assert.Equal(X, ExprParser.Parse(text));
    }

    [Theory]
    [InlineData("(", "x", ")")]
    [InlineData("-", "x", "")]
    [InlineData("x^", "1", "")]
    public void Nesting_deeper_than_the_stack_is_a_parse_error_not_a_crash(
        string open, string middle, string close)
    {
        int depth = 200_000;
        var text = string.Concat(Enumerable.Repeat(open, depth)) + middle
            + string.Concat(Enumerable.Repeat(close, depth));

        var ex = Assert.Throws<ParseException>(() => ExprParser.Parse(text));

        Assert.Equal("an expression nested less deeply", ex.Expected);
    }

    [Fact]
    public void After_a_complete_operand_the_error_names_the_operators()
    {
        var ex = Assert.Throws<ParseException>(() => ExprParser.Parse("2x"));

        Assert.Equal("an operator or end of input", ex.Expected);
    }
}
