using Fractions;

namespace Verify.Verification.Checkers;

/// <summary>
/// Whether a vector lies in the span of others, exactly over Q or in double precision with
/// a margin. Used where a set is a union over free coefficients (θ_i = γθ_j, γ free): the
/// flow stays in the union iff θ̇_i − γθ̇_j lies in span{θ_j}, the directions in which γ may
/// move, so a refutation needs a residual off that span (PAPER.md §3).
/// </summary>
internal static class Span
{
    /// <summary>The size of the part of <paramref name="r"/> off the span of
    /// <paramref name="basis"/>: 0 exactly when r is in the span.</summary>
    public static Fraction OffSpanExact(IReadOnlyList<Fraction> r,
        IReadOnlyList<IReadOnlyList<Fraction>> basis)
    {
        // Eliminate with the basis vectors as pivot rows, then reduce r by them; the
        // squared norm of what remains is 0 iff r is a combination of the basis.
        var rows = basis.Select(b => b.ToArray()).ToList();
        var pivots = new List<(int Col, Fraction[] Row)>();
        foreach (var row in rows)
        {
            var v = Reduce(row, pivots);
            int col = Array.FindIndex(v, x => !x.IsZero);
            if (col >= 0) pivots.Add((col, v));
        }
        var rest = Reduce([.. r], pivots);
        return rest.Aggregate(Fraction.Zero, (s, x) => s + x * x);
    }

    /// <summary>‖r − proj r‖ / max(1, ‖r‖) in double precision.</summary>
    public static double OffSpanRelative(IReadOnlyList<double> r,
        IReadOnlyList<IReadOnlyList<double>> basis)
    {
        var orthonormal = new List<double[]>();
        foreach (var b in basis)
        {
            var v = Remove([.. b], orthonormal);
            double n = Norm(v);
            if (n > 1e-12 * Math.Max(1, Norm([.. b]))) orthonormal.Add([.. v.Select(x => x / n)]);
        }
        var rest = Remove([.. r], orthonormal);
        return Norm(rest) / Math.Max(1.0, Norm([.. r]));
    }

    private static Fraction[] Reduce(Fraction[] v, List<(int Col, Fraction[] Row)> pivots)
    {
        var w = (Fraction[])v.Clone();
        foreach (var (col, row) in pivots)
        {
            if (w[col].IsZero) continue;
            var f = w[col] / row[col];
            for (int k = 0; k < w.Length; k++) w[k] -= f * row[k];
        }
        return w;
    }

    private static double[] Remove(double[] v, List<double[]> orthonormal)
    {
        foreach (var q in orthonormal)
        {
            double d = v.Zip(q, (a, b) => a * b).Sum();
            for (int k = 0; k < v.Length; k++) v[k] -= d * q[k];
        }
        return v;
    }

    private static double Norm(double[] v) => Math.Sqrt(v.Sum(x => x * x));
}
