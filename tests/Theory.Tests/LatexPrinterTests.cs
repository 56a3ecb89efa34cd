using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Fractions;
using Verify.Theory.Symbolic;
using Verify.Theory.Tests.Generators;

namespace Verify.Theory.Tests;

/// <summary>Behaviour of <see cref="LatexPrinter.ToLatex"/>, against hand-written LaTeX.</summary>
public class LatexPrinterTests
{
    private static readonly Sym X = new("x"), Y = new("y");

    private static Num N(long p, long q = 1) => new(new Fraction(p, q));
    private static Mul M(params Expr[] factors) => new([.. factors]);
    private static Pow P(Expr b, long p, long q = 1) => new(b, new Fraction(p, q));

    [Theory]
    [InlineData("3/2", @"\frac{3}{2}")]
    [InlineData("-3/2", @"-\frac{3}{2}")]
    [InlineData("-7", "-7")]
    [InlineData("x/y", @"\frac{x}{y}")]
    [InlineData("x^(-1)", @"\frac{1}{x}")]
    [InlineData("x^(-2)", @"\frac{1}{x^{2}}")]
    [InlineData("-x/y", @"-\frac{x}{y}")]
    [InlineData("3/2*x", @"\frac{3 x}{2}")]
    [InlineData("(x + 1)/(y - 1)", @"\frac{x + 1}{y - 1}")]
    [InlineData("x^2", "x^{2}")]
    [InlineData("x^(1/2)", "x^{1/2}")]
    [InlineData("(x + y)^2", @"\left(x + y\right)^{2}")]
    [InlineData("(x*y)^2", @"\left(x y\right)^{2}")]
    [InlineData("(-2)^2", @"\left(-2\right)^{2}")]
    [InlineData("(3/2)^2", @"\left(\frac{3}{2}\right)^{2}")]
    [InlineData("(x^2)^3", @"\left(x^{2}\right)^{3}")]
    [InlineData("-x^2", "-x^{2}")]
    [InlineData("-(x + y)", @"-\left(x + y\right)")]
    [InlineData("(x + y)*(x - y)", @"\left(x + y\right) \left(x - y\right)")]
    [InlineData("x - 2*y + 3", "x - 2 y + 3")]
    [InlineData("2*3", @"2 \cdot 3")]
    [InlineData("x*2", @"x \cdot 2")]
    [InlineData("2*2^3", @"2 \cdot 2^{3}")]
    [InlineData("u[1]", "u_{1}")]
    [InlineData("W[1,2]*x", "W_{1,2} x")]
    [InlineData("u_1[2]", "u_{1,2}")]
    [InlineData("u_1", "u_{1}")]
    [InlineData("theta + Sigma", @"\theta + \Sigma")]
    [InlineData("lr*x", @"\mathrm{lr} x")]
    public void Algebra_prints_as_hand_written_latex(string text, string latex)
    {
        Assert.Equal(latex, LatexPrinter.ToLatex(ExprParser.Parse(text)));
    }

    [Theory]
    [InlineData("relu(x)", @"\operatorname{relu}\left(x\right)")]
    [InlineData("step(x)", @"\operatorname{step}\left(x\right)")]
    [InlineData("sign(x)", @"\operatorname{sign}\left(x\right)")]
    [InlineData("abs(x - y)", @"\left|x - y\right|")]
    [InlineData("tanh(x)", @"\tanh\left(x\right)")]
    [InlineData("exp(-x)", @"\exp\left(-x\right)")]
    [InlineData("log(x)", @"\log\left(x\right)")]
    [InlineData("sigmoid(x)", @"\sigma\left(x\right)")]
    [InlineData("sqrt(x + 1)", @"\sqrt{x + 1}")]
    [InlineData("tanh(x)^2", @"\tanh\left(x\right)^{2}")]
    public void Functions_print_with_their_latex_names(string text, string latex)
    {
        Assert.Equal(latex, LatexPrinter.ToLatex(ExprParser.Parse(text)));
    }

    [Fact]
    public void The_canonical_example_prints_as_one_readable_formula()
    {
        var e = ExprParser.Parse("2*x*y - 3/2*u[1]^2 + relu(x - y)/z");

        var expected = @"2 x y - \frac{3 u_{1}^{2}}{2}"
            + @" + \frac{\operatorname{relu}\left(x - y\right)}{z}";
        Assert.Equal(expected, LatexPrinter.ToLatex(e));
    }

    [Fact]
    public void The_unit_of_the_issue_prints_with_subscripts()
    {
        var e = ExprParser.Parse("v*relu(u[1]*x[1] + u[2]*x[2])");

        var expected = @"v \operatorname{relu}\left(u_{1} x_{1} + u_{2} x_{2}\right)";
        Assert.Equal(expected, LatexPrinter.ToLatex(e));
    }

    [Fact]
    public void Trees_the_parser_never_builds_still_print_their_value()
    {
        // -1*2*x and x*(3/2) keep every factor; x*0^(-1) shows the division by zero.
        Assert.Equal(@"-2 x", LatexPrinter.ToLatex(M(N(-1), N(2), X)));
        Assert.Equal(@"x \cdot \frac{3}{2}", LatexPrinter.ToLatex(M(X, N(3, 2))));
        Assert.Equal(@"\frac{x}{0}", LatexPrinter.ToLatex(M(X, P(N(0), -1))));
        Assert.Equal(@"-1", LatexPrinter.ToLatex(M(N(-1))));
        Assert.Equal(@"-\left(-2\right)", LatexPrinter.ToLatex(M(N(-1), N(-2))));
        Assert.Equal(@"\frac{x}{y^{2}}", LatexPrinter.ToLatex(M(X, P(P(Y, 2), -1))));
    }

    [Property(Arbitrary = [typeof(ExprGenerators)], MaxTest = 300)]
    public Property Every_expression_prints_with_balanced_delimiters(Expr e)
    {
        // Each \left has its \right and each { its }.
        var latex = LatexPrinter.ToLatex(e);
        int lefts = CountOf(latex, @"\left"), rights = CountOf(latex, @"\right");
        int opens = latex.Count(c => c == '{'), closes = latex.Count(c => c == '}');
        return (lefts == rights && opens == closes).Label(latex);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "").Length) / part.Length;
}
