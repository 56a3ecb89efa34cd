using System.Numerics;
using Fractions;

namespace Verify.Theory.Symbolic.Algebra;

/// <summary>
/// Maps an expression to its canonical rational function. Non-polynomial functions become
/// atoms whose arguments are canonical, after these exact rewrites:
/// <list type="bullet">
/// <item>constant arguments are evaluated where the value is rational (relu(−2) = 0, exp(0) = 1);</item>
/// <item>a positive factor c of the argument (a positive rational, or a product of symbols
///   declared positive) comes out: relu(c·w) = c·relu(w), |c·w| = c·|w|,
///   step(c·w) = step(w), sign(c·w) = sign(w);</item>
/// <item>the argument's leading coefficient is made positive: relu(−w) = relu(w) − w,
///   |−w| = |w|, sign(−w) = −sign(w), step(−w) = step(w) − sign(w), tanh(−w) = −tanh(w),
///   sigmoid(−w) = 1 − sigmoid(w). Each holds at w = 0 too under step(0) = sign(0) = 0;</item>
/// <item>sqrt(z) = z^(1/2); b^(p/q) = b^k·(b^(1/q))^s with p = kq + s, 0 ≤ s &lt; q;
///   roots of one base in a product merge into one, b^(e/L) in lowest terms, with
///   (b^(1/q))^q = b; perfect powers of rational constants are taken exactly.</item>
/// </list>
/// </summary>
internal sealed class Canonicalizer(Assumptions assumptions)
{
    // Exact expansion beyond these sizes takes minutes and gigabytes; stop with a clear error.
    private const int MaxExponent = 10_000, MaxRootDegree = 1_000;

    private readonly Dictionary<Expr, RationalFunction> memo = [];

