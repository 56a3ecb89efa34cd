using System.Globalization;
using Fractions;
using Verify.Theory.Symbolic;

namespace Verify.Theory.Units;

/// <summary>
/// Searches for a counterexample to identities left = right at random rational points.
/// A point is evaluated exactly when every value is rational (polynomials, relu, …) and
/// otherwise in double precision, where a relative gap above <see cref="Tolerance"/> counts
/// as a difference. Coordinates are drawn from ±1/4, ±1/2, ±3/4, ±1: small enough that tanh
/// and sigmoid do not saturate to one double, and never 0, where kinks sit.
/// </summary>
internal static class Probe
{
    /// <summary>The relative gap that counts as a difference in double precision.</summary>
    public const double Tolerance = 1e-9;

    private static readonly Fraction[] Values =
        [.. new[] { 1, 2, 3, 4 }.SelectMany(k => new[] { new Fraction(k, 4), new Fraction(-k, 4) })];

    /// <summary>The first point (of <paramref name="tries"/>, drawn from
    /// <paramref name="seed"/>) where some pair differs; null when none was found.</summary>
    public static Counterexample? Search(
        IReadOnlyList<(Expr Left, Expr Right)> pairs, int seed, int tries = 24)
    {
        var symbols = pairs
            .SelectMany(p => Calculus.FreeSymbols(p.Left).Concat(Calculus.FreeSymbols(p.Right)))
            .Distinct()
            .ToList();
        var random = new Random(seed);
        for (int t = 0; t < tries; t++)
        {
            var point = symbols.ToDictionary(s => s, _ => Values[random.Next(Values.Length)]);
            foreach (var (left, right) in pairs)
            {
                if (Differ(left, right, point) is { } found) return found;
            }
        }
        return null;
    }

    private static Counterexample? Differ(
        Expr left, Expr right, Dictionary<Sym, Fraction> point)
    {
        var listed = point.Select(p => (p.Key, p.Value)).ToList();
        try
        {
            var l = Evaluator.EvaluateExact(left, point);
            var r = Evaluator.EvaluateExact(right, point);
            return l == r ? null : new Counterexample(listed, l.ToString(), r.ToString(), true);
        }
        catch (SymbolicException)
        {
            // Not rational here (tanh of a non-zero rational, …) or undefined: try doubles.
        }
        var values = point.ToDictionary(p => p.Key, p => p.Value.ToDouble());
        double a = Evaluator.Evaluate(left, values), b = Evaluator.Evaluate(right, values);
        if (!double.IsFinite(a) || !double.IsFinite(b)) return null;
        double scale = Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));
        return Math.Abs(a - b) <= Tolerance * scale
            ? null
            : new Counterexample(listed, Show(a), Show(b), false);
    }

    private static string Show(double x) => x.ToString("G10", CultureInfo.InvariantCulture);
}
