using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fractions;
using Verify.Theory.Symbolic;
using Verify.Theory.Tests.Generators;

namespace Verify.Theory.Tests;

/// <summary>Behaviour of <see cref="ExprPrinter.ToText"/>: hand-checked texts for the shapes
/// where printing is delicate, and the round-trip laws with <see cref="ExprParser"/>.</summary>
public class PrinterTests
{
    private static readonly Sym X = new("x"), Y = new("y");

    private static Num N(long p, long q = 1) => new(new Fraction(p, q));
    private static Mul M(params Expr[] factors) => new([.. factors]);
    private static Add S(params Expr[] terms) => new([.. terms]);
    private static Pow P(Expr b, long p, long q = 1) => new(b, new Fraction(p, q));

    public static TheoryData<Expr, string> DelicateShapes => new()
    {
        { N(3, 2), "3/2" },
        { N(-3, 2), "-3/2" },
        { M(N(-1), X), "-x" },
        { M(N(-1), N(2), X), "-1*2*x" },
        { S(X, M(N(-1), N(2), Y)), "x - 1*2*y" },
        { S(X, M(N(-1), Y)), "x - y" },
        { S(X, M(N(-3, 2), Y)), "x - 3/2*y" },
        { S(N(-3), X), "-3 + x" },
        { S(X, N(-3)), "x - 3" },
        { M(X, N(3, 2)), "x*(3/2)" },
        { M(X, N(-3)), "x*(-3)" },
        { M(N(3), P(N(2), -1)), "3*2^(-1)" },
        { M(X, P(N(2), -1)), "x/2" },
        { M(X, P(P(Y, 2), -1)), "x*(y^2)^(-1)" },
        { M(X, P(N(0), -1)), "x*0^(-1)" },
        { M(X, P(Y, -2)), "x/y^2" },
        { M(X, P(Y, -1, 2)), "x/y^(1/2)" },
        { M(X, P(S(X, Y), -1)), "x/(x + y)" },
        { M(X, P(N(-2), -1)), "x/(-2)" },
        { P(X, -1), "x^(-1)" },
        { P(N(-2), 2), "(-2)^2" },
        { P(N(3, 2), 2), "(3/2)^2" },
        { P(M(N(-1), X), 2), "(-x)^2" },
        { M(N(-1), P(X, 2)), "-x^2" },
        { new Call(Fn.Relu, S(X, M(N(-1), Y))), "relu(x - y)" },
        { M(S(X, Y), Y), "(x + y)*y" },
        { Expr.Symbol("W", 1, 2), "W[1,2]" },
    };

    [Theory]
    [MemberData(nameof(DelicateShapes))]
    public void Delicate_shapes_print_as_hand_written_and_read_back(Expr e, string text)
    {
        Assert.Equal(text, ExprPrinter.ToText(e));
        Assert.Equal(e, ExprParser.Parse(text));
    }

    [Theory]
    [InlineData("2*x*y - 3/2*u[1]^2 + relu(x - y)/z")]
    [InlineData("v*relu(u[1]*x[1] + u[2]*x[2])")]
    [InlineData("-x^2 + 1/4*x/y + y^(-1)")]
    [InlineData("1/3*x^3 - 2*x + 7")]
    [InlineData("x*y/3")]
    [InlineData("sigmoid(W[1,2]*x)*(1 - sigmoid(W[1,2]*x))")]
    [InlineData("exp(-x^2/2)/sqrt(2)")]
    [InlineData("abs(x) - sign(x)*x + step(-y)*tanh(z)^2 - log(x)")]
    [InlineData("-1/1000000*x + 1000000000000*y")]
    public void Canonical_looking_text_prints_back_unchanged(string text)
    {
        // print(parse(s)) = s for text already in the printer's layout.
        Assert.Equal(text, ExprPrinter.ToText(ExprParser.Parse(text)));
    }

    [Property(Arbitrary = [typeof(ExprGenerators)], MaxTest = 500)]
    public Property Parse_inverts_print_on_random_expressions(Expr e)
    {
        // parse(print(e)) = e, structurally.
        var text = ExprPrinter.ToText(e);
        var back = ExprParser.Parse(text);
        return (back == e).Label($"{text} read back as {ExprPrinter.ToText(back)}")
            .Classify(text.Contains('/'), "has a quotient")
            .Classify(text.Contains('^'), "has a power")
            .Classify(text.Contains('('), "has parentheses");
    }

    [Property(Arbitrary = [typeof(ExprGenerators)], MaxTest = 300)]
    public Property Print_is_stable_after_one_round(Expr e)
    {
        // print(parse(print(e))) = print(e).
        var text = ExprPrinter.ToText(e);
        return (ExprPrinter.ToText(ExprParser.Parse(text)) == text).Label(text);
    }

    [Fact]
    public void Round_trip_generator_reaches_every_node_kind_and_boundary_constant()
    {
        // The round-trip properties only mean something if the trees are not all trivial.
        var sample = ExprGenerators.Expression.Sample(400, new Rnd(20260101UL), 80);
        var nodes = sample.SelectMany(Descendants).ToList();

        var functions = nodes.OfType<Call>().Select(c => c.Function).Distinct().Count();
        Assert.Equal(Enum.GetValues<Fn>().Length, functions);
        Assert.Contains(nodes, n => n is Pow { Exponent.IsNegative: true });
        Assert.Contains(nodes, n => n is Pow p && p.Exponent.Denominator != 1);
        Assert.Contains(nodes, n => n is Add { Terms.Length: 3 });
        Assert.Contains(nodes, n => n is Mul { Factors: [Num { Value.IsNegative: true }, ..] });
        Assert.Contains(nodes, n => n is Num { Value.IsZero: true });
        Assert.Contains(nodes, n => n is Num m
            && Fraction.Abs(m.Value) < new Fraction(1, 1_000_000) && !m.Value.IsZero);
        Assert.Contains(nodes, n => n is Num m && Fraction.Abs(m.Value) > new Fraction(1_000_000));
        Assert.Contains(nodes, n => n is Sym { Indices.Count: 2 });
    }

    private static IEnumerable<Expr> Descendants(Expr e) =>
        e.Children.SelectMany(Descendants).Prepend(e);

    [Fact]
    public void Parse_inverts_print_on_polynomials_and_rational_functions()
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(300);
        foreach (var gen in new[] { ExprGenerators.Polynomial, ExprGenerators.RationalFunction })
        {
            Prop.ForAll(Arb.From(gen, ExprGenerators.Shrink), e =>
            {
                var text = ExprPrinter.ToText(e);
                return (ExprParser.Parse(text) == e).Label(text);
            }).Check(config);
        }
    }
}
