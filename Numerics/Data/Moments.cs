using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics.Data;

/// <summary>
/// Empirical moments of a data set. For units polynomial in θ the flow depends on the data only
/// through these (PAPER §4, Eq. 9 and Eq. 14), which makes a field evaluation independent of P.
/// </summary>
public static class Moments
{
    /// <summary>Σ_yz = (1/P) Σ_n y_n z_nᵀ (m×d).</summary>
    public static Matrix<double> SigmaYZ(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Targets.TransposeThisAndMultiply(data.Inputs) / data.Count;
    }

    /// <summary>Σ_zz = (1/P) Σ_n z_n z_nᵀ (d×d).</summary>
    public static Matrix<double> SigmaZZ(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Inputs.TransposeThisAndMultiply(data.Inputs) / data.Count;
    }

    /// <summary>
    /// Σ_yZ = (1/P) Σ_n y_n Z_n for scalar targets y_n and matrix-valued features Z_n
    /// (quadratic-in-u units, PAPER §4 Eq. 14).
    /// </summary>
    public static Matrix<double> SigmaYZ(IReadOnlyList<double> targets,
        IReadOnlyList<Matrix<double>> features)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(features);
        if (targets.Count != features.Count || targets.Count == 0)
            throw NumericsErrors.Shape(nameof(features),
                $"{features.Count} feature matrices for {targets.Count} " +
                "targets; give one matrix per target and at least one");
        var sum = Matrix<double>.Build.Dense(features[0].RowCount, features[0].ColumnCount);
        for (var n = 0; n < targets.Count; n++)
        {
            if (features[n].RowCount != sum.RowCount || features[n].ColumnCount != sum.ColumnCount)
                throw NumericsErrors.Shape(nameof(features),
                    $"matrix {n} is {features[n].RowCount}×" +
                    $"{features[n].ColumnCount} but matrix 0 is {sum.RowCount}×{sum.ColumnCount}; use one shape");
            sum.Add(features[n] * targets[n], sum);
        }
        return sum / targets.Count;
    }

    /// <summary>
    /// Σ_yZ for vector targets: one matrix (1/P) Σ_n y_{n,k} Z_n per output component k.
    /// </summary>
    public static Matrix<double>[] SigmaYZ(DataSet data, IReadOnlyList<Matrix<double>> features)
    {
        ArgumentNullException.ThrowIfNull(data);
        var result = new Matrix<double>[data.OutputDimension];
        for (var k = 0; k < result.Length; k++) result[k] = SigmaYZ(data.Targets.Column(k).ToArray(), features);
        return result;
    }
}
