using System.Globalization;
using Fractions;
using Verify.Theory;
using Verify.Theory.Symbolic;

namespace Verify.Verification.Checkers;

/// <summary>
/// The values of some expressions at one rational point: exact rationals when every value
/// is rational (polynomials, relu, step, …), otherwise doubles (tanh, sigmoid, exp of a
/// non-zero rational). A double is trusted as non-zero only beyond <see cref="Margin"/>
/// relative to the scale of the values, far above the rounding of a few dozen operations.
/// </summary>
internal sealed class PointValue
{
    /// <summary>The relative size below which a double does not count as non-zero.</summary>
    public const double Margin = 1e-8;

    private PointValue(IReadOnlyList<Fraction>? exact, IReadOnlyList<double> approximate)
    {
        Exact = exact;
        Approximate = approximate;
    }

    /// <summary>The exact values, or null when some value is not rational.</summary>
    public IReadOnlyList<Fraction>? Exact { get; }

    /// <summary>The values in double precision (always present).</summary>
    public IReadOnlyList<double> Approximate { get; }

    /// <summary>True when <see cref="Exact"/> is known.</summary>
    public bool IsExact => Exact is not null;

    /// <summary>The values of <paramref name="es"/> at <paramref name="point"/>; null when
    /// some value is undefined or not finite there.</summary>
    public static PointValue? At(IReadOnlyList<Expr> es, IReadOnlyDictionary<Sym, Fraction> point)
    {
        try
        {
            var exact = es.Select(e => Evaluator.EvaluateExact(e, point)).ToList();
            return new PointValue(exact, [.. exact.Select(f => f.ToDouble())]);
        }
        catch (VerifyException)
        {
            // Not rational here, or undefined: the double values decide.
        }
        var doubles = point.ToDictionary(p => p.Key, p => p.Value.ToDouble());
        var values = es.Select(e => Evaluator.Evaluate(e, doubles)).ToList();
        return values.All(double.IsFinite) ? new PointValue(null, values) : null;
    }

    /// <summary>The scale that <see cref="Margin"/> is relative to: max(1, |values|).</summary>
    public double Scale => Math.Max(1.0, Approximate.Select(Math.Abs).DefaultIfEmpty(0).Max());

    /// <summary>Value <paramref name="k"/> as text: the rational, or the double with 10
    /// significant digits.</summary>
    public string Show(int k) => Exact is { } e
        ? e[k].ToString()
        : Approximate[k].ToString("G10", CultureInfo.InvariantCulture);

    /// <summary>"exact" or "double precision, margin 1e-8 relative to scale s".</summary>
    public string Precision => IsExact
        ? "exact"
        : $"double precision; non-zero means above " +
            $"{Margin:G2}·{Scale.ToString("G3", CultureInfo.InvariantCulture)}";
}
