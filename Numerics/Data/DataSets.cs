using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics.Data;

/// <summary>
/// Seeded generators of the data sets the paper's experiments use (PAPER §5–6): Gaussian inputs,
/// orthogonal inputs, targets from a linear map with prescribed singular values or from any
/// teacher function, and in-context linear-regression sequences. The same seed always gives the
/// same data.
/// </summary>
public static class DataSets
{
    /// <summary>
    /// P inputs z_n ~ N(0, Σ), one per row: z = Q Λ^{1/2} g with Σ = Q Λ Qᵀ (symmetric
    /// eigendecomposition, so a singular positive semi-definite Σ is allowed) and g ~ N(0, I).
    /// </summary>
    public static Matrix<double> GaussianInputs(int count, Matrix<double> covariance, int seed)
    {
        ArgumentNullException.ThrowIfNull(covariance);
        if (count < 1) throw NumericsErrors.NotPositiveCount(nameof(count), count);
        var d = covariance.RowCount;
        if (covariance.ColumnCount != d)
            throw NumericsErrors.Shape(nameof(covariance),
                $"is {d}×{covariance.ColumnCount}; give a square matrix");
        var asymmetry = (covariance - covariance.Transpose()).InfinityNorm();
        if (asymmetry > 1e-12 * Math.Max(1, covariance.InfinityNorm()))
            throw NumericsErrors.Shape(nameof(covariance),
                $"is not symmetric (‖Σ − Σᵀ‖∞ = {asymmetry:R}); " +
                "give a symmetric positive semi-definite matrix");
        var evd = covariance.Evd(Symmetricity.Symmetric);
        var lambda = evd.EigenValues.Real();
        var scale = Math.Max(1, lambda.AbsoluteMaximum());
        var root = Matrix<double>.Build.Dense(d, d);
        for (var k = 0; k < d; k++)
        {
            if (lambda[k] < -1e-12 * scale)
                throw NumericsErrors.Shape(nameof(covariance),
                    $"has the negative eigenvalue {lambda[k]:R}; " +
                    "give a positive semi-definite matrix");
            // Eigenvalues at the rounding level of the decomposition (d·ε·max|λ|) are zeros of a
            // singular Σ; keeping them would leak ~√ε of noise into its null directions.
            var lk = lambda[k] <= d * 2.3e-16 * scale ? 0 : lambda[k];
            root.SetColumn(k, evd.EigenVectors.Column(k) * Math.Sqrt(lk));
        }
        var gauss = new GaussianSource(seed);
        var g = Matrix<double>.Build.Dense(count, d);
        for (var n = 0; n < count; n++)
            for (var i = 0; i < d; i++)
                g[n, i] = gauss.Next();
        // Rows: z_nᵀ = g_nᵀ (Q Λ^{1/2})ᵀ.
        return g * root.Transpose();
    }

    /// <summary>
    /// <paramref name="count"/> ≤ d mutually orthogonal inputs of norm <paramref name="norm"/> in a
    /// Haar-random orientation, one per row. With count = d and norm = √d the inputs are whitened:
    /// (1/P) Σ_n z_n z_nᵀ = I.
    /// </summary>
    public static Matrix<double> OrthogonalInputs(int dimension, int count, double norm, int seed)
    {
        if (dimension < 1) throw NumericsErrors.NotPositiveCount(nameof(dimension), dimension);
        if (count < 1 || count > dimension)
            throw NumericsErrors.OutOfRange(nameof(count), count,
                $"[1, {dimension}] (at most d orthogonal vectors)");
        if (!(norm > 0 && double.IsFinite(norm)))
            throw NumericsErrors.NotPositive(nameof(norm), norm);
        var q = RandomOrthogonal.Columns(dimension, count, new GaussianSource(seed));
        return q.Transpose() * norm;
    }

    /// <summary>
    /// The singular values s_n = n^{−κ}, n = 1..count, normalised to Σ s_n = 1 (PAPER §5).
    /// κ = 0 gives equal values.
    /// </summary>
    public static double[] PowerLawSingularValues(int count, double kappa)
    {
        if (count < 1) throw NumericsErrors.NotPositiveCount(nameof(count), count);
        if (!(kappa >= 0 && double.IsFinite(kappa)))
            throw NumericsErrors.Negative(nameof(kappa), kappa);
        var s = new double[count];
        for (var n = 0; n < count; n++) s[n] = Math.Pow(n + 1, -kappa);
        var sum = s.Sum();
        for (var n = 0; n < count; n++) s[n] /= sum;
        return s;
    }

