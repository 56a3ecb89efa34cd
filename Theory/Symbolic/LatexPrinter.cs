using System.Globalization;
using System.Text;
using Fractions;

namespace Verify.Theory.Symbolic;

/// <summary>
/// Prints expressions as LaTeX math (for <c>verify derive --latex</c> and reports).
/// </summary>
/// <remarks>
/// Conventions:
/// <list type="bullet">
/// <item>Products with factors x^(−k) or a fractional coefficient print as
/// <c>\frac{numerator}{denominator}</c>; a leading negative coefficient becomes a minus sign
/// in front, and a lone x^(−1) is <c>\frac{1}{x}</c>.</item>
/// <item>Exponents are <c>^{k}</c>, with fractional exponents written inline as
/// <c>^{p/q}</c>.</item>
/// <item>Indices are one subscript: <c>u[1]</c> is <c>u_{1}</c>, <c>W[1,2]</c> is
/// <c>W_{1,2}</c>. Underscores in a name start the subscript too, and its parts come before
/// the indices, comma-separated: <c>u_1[2]</c> is <c>u_{1,2}</c>.</item>
/// <item>Names: a single letter prints as itself, a Greek letter name (<c>theta</c>,
/// <c>Sigma</c>) as its command (<c>\theta</c>, <c>\Sigma</c>), any other name upright as
/// <c>\mathrm{name}</c>.</item>
/// <item>Functions: <c>\tanh</c>, <c>\exp</c>, <c>\log</c>, <c>\sigma</c> for sigmoid,
/// <c>\sqrt{z}</c>, <c>\left|z\right|</c> for abs and <c>\operatorname{relu}</c>,
/// <c>\operatorname{step}</c>, <c>\operatorname{sign}</c> for the others.</item>
/// <item>Factors are juxtaposed with a space; <c>\cdot</c> separates a factor from a
/// following one that starts with a digit or is a constant (<c>2 \cdot 3</c>,
/// <c>x \cdot 2</c>), so that digits never run together.</item>
/// <item>Parentheses are <c>\left( \right)</c> and appear only where precedence needs them.</item>
/// </list>
/// </remarks>
public static class LatexPrinter
{
    // Binding strength of the node printed at the top of a string, as in ExprPrinter.
    private const int SumLevel = 1, ProductLevel = 2, UnaryLevel = 3, PowerLevel = 4, AtomLevel = 5;

    private static readonly HashSet<string> Greek =
    [
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
        "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi",
        "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi",
        "Psi", "Omega",
    ];

