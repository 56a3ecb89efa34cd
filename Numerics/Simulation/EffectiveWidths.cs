using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.FixedPoints;
using Verify.Numerics.Integration;
using Verify.Numerics.Width;

namespace Verify.Numerics.Simulation;

/// <summary>
/// The three effective-width measures of PAPER.md §1, each with an absolute floor (the
/// relative thresholds of <see cref="Width"/> alone would count units still at the O(ε) scale
/// of the initialisation, since on a plateau they are only 10²–10³ below the learned ones).
/// Units and rays also need a unit at least <see cref="RelativeNorm"/> of the largest, so the
/// three measures draw the line at the same place: a unit contributes ‖u_h‖‖v_h‖ ≈ ‖θ_h‖²/2
/// to f when balanced, so 0.1 in norm is 10⁻² in contribution, the gap factor 100 of the rank.
/// </summary>
internal static class EffectiveWidths
{
    /// <summary>A unit counts when its norm is at least this fraction of the largest.</summary>
    public const double RelativeNorm = 0.1;

    /// <summary>
    /// Type I: the numerical rank of W = Σ_h v_h u_hᵀ (outputs × inputs), with singular values
    /// at or below <paramref name="floor"/> set to 0 first, then the rule of
    /// <see cref="NumericalRank"/> (relative threshold and largest gap).
    /// </summary>
    public static Func<IReadOnlyList<double>, int> Rank(IReadOnlyList<UnitBlock> units,
        double floor) => theta =>
    {
        int m = units[0].Output.Count, d = units[0].Input.Count;
        var w = Matrix<double>.Build.Dense(m, d);
        foreach (var b in units)
            for (var c = 0; c < m; c++)
                for (var j = 0; j < d; j++)
                    w[c, j] += theta[b.Output[c]] * theta[b.Input[j]];
        var s = w.Svd(computeVectors: false).S.Select(x => x <= floor ? 0 : x).ToArray();
        return NumericalRank.OfSingularValues(s).Rank;
    };

    /// <summary>
    /// Type II: the number of rays of the input weights u_h (sign-sensitive, since a ReLU unit
    /// is homogeneous only for α ≥ 0), among units with ‖u_h‖ &gt; <paramref name="floor"/>.
    /// </summary>
    public static Func<IReadOnlyList<double>, int> Rays(IReadOnlyList<UnitBlock> units,
        double floor) => theta =>
    {
        var big = units.Select(b => (IReadOnlyList<double>)b.Input.Select(i => theta[i]).ToArray())
            .Where(u => Math.Sqrt(u.Sum(x => x * x)) > floor)
            .ToList();
        return big.Count == 0 ? 0
            : Width.Rays.Count(big, RayOptions.Default with
                { SignSensitive = true, NormRelativeTolerance = RelativeNorm }).Count;
    };

    /// <summary>
    /// Type III: the number of units whose whole parameter vector θ_h has norm above
    /// <paramref name="floor"/> and at least <see cref="RelativeNorm"/> of the largest.
    /// </summary>
    public static Func<IReadOnlyList<double>, int> Units(StateLayout layout, double floor) =>
        theta =>
    {
        var vectors = Enumerable.Range(1, layout.UnitCount)
            .Select(h => (IReadOnlyList<double>)layout.ComponentsOf(h).Select(i => theta[i]).ToArray())
            .ToList();
        var count = UnitNorms.NonZeroUnits(vectors, RelativeNorm);
        return count.Norms.Where((n, h) => count.IsActive[h] && n > floor).Count();
    };
}