    /// <summary>
    /// A linear map M = Σ_k s_k q_k r_kᵀ (outputs × inputs) with the given singular values and
    /// Haar-random orthonormal singular vectors q_k, r_k.
    /// </summary>
    public static Matrix<double> LinearMap(int outputs, int inputs,
        IReadOnlyList<double> singularValues, int seed)
    {
        ArgumentNullException.ThrowIfNull(singularValues);
        if (outputs < 1) throw NumericsErrors.NotPositiveCount(nameof(outputs), outputs);
        if (inputs < 1) throw NumericsErrors.NotPositiveCount(nameof(inputs), inputs);
        var r = singularValues.Count;
        if (r < 1 || r > Math.Min(outputs, inputs))
            throw NumericsErrors.OutOfRange("singularValues.Count", r,
                $"[1, {Math.Min(outputs, inputs)}] (min of the map's sizes)");
        for (var k = 0; k < r; k++)
            if (!(singularValues[k] >= 0 && double.IsFinite(singularValues[k])))
                throw NumericsErrors.Negative($"singularValues[{k}]", singularValues[k]);
        var gauss = new GaussianSource(seed);
        var q = RandomOrthogonal.Columns(outputs, r, gauss);
        var rr = RandomOrthogonal.Columns(inputs, r, gauss);
        var s = Matrix<double>.Build.DenseOfDiagonalArray(singularValues.ToArray());
        return q * s * rr.Transpose();
    }

    /// <summary>Targets y_n = M z_n, one per row, for inputs one per row.</summary>
    public static DataSet WithLinearTargets(Matrix<double> inputs, Matrix<double> map)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(map);
        if (map.ColumnCount != inputs.ColumnCount)
            throw NumericsErrors.Shape(nameof(map),
                $"has {map.ColumnCount} columns but the inputs have dimension " +
                $"{inputs.ColumnCount}; give an outputs × {inputs.ColumnCount} map");
        return DataSet.Create(inputs, inputs * map.Transpose());
    }

    /// <summary>Targets y_n = teacher(z_n), one per row; every target must have the same
    /// length.</summary>
    public static DataSet WithTargets(Matrix<double> inputs, Func<double[], double[]> teacher)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(teacher);
        var rows = new double[inputs.RowCount][];
        for (var n = 0; n < rows.Length; n++)
        {
            rows[n] = teacher(inputs.Row(n).ToArray());
            if (rows[n].Length != rows[0].Length)
                throw NumericsErrors.Shape(nameof(teacher),
                    $"returned {rows[n].Length} outputs for sample {n} " +
                    $"but {rows[0].Length} for sample 0; return the same number every time");
        }
        return DataSet.Create(inputs, Matrix<double>.Build.DenseOfRowArrays(rows));
    }

    /// <summary>
    /// In-context linear regression (PAPER §7, Zhang et al. 2025): each of
    /// <paramref name="sequences"/> sequences draws a task w ~ N(0, I_D) and N + 1 tokens
    /// x_i ~ N(0, Λ) with Λ = diag(1, 2, …, D)/(D(D+1)/2) (eigenvalues ∝ 1..D, trace 1), labelled
    /// y_i = wᵀ x_i; the first N are the context and the last is the query.
    /// </summary>
    public static InContextRegression InContextRegression(int dimension, int contextLength,
        int sequences, int seed)
    {
        if (dimension < 1) throw NumericsErrors.NotPositiveCount(nameof(dimension), dimension);
        if (contextLength < 1) throw NumericsErrors.NotPositiveCount(nameof(contextLength),
            contextLength);
        if (sequences < 1) throw NumericsErrors.NotPositiveCount(nameof(sequences), sequences);
        var lambda = new double[dimension];
        var trace = dimension * (dimension + 1) / 2.0;
        for (var i = 0; i < dimension; i++) lambda[i] = (i + 1) / trace;
        var gauss = new GaussianSource(seed);
        var tokens = new Matrix<double>[sequences];
        var labels = new Vector<double>[sequences];
        var tasks = new Vector<double>[sequences];
        for (var s = 0; s < sequences; s++)
        {
            var w = Vector<double>.Build.Dense(dimension, _ => gauss.Next());
            var x = Matrix<double>.Build.Dense(contextLength + 1, dimension);
            for (var i = 0; i <= contextLength; i++)
                for (var k = 0; k < dimension; k++)
                    x[i, k] = Math.Sqrt(lambda[k]) * gauss.Next();
            tasks[s] = w;
            tokens[s] = x;
            labels[s] = x * w;
        }
        return new InContextRegression(lambda, tokens, labels, tasks);
    }
}