    /// <summary>The LaTeX math-mode text of <paramref name="e"/> (without surrounding $).</summary>
    public static string ToLatex(Expr e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var sb = new StringBuilder();
        Write(sb, e, SumLevel);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Expr e, int context)
    {
        bool parens = Level(e) < context;
        if (parens) sb.Append(@"\left(");
        switch (e)
        {
            case Num n: WriteNumber(sb, n.Value); break;
            case Sym s: WriteSymbol(sb, s); break;
            case Call c: WriteCall(sb, c); break;
            case Pow p when p.Exponent.IsNegative: WriteProduct(sb, [p]); break;
            case Pow p: WritePower(sb, p); break;
            case Mul m: WriteProduct(sb, m.Factors); break;
            case Add a: WriteSum(sb, a); break;
            default: throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name);
        }
        if (parens) sb.Append(@"\right)");
    }

    private static int Level(Expr e) => e switch
    {
        Num n when n.Value.IsNegative => UnaryLevel,
        Num n when n.Value.Denominator != 1 => ProductLevel,
        Num or Sym or Call => AtomLevel,
        Pow p when p.Exponent.IsNegative => ProductLevel,
        Pow => PowerLevel,
        Mul m when SignedTerm.IsNegated(m) => UnaryLevel,
        Mul => ProductLevel,
        _ => SumLevel,
    };

    private static void WriteNumber(StringBuilder sb, Fraction v)
    {
        if (v.IsNegative) sb.Append('-');
        var a = v.IsNegative ? -v : v;
        if (a.Denominator == 1)
        {
            sb.Append(a.Numerator);
            return;
        }
        sb.Append(@"\frac{").Append(a.Numerator).Append("}{").Append(a.Denominator).Append('}');
    }

    private static void WriteSymbol(StringBuilder sb, Sym s)
    {
        var parts = s.Name.Split('_');
        WriteName(sb, parts[0]);
        var subscript = parts.Skip(1).Where(p => p.Length > 0)
            .Concat(s.Indices.Select(i => i.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        if (subscript.Count > 0) sb.Append("_{").Append(string.Join(",", subscript)).Append('}');
    }

    private static void WriteName(StringBuilder sb, string name)
    {
        if (name.Length == 1) sb.Append(name);
        else if (Greek.Contains(name)) sb.Append('\\').Append(name);
        else sb.Append(@"\mathrm{").Append(name).Append('}');
    }

    private static void WriteCall(StringBuilder sb, Call c)
    {
        switch (c.Function)
        {
            case Fn.Sqrt:
                sb.Append(@"\sqrt{");
                Write(sb, c.Argument, SumLevel);
                sb.Append('}');
                return;
            case Fn.Abs:
                sb.Append(@"\left|");
                Write(sb, c.Argument, SumLevel);
                sb.Append(@"\right|");
                return;
        }
        sb.Append(c.Function switch
        {
            Fn.Tanh => @"\tanh",
            Fn.Exp => @"\exp",
            Fn.Log => @"\log",
            Fn.Sigmoid => @"\sigma",
            _ => @"\operatorname{" + FnNames.Name(c.Function) + "}",
        });
        sb.Append(@"\left(");
        Write(sb, c.Argument, SumLevel);
        sb.Append(@"\right)");
    }

    private static void WritePower(StringBuilder sb, Pow p)
    {
        Write(sb, p.Base, AtomLevel);
        sb.Append("^{").Append(p.Exponent.Numerator);
        if (p.Exponent.Denominator != 1) sb.Append('/').Append(p.Exponent.Denominator);
        sb.Append('}');
    }

    /// <summary>
    /// A product as sign, numerator and denominator: the leading constant gives the sign and
    /// its numerator and denominator; each x^(−k) moves to the denominator as x^k.
    /// </summary>
    private static void WriteProduct(StringBuilder sb, IReadOnlyList<Expr> factors)
    {
        var numerator = new List<Expr>();
        var denominator = new List<Expr>();
        int start = 0;
        bool signed = false;
        if (factors[0] is Num c)
        {
            start = 1;
            signed = c.Value.IsNegative;
            if (signed) sb.Append('-');
            var a = c.Value.IsNegative ? -c.Value : c.Value;
            if (a.Numerator != 1) numerator.Add(new Num(new Fraction(a.Numerator)));
            if (a.Denominator != 1) denominator.Add(new Num(new Fraction(a.Denominator)));
        }
        for (int i = start; i < factors.Count; i++)
        {
            if (factors[i] is Pow { Exponent.IsNegative: true } p)
                denominator.Add(Expr.Power(p.Base, -p.Exponent));
            else
                numerator.Add(factors[i]);
        }
        if (denominator.Count == 0)
        {
            // A bare leading constant (including "-1" alone) still prints.
            var shown = numerator.Count == 0 ? [Expr.One] : numerator;
            WriteFactors(sb, shown, signed ? PowerLevel : ProductLevel);
            return;
        }
        sb.Append(@"\frac{");
        WriteFactors(sb, numerator.Count == 0 ? [Expr.One] : numerator, SumLevel);
        sb.Append("}{");
        WriteFactors(sb, denominator, SumLevel);
        sb.Append('}');
    }

    /// <summary>Juxtaposed factors; a lone one is written in <paramref name="aloneContext"/>
    /// (a \frac group needs no parentheses, a factor after a minus sign does).</summary>
    private static void WriteFactors(StringBuilder sb, List<Expr> factors, int aloneContext)
    {
        int context = factors.Count == 1 ? aloneContext : PowerLevel;
        for (int i = 0; i < factors.Count; i++)
        {
            if (i > 0)
            {
                bool digitNext = factors[i] is Num || StartsWithDigit(factors[i]);
                sb.Append(digitNext ? @" \cdot " : " ");
            }
            // \frac{p}{q} delimits itself, so a positive fraction needs no parentheses here.
            bool fraction = factors[i] is Num { Value: { IsNegative: false } v }
                && v.Denominator != 1;
            Write(sb, factors[i], fraction ? ProductLevel : context);
        }
    }

    private static bool StartsWithDigit(Expr e) => e switch
    {
        Num n => !n.Value.IsNegative,
        Pow p => Level(p.Base) >= AtomLevel && StartsWithDigit(p.Base),
        _ => false,
    };

    private static void WriteSum(StringBuilder sb, Add a)
    {
        for (int i = 0; i < a.Terms.Length; i++)
        {
            var t = a.Terms[i];
            if (i == 0)
            {
                Write(sb, t, ProductLevel);
                continue;
            }
            switch (t)
            {
                case Num n when n.Value.IsNegative:
                    sb.Append(" - ");
                    WriteNumber(sb, -n.Value);
                    break;
                case Mul m when SignedTerm.IsNegated(m):
                    sb.Append(" - ");
                    var positive = SignedTerm.Magnitude(m);
                    WriteProduct(sb, positive);
                    break;
                default:
                    sb.Append(" + ");
                    Write(sb, t, ProductLevel);
                    break;
            }
        }
    }
}
