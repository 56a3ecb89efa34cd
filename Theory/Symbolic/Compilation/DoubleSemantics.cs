using System.Numerics;
using System.Runtime.CompilerServices;
using Fractions;

namespace Verify.Theory.Symbolic.Compilation;

/// <summary>
/// The one definition of what an expression means in double precision. The interpreter
/// (<see cref="Evaluator.Evaluate(Expr, Func{Sym, double})"/>) calls these methods and the
/// compiler emits calls to the very same methods, so the two cannot drift apart. Kinks follow
/// <see cref="Kinks"/>; outside the real domain results are IEEE values (NaN, ±∞), not errors.
/// </summary>
internal static class DoubleSemantics
{
    /// <summary>How a rational exponent is evaluated; decided once per exponent.</summary>
    public enum PowerKind
    {
        /// <summary>An integer n that fits in an int: <see cref="IntegerPower"/>.</summary>
        Integer,
        /// <summary>p/q with q ≥ 2, both fitting in an int: <see cref="RootPower"/>.</summary>
        Root,
        /// <summary>An exponent too large for an int: <see cref="RealPower"/>.</summary>
        Real,
    }

    /// <summary>The double function applied by <paramref name="f"/>.</summary>
    public static Func<double, double> Function(Fn f) => f switch
    {
        Fn.Relu => Kinks.Relu,
        Fn.Step => Kinks.Step,
        Fn.Abs => Kinks.Abs,
        Fn.Sign => Kinks.Sign,
        Fn.Tanh => Math.Tanh,
        Fn.Exp => Math.Exp,
        Fn.Log => Math.Log,
        Fn.Sigmoid => Sigmoid,
        Fn.Sqrt => Math.Sqrt,
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, null),
    };

    /// <summary>1 / (1 + e^(−z)), written so that neither branch overflows.</summary>
    public static double Sigmoid(double z)
    {
        if (z >= 0) return 1.0 / (1.0 + Math.Exp(-z));
        double e = Math.Exp(z);
        return e / (1.0 + e);
    }

    /// <summary>b^r for a rational r, dispatched by <see cref="Classify"/>.</summary>
    public static double Pow(double b, Fraction r) => Classify(r, out int p, out int q) switch
    {
        PowerKind.Integer => IntegerPower(b, p),
        PowerKind.Root => RootPower(b, p, q),
        _ => RealPower(b, r.ToDouble()),
    };

    /// <summary>Splits a reduced exponent into numerator p and denominator q.</summary>
    public static PowerKind Classify(Fraction r, out int p, out int q)
    {
        var reduced = r.Reduce();
        BigInteger num = reduced.Numerator, den = reduced.Denominator;
        bool fits = num >= int.MinValue && num <= int.MaxValue && den <= int.MaxValue;
        p = fits ? (int)num : 0;
        q = fits ? (int)den : 0;
        if (!fits) return PowerKind.Real;
        return q == 1 ? PowerKind.Integer : PowerKind.Root;
    }

    /// <summary>
    /// b^n. Small exponents, the common case in polynomial units, are products, which are
    /// exact to one rounding per factor and far cheaper than Math.Pow; b^0 = 1 for every b.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double IntegerPower(double b, int n) => n switch
    {
        0 => 1.0,
        1 => b,
        2 => b * b,
        3 => b * b * b,
        4 => b * b * (b * b),
        -1 => 1.0 / b,
        -2 => 1.0 / (b * b),
        _ => Math.Pow(b, n),
    };

    /// <summary>
    /// b^(p/q) = (b^(1/q))^p with the real q-th root: NaN for a negative base when q is
    /// even, −|b|^(1/q) for a negative base when q is odd (so (−8)^(1/3) = −2).
    /// </summary>
    public static double RootPower(double b, int p, int q)
    {
        double root = q switch
        {
            2 => Math.Sqrt(b),
            3 => Math.Cbrt(b),
            _ when b >= 0 => Math.Pow(b, 1.0 / q),
            _ when q % 2 == 1 => -Math.Pow(-b, 1.0 / q),
            _ => double.NaN,
        };
        return IntegerPower(root, p);
    }

    /// <summary>b^x for an exponent beyond int range, with Math.Pow's conventions.</summary>
    public static double RealPower(double b, double x) => Math.Pow(b, x);
}