    public RationalFunction Convert(Expr e)
    {
        if (memo.TryGetValue(e, out var cached)) return cached;
        var r = e switch
        {
            Num n => RationalFunction.Constant(n.Value),
            Sym s => RationalFunction.Of(Atom.OfSymbol(s)),
            Add a => a.Terms.Aggregate(RationalFunction.Zero, (acc, t) => acc + Convert(t)),
            Mul m => ReduceRoots(m.Factors.Aggregate(RationalFunction.One, (acc, f) => acc * Convert(f))),
            Pow p => Power(Convert(p.Base), p.Exponent, p),
            Call c => Apply(c.Function, Convert(c.Argument)),
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name),
        };
        memo[e] = r;
        return r;
    }

    private static RationalFunction Power(RationalFunction b, Fraction r, Expr source)
    {
        // 0^0 = 1, as in the evaluators.
        if (r.IsZero) return RationalFunction.One;
        if (BigInteger.Abs(r.Numerator) > MaxExponent || r.Denominator > MaxRootDegree)
            throw Errors.ExponentBeyondBudget(source.ToString(), MaxExponent, MaxRootDegree);
        if (b.IsZero && r.IsNegative) throw Errors.DivisionByZero(source.ToString());
        if (r.Denominator.IsOne) return ReduceRoots(b.Pow((int)r.Numerator));
        int q = (int)r.Denominator;
        var k = BigInteger.Divide(r.Numerator - Mod(r.Numerator, q), q);
        int s = (int)Mod(r.Numerator, q);
        var integral = b.Pow((int)k);
        return ReduceRoots(integral * Root(b, q, source).Pow(s));
    }

    private static BigInteger Mod(BigInteger a, int q) => ((a % q) + q) % q;

    /// <summary>
    /// b^(1/q) as a canonical rational function: exact for perfect powers of constants, else
    /// an atom whose base is the whole of b. Splitting N/D into N^(1/q)/D^(1/q) would be
    /// wrong for even q where N and D are both negative.
    /// </summary>
    private static RationalFunction Root(RationalFunction b, int q, Expr source)
    {
        if (b.IsConstant)
        {
            var c = b.ConstantValue;
            if (c.IsNegative && q % 2 == 0) throw Errors.EvenRootOfNegative(source.ToString(), c.ToString());
            if (ExactRoot(c, q) is { } exact) return RationalFunction.Constant(exact);
        }
        return RationalFunction.Of(Atom.OfRoot(b, q));
    }

    private static Fraction? ExactRoot(Fraction c, int q)
    {
        if (!Evaluator.TryIntegerRoot(BigInteger.Abs(c.Numerator), q, out var n)
            || !Evaluator.TryIntegerRoot(c.Denominator, q, out var d))
            return null;
        var root = new Fraction(n, d);
        return c.IsNegative ? -root : root;
    }

    /// <summary>
    /// Replaces (b^(1/q))^e with e ≥ q by b^⌊e/q⌋·(b^(1/q))^(e mod q), and clears roots that
    /// divide the whole denominator: N/(D·ρ^s) = N·ρ^(q−s)/(D·b) for ρ = b^(1/q).
    /// </summary>
    private static RationalFunction ReduceRoots(RationalFunction r)
    {
        while (true)
        {
            var rootsBelow = r.Denominator.MonomialContent().Where(a => a.IsRoot);
            if (!rootsBelow.IsOne)
            {
                var lift = RationalFunction.One;
                foreach (var (a, e) in rootsBelow.Factors)
                    lift *= RationalFunction.Of(a).Pow(a.RootDegree - e % a.RootDegree);
                r = Reduce(r.Numerator * lift.Numerator) / Reduce(r.Denominator * lift.Numerator);
                continue;
            }
            if (!HasReducibleRoot(r.Numerator) && !HasReducibleRoot(r.Denominator)) return r;
            r = Reduce(r.Numerator) / Reduce(r.Denominator);
        }
    }

    // A monomial's roots are in normal form when each base has one root atom ρ = b^(1/q)
    // with exponent e < q and gcd(e, q) = 1.
    private static bool HasReducibleRoot(Polynomial p) =>
        p.Terms.Any(t => !RootsReduced(t.Monomial));

    private static bool RootsReduced(Monomial m)
    {
        var bases = new HashSet<RationalFunction>();
        foreach (var (a, e) in m.Factors)
        {
            if (!a.IsRoot) continue;
            if (e >= a.RootDegree || BigInteger.GreatestCommonDivisor(e, a.RootDegree) > 1) return false;
            if (!bases.Add(a.Argument!)) return false;
        }
        return true;
    }

    private static RationalFunction Reduce(Polynomial p)
    {
        var sum = RationalFunction.Zero;
        foreach (var (m, c) in p.Terms)
        {
            var term = RationalFunction.Constant(c);
            // Σ e_i/q_i per base, as a fraction E/L with L = lcm of the root degrees.
            var exponents = new Dictionary<RationalFunction, Fraction>();
            foreach (var (a, e) in m.Factors)
            {
                if (a.IsRoot)
                {
                    var share = new Fraction(e, a.RootDegree);
                    exponents[a.Argument!] = exponents.TryGetValue(a.Argument!, out var old) ? old + share : share;
                }
                else
                {
                    term *= RationalFunction.Of(a).Pow(e);
                }
            }
            foreach (var (b, r) in exponents)
            {
                // b^(E/L) = b^⌊E/L⌋ · (b^(1/L'))^s' with E/L reduced to lowest terms s'/L'.
                var whole = (int)BigInteger.Divide(r.Numerator, r.Denominator);
                var frac = r - whole;
                term *= b.Pow(whole);
                if (!frac.IsZero)
                    term *= Root(b, (int)frac.Denominator, b.ToExpr()).Pow((int)frac.Numerator);
            }
            sum += term;
        }
        return sum;
    }

    private RationalFunction Apply(Fn f, RationalFunction w)
    {
        if (f == Fn.Sqrt) return Power(w, new Fraction(1, 2), new Call(f, w.ToExpr()));
        if (w.IsConstant && EvaluateConstant(f, w.ConstantValue) is { } value)
            return RationalFunction.Constant(value);
        if (f is Fn.Relu or Fn.Abs or Fn.Step or Fn.Sign)
        {
            var (c, rest) = SplitPositiveFactor(w);
            var inner = rest.IsConstant && EvaluateConstant(f, rest.ConstantValue) is { } v
                ? RationalFunction.Constant(v)
                : ApplyOddEven(f, rest);
            return f is Fn.Relu or Fn.Abs ? inner * c : inner;
        }
        return ApplyOddEven(f, w);
    }

    // Sign normalisation: the atom's argument always has a positive leading coefficient.
    private static RationalFunction ApplyOddEven(Fn f, RationalFunction w)
    {
        if (!w.Numerator.LeadingCoefficient.IsNegative || f is Fn.Exp or Fn.Log)
            return RationalFunction.Of(Atom.OfCall(f, w));
        var p = -w;
        var atom = RationalFunction.Of(Atom.OfCall(f, p));
        return f switch
        {
            Fn.Relu => atom - p,                                            // relu(−p) = relu(p) − p
            Fn.Abs => atom,                                                 // |−p| = |p|
            Fn.Sign => -atom,                                               // sign(−p) = −sign(p)
            Fn.Step => atom - RationalFunction.Of(Atom.OfCall(Fn.Sign, p)), // step(−p) = step(p) − sign(p)
            Fn.Tanh => -atom,                                               // tanh(−p) = −tanh(p)
            Fn.Sigmoid => RationalFunction.One - atom,                      // σ(−p) = 1 − σ(p)
            _ => throw new ArgumentOutOfRangeException(nameof(f)),
        };
    }

    /// <summary>
    /// w = c·w′ with c a positive rational times a ratio of monomials in positive symbols,
    /// chosen so that w′'s numerator has coprime integer coefficients and neither part has
    /// a positive-symbol monomial factor.
    /// </summary>
    private (RationalFunction Factor, RationalFunction Reduced) SplitPositiveFactor(RationalFunction w)
    {
        var content = w.Numerator.RationalContent();
        var up = w.Numerator.MonomialContent().Where(IsPositiveSymbol);
        var down = w.Denominator.MonomialContent().Where(IsPositiveSymbol);
        if (content == Fraction.One && up.IsOne && down.IsOne) return (RationalFunction.One, w);
        var factor = RationalFunction.Create(Polynomial.Term(up, content), Polynomial.Term(down, Fraction.One));
        var rest = RationalFunction.Create(
            w.Numerator.Unshift(up).Scale(Fraction.One / content),
            w.Denominator.Unshift(down));
        return (factor, rest);
    }

    private bool IsPositiveSymbol(Atom a) => a.IsSymbol && assumptions.IsPositive(a.Symbol!);

    /// <summary>The exact value at a rational argument, or null when it is irrational.</summary>
    private static Fraction? EvaluateConstant(Fn f, Fraction z) => f switch
    {
        Fn.Relu => Kinks.Relu(z),
        Fn.Step => Kinks.Step(z),
        Fn.Abs => Kinks.Abs(z),
        Fn.Sign => Kinks.Sign(z),
        Fn.Tanh when z.IsZero => Fraction.Zero,
        Fn.Exp when z.IsZero => Fraction.One,
        Fn.Sigmoid when z.IsZero => new Fraction(1, 2),
        Fn.Log when z == Fraction.One => Fraction.Zero,
        Fn.Log when !z.IsPositive => throw Errors.LogOfNonPositive($"log({z})", z.ToString()),
        _ => null,
    };
}
