using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics.Width;

/// <summary>
/// Numerical rank, the effective width of Type I growth (PAPER.md §1): of the end-to-end map W
/// of a linear net, or of the stacked unit weights [u_1 … u_H]ᵀ.
/// Rule: r₀ = #{σ_i &gt; rtol·σ₁}. Over i = 1..r₀ take the largest ratio ρ_i = σ_i/σ_{i+1}
/// (the boundary i = r₀ is a candidate only when r₀ &lt; n, with ρ = ∞ if σ_{r₀+1} = 0). If the
/// winner i* &lt; r₀ and ρ_i* ≥ GapFactor, the rank is i*; otherwise r₀. So the rank sits at the
/// largest gap, but the gap rule only ever lowers the threshold count, never raises it, and a
/// full-rank matrix without a large internal gap keeps its full rank. A zero matrix has rank 0.
/// </summary>
public static class NumericalRank
{
    /// <summary>The numerical rank of <paramref name="matrix"/>.</summary>
    public static RankResult Of(Matrix<double> matrix, RankOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        CheckFinite(matrix.Enumerate(), "matrix");
        return OfSingularValues(matrix.Svd(computeVectors: false).S.ToArray(), options);
    }

    /// <summary>The numerical rank of a row-major array.</summary>
    public static RankResult Of(double[,] matrix, RankOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return Of(Matrix<double>.Build.DenseOfArray(matrix), options);
    }

    /// <summary>The rank of the matrix whose rows are the given vectors (stacked unit weights
    /// u_h).</summary>
    public static RankResult OfRows(IReadOnlyList<IReadOnlyList<double>> rows,
        RankOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) throw NumericsErrors.Shape(nameof(rows), "no rows given");
        var cols = rows[0].Count;
        for (var i = 1; i < rows.Count; i++)
        {
            if (rows[i].Count != cols) throw NumericsErrors.Shape(nameof(rows),
                $"row {i} has {rows[i].Count} entries but row 0 has {cols}; give rows of one length");
        }
        return Of(Matrix<double>.Build.Dense(rows.Count, cols, (i, j) => rows[i][j]), options);
    }

    /// <summary>The rank from given singular values (any order, non-negative).</summary>
    public static RankResult OfSingularValues(IReadOnlyList<double> singularValues,
        RankOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(singularValues);
        options ??= RankOptions.Default;
        options.Validate();
        for (var i = 0; i < singularValues.Count; i++)
        {
            if (!(singularValues[i] >= 0 && double.IsFinite(singularValues[i])))
                throw NumericsErrors.Shape(nameof(singularValues),
                    $"entry {i} is {singularValues[i]}; singular values are finite and ≥ 0");
        }
        var s = singularValues.OrderByDescending(x => x).ToArray();
        if (s.Length == 0 || s[0] == 0)
            return new RankResult(s, 0, 0, 0, 1, 0, RankRule.Threshold);
        var threshold = options.RelativeTolerance * s[0];
        var r0 = s.Count(x => x > threshold);
        double gap = 1;
        var gapIndex = 0;
        for (var i = 1; i <= Math.Min(r0, s.Length - 1); i++)
        {
            var ratio = s[i] == 0 ? double.PositiveInfinity : s[i - 1] / s[i];
            if (ratio > gap)
            {
                gap = ratio;
                gapIndex = i;
            }
        }
        return gapIndex > 0 && gapIndex < r0 && gap >= options.GapFactor
            ? new RankResult(s, gapIndex, r0, threshold, gap, gapIndex, RankRule.Gap)
            : new RankResult(s, r0, r0, threshold, gap, gapIndex, RankRule.Threshold);
    }

    internal static void CheckFinite(IEnumerable<double> values, string what)
    {
        var i = 0;
        foreach (var x in values)
        {
            if (!double.IsFinite(x)) throw NumericsErrors.NotFiniteValue(what, i, x);
            i++;
        }
    }
}
