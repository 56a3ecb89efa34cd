using System.Collections.Immutable;
using System.Text;
using Fractions;

namespace Verify.Theory.Symbolic;

/// <summary>
/// Prints expressions in the text syntax that <see cref="ExprParser"/> reads. The printer
/// and the parser agree on these shapes, so that parse(print(e)) == e for every tree the
/// parser or <see cref="Canonical.Simplify"/> produces:
/// a − b is Add(a, Mul(−1, b)); −3·b is Mul(−3, b); a/b is Mul(a, Pow(b, −1));
/// 3/2 is the constant Num(3/2); x^(−2) inside a product prints as /x^2.
/// </summary>
/// <remarks>
/// Trees built from parts through <see cref="Expr.Sum"/>, <see cref="Expr.Product"/> and
/// <see cref="Expr.Power"/> round-trip too, because the shapes the parser would merge print
/// differently: Mul(−1, 2, x) is <c>-1*2*x</c> (not −2·x), Mul(3, Pow(2, −1)) is
/// <c>3*2^(-1)</c> (not the constant 3/2), Mul(x, Pow(Pow(y, 2), −1)) is
/// <c>x*(y^2)^(-1)</c> (not y^(−2)), and Mul(x, Pow(0, −1)) is <c>x*0^(-1)</c> (the parser
/// rejects "/0"). A non-leading constant prints in parentheses: <c>x*(3/2)</c>.
/// </remarks>
public static class ExprPrinter
{
    // Binding strength of the node printed at the top of a string.
    private const int SumLevel = 1, ProductLevel = 2, UnaryLevel = 3, PowerLevel = 4, AtomLevel = 5;

    /// <summary>The text syntax of <paramref name="e"/>.</summary>
    public static string ToText(Expr e)
    {
        var sb = new StringBuilder();
        Write(sb, e, SumLevel);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Expr e, int context)
    {
        int level = Level(e);
        bool parens = level < context;
        if (parens) sb.Append('(');
        switch (e)
        {
            case Num n: WriteNumber(sb, n.Value); break;
            case Sym s: sb.Append(s.Key); break;
            case Call c:
                sb.Append(FnNames.Name(c.Function)).Append('(');
                Write(sb, c.Argument, SumLevel);
                sb.Append(')');
                break;
            case Pow p: WritePower(sb, p); break;
            case Mul m: WriteProduct(sb, m); break;
            case Add a: WriteSum(sb, a); break;
            default: throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name);
        }
        if (parens) sb.Append(')');
    }

    private static int Level(Expr e) => e switch
    {
        Num n when n.Value.IsNegative => UnaryLevel,
        Num n when n.Value.Denominator != 1 => ProductLevel,
        Num or Sym or Call => AtomLevel,
        Pow => PowerLevel,
        Mul m when SignedTerm.IsNegated(m) => UnaryLevel,
        Mul => ProductLevel,
        Add => SumLevel,
        _ => AtomLevel,
    };

    private static void WriteNumber(StringBuilder sb, Fraction v)
    {
        if (v.IsNegative) sb.Append('-');
        var a = v.IsNegative ? -v : v;
        sb.Append(a.Numerator);
        if (a.Denominator != 1) sb.Append('/').Append(a.Denominator);
    }

    private static void WritePower(StringBuilder sb, Pow p)
    {
        Write(sb, p.Base, AtomLevel);
        sb.Append('^');
        if (p.Exponent.IsNegative || p.Exponent.Denominator != 1)
        {
            sb.Append('(');
            WriteNumber(sb, p.Exponent);
            sb.Append(')');
        }
        else
        {
            sb.Append(p.Exponent.Numerator);
        }
    }

    private static void WriteProduct(StringBuilder sb, Mul m)
    {
        var factors = m.Factors;
        int start = 0;
        if (SignedTerm.IsNegated(m))
        {
            sb.Append('-');
            factors = SignedTerm.Magnitude(m);
            if (CanDropOne(factors)) start = 1;
        }
        for (int i = start; i < factors.Length; i++)
        {
            var f = factors[i];
            if (i > start && f is Pow p && PrintsAsQuotient(factors[i - 1], p))
            {
                sb.Append('/');
                Write(sb, Expr.Power(p.Base, -p.Exponent), PowerLevel);
                continue;
            }
            if (i > start) sb.Append('*');
            // The first factor of "-a*b" binds tighter than the product.
            Write(sb, f, i == start ? ProductLevel : PowerLevel);
        }
    }

    // "-1*2*x" must keep its 1: the parser reads "-2*x" as the single coefficient −2.
    private static bool CanDropOne(ImmutableArray<Expr> factors) =>
        factors[0] is Num { Value: var c } && c == Fraction.One
        && factors.Length > 1 && factors[1] is not Num;

    /// <summary>
    /// Whether <paramref name="p"/> after <paramref name="previous"/> may print as "/base^k".
    /// The parser folds "3/2" into one constant, turns "/b^2" into b^(−2) and rejects "/0",
    /// so those three shapes print as explicit negative powers instead.
    /// </summary>
    private static bool PrintsAsQuotient(Expr previous, Pow p) =>
        p.Exponent.IsNegative
        && p.Base is not Pow
        && !(p.Base is Num && previous is Num)
        && !(p.Base is Num { Value.IsZero: true } && p.Exponent == Fraction.MinusOne);

    private static void WriteSum(StringBuilder sb, Add a)
    {
        for (int i = 0; i < a.Terms.Length; i++)
        {
            var t = a.Terms[i];
            if (i == 0)
            {
                Write(sb, t, UnaryLevel - 1);
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
                    var rest = CanDropOne(positive)
                        ? Expr.Product(positive.RemoveAt(0))
                        : new Mul(positive);
                    Write(sb, rest, ProductLevel);
                    break;
                default:
                    sb.Append(" + ");
                    Write(sb, t, ProductLevel);
                    break;
            }
        }
    }
}
