using System.Numerics;
using Fractions;
using Verify.Theory.Symbolic.Compilation;

namespace Verify.Theory.Symbolic;

/// <summary>
/// Evaluates expressions at a point: exactly over the rationals, or in double precision.
/// Both follow the kink convention of <see cref="Kinks"/> (step(0) = sign(0) = 0).
/// The double semantics are shared with <see cref="Compiler"/>, which agrees with
/// <see cref="Evaluate(Expr, Func{Sym, double})"/> to the last bit on every input.
/// </summary>
public static class Evaluator
{
    /// <summary>
    /// The exact rational value of <paramref name="e"/>. relu, step, abs and sign are exact
    /// everywhere; exp, log, tanh, sigmoid, sqrt and rational powers only where the value is
    /// rational (exp(0) = 1, log(1) = 0, tanh(0) = 0, sigmoid(0) = 1/2, perfect powers).
    /// </summary>
    /// <exception cref="SymbolicException">A symbol has no value; a divisor or the base of
    /// a negative power is 0; log of a non-positive number; an even root of a negative
    /// number; or a value that is real but not rational (use <see cref="Evaluate(Expr,
    /// IReadOnlyDictionary{Sym, double})"/> for those).</exception>
    public static Fraction EvaluateExact(Expr e, IReadOnlyDictionary<Sym, Fraction> values)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(values);
        return new ExactEvaluation(values).Value(e).Reduce();
    }

    /// <summary>The double value of <paramref name="e"/>; IEEE results (NaN, ±∞) outside
    /// the real domain rather than errors.</summary>
    /// <exception cref="SymbolicException">A symbol of <paramref name="e"/> has no value in
    /// <paramref name="values"/>.</exception>
    public static double Evaluate(Expr e, IReadOnlyDictionary<Sym, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Evaluate(e, s => values.TryGetValue(s, out double x)
            ? x
            : throw Errors.UnboundSymbol(s.Key));
    }

    /// <summary>The double value of <paramref name="e"/> with symbol values from
    /// <paramref name="value"/>; see <see cref="Evaluate(Expr, IReadOnlyDictionary{Sym,
    /// double})"/>.</summary>
    public static double Evaluate(Expr e, Func<Sym, double> value)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(value);
        return new DoubleEvaluation(value).Value(e);
    }

    private sealed class DoubleEvaluation(Func<Sym, double> symbolValue)
    {
        private readonly Dictionary<Expr, double> memo = new(ReferenceEqualityComparer.Instance);

        public double Value(Expr e)
        {
            switch (e)
            {
                case Num n: return n.Value.ToDouble();
                case Sym s: return symbolValue(s);
            }
            if (memo.TryGetValue(e, out double done)) return done;
            double x = e switch
            {
                // Left to right from the first operand, the order the compiler emits.
                Add a => Fold(a.Terms, static (acc, t) => acc + t),
                Mul m => Fold(m.Factors, static (acc, f) => acc * f),
                Pow p => DoubleSemantics.Pow(Value(p.Base), p.Exponent),
                Call c => DoubleSemantics.Function(c.Function)(Value(c.Argument)),
                _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name),
            };
            memo[e] = x;
            return x;
        }

        private double Fold(IReadOnlyList<Expr> operands, Func<double, double, double> op)
        {
            double acc = Value(operands[0]);
            for (int i = 1; i < operands.Count; i++) acc = op(acc, Value(operands[i]));
            return acc;
        }
    }

    private sealed class ExactEvaluation(IReadOnlyDictionary<Sym, Fraction> values)
    {
        private static readonly Fraction Half = new(1, 2);
        private readonly Dictionary<Expr, Fraction> memo = new(ReferenceEqualityComparer.Instance);

        public Fraction Value(Expr e)
        {
            switch (e)
            {
                case Num n: return n.Value;
                case Sym s: return Lookup(s);
            }
            if (memo.TryGetValue(e, out var done)) return done;
            var x = e switch
            {
                Add a => a.Terms.Aggregate(Fraction.Zero, (acc, t) => acc + Value(t)),
                Mul m => m.Factors.Aggregate(Fraction.One, (acc, f) => acc * Value(f)),
                Pow p => Power(p),
                Call c => Apply(c),
                _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name),
            };
            x = x.Reduce();
            memo[e] = x;
            return x;
        }

        private Fraction Lookup(Sym s)
        {
            if (!values.TryGetValue(s, out var x)) throw Errors.UnboundSymbol(s.Key);
            if (x.IsNaN || x.IsInfinity) throw Errors.NotFinite(x);
            return x.Reduce();
        }

        private Fraction Power(Pow p)
        {
            var b = Value(p.Base);
            var r = p.Exponent.Reduce();
            if (r.IsZero) return Fraction.One;
            if (b.IsZero)
            {
                return r.IsNegative
                    ? throw Errors.DivisionByZeroAt(p.ToString(), p.Base.ToString())
                    : Fraction.Zero;
            }
            if (!Fits(r.Numerator) || !Fits(r.Denominator))
            {
                throw Errors.ExponentTooLarge(p.ToString());
            }
            var root = RationalRoot(b, (int)r.Denominator, p);
            return IntegerPower(root, (int)r.Numerator);
        }

        private Fraction Apply(Call c)
        {
            var z = Value(c.Argument);
            switch (c.Function)
            {
                case Fn.Relu: return Kinks.Relu(z);
                case Fn.Step: return Kinks.Step(z);
                case Fn.Abs: return Kinks.Abs(z);
                case Fn.Sign: return Kinks.Sign(z);
                case Fn.Exp when z.IsZero: return Fraction.One;
                case Fn.Tanh when z.IsZero: return Fraction.Zero;
                case Fn.Sigmoid when z.IsZero: return Half;
                case Fn.Log when !z.IsPositive:
                    throw Errors.LogOfNonPositive(c.ToString(), z.ToString());
                case Fn.Log when z == Fraction.One: return Fraction.Zero;
                case Fn.Sqrt: return RationalRoot(z, 2, c);
                default: throw Errors.NotRational(c.ToString(), z.ToString());
            }
        }

        // The real q-th root of b when it is rational: sign(b)·(|num|^(1/q) / den^(1/q)).
        private static Fraction RationalRoot(Fraction b, int q, Expr where)
        {
            if (q == 1) return b;
            if (b.IsNegative && q % 2 == 0)
            {
                throw Errors.EvenRootOfNegative(where.ToString(), b.ToString());
            }
            var magnitude = Fraction.Abs(b).Reduce();
            if (!TryIntegerRoot(magnitude.Numerator, q, out var num) ||
                !TryIntegerRoot(magnitude.Denominator, q, out var den))
            {
                throw Errors.NotRational(where.ToString(), b.ToString());
            }
            var root = new Fraction(num, den);
            return b.IsNegative ? -root : root;
        }

        private static Fraction IntegerPower(Fraction b, int n)
        {
            var magnitude = Fraction.Pow(b, Math.Abs(n));
            return n < 0 ? Fraction.Reciprocal(magnitude) : magnitude;
        }

        private static bool Fits(BigInteger k) => k >= int.MinValue && k <= int.MaxValue;
    }

    /// <summary>The integer q-th root of n ≥ 0 when n is a perfect q-th power.</summary>
    internal static bool TryIntegerRoot(BigInteger n, int q, out BigInteger root)
    {
        if (n.Sign < 0) throw new ArgumentOutOfRangeException(nameof(n));
        if (n.IsZero || n.IsOne)
        {
            root = n;
            return true;
        }
        // Newton's iteration x ← ((q−1)x + n / x^(q−1)) / q decreases monotonically to
        // ⌊n^(1/q)⌋ from any start above it; 2^⌈bits/q⌉ is one.
        long bits = (long)n.GetBitLength();
        var x = BigInteger.One << (int)((bits + q - 1) / q);
        while (true)
        {
            var next = ((q - 1) * x + n / BigInteger.Pow(x, q - 1)) / q;
            if (next >= x) break;
            x = next;
        }
        root = x;
        return BigInteger.Pow(x, q) == n;
    }
}
