using MathNet.Numerics.LinearAlgebra;

namespace Verify.Numerics.Data;

/// <summary>
/// In-context linear-regression sequences: per sequence a task vector w, N + 1 tokens (rows; the
/// last is the query) and their labels y_i = wᵀ x_i. Built by
/// <see cref="DataSets.InContextRegression"/>; the matrices must not be changed.
/// </summary>
public sealed class InContextRegression
{
    private readonly double[] eigenvalues;

    internal InContextRegression(double[] eigenvalues, Matrix<double>[] tokens,
        Vector<double>[] labels, Vector<double>[] tasks)
    {
        this.eigenvalues = eigenvalues;
        Tokens = tokens;
        Labels = labels;
        Tasks = tasks;
    }

    /// <summary>Token dimension D.</summary>
    public int Dimension => eigenvalues.Length;

    /// <summary>Context length N (tokens per sequence minus the query).</summary>
    public int ContextLength => Tokens[0].RowCount - 1;

    /// <summary>Number of sequences.</summary>
    public int Count => Tokens.Count;

    /// <summary>Eigenvalues of the token covariance, ∝ 1..D with trace 1 (it is
    /// diagonal).</summary>
    public IReadOnlyList<double> TokenCovarianceEigenvalues => eigenvalues;

    /// <summary>Tokens of each sequence, (N + 1)×D, the query last.</summary>
    public IReadOnlyList<Matrix<double>> Tokens { get; }

    /// <summary>Labels of each sequence, length N + 1, the query's last.</summary>
    public IReadOnlyList<Vector<double>> Labels { get; }

    /// <summary>Task vector w of each sequence.</summary>
    public IReadOnlyList<Vector<double>> Tasks { get; }

    /// <summary>The query's target y_q of sequence <paramref name="sequence"/>.</summary>
    public double QueryTarget(int sequence) => Labels[sequence][^1];

    /// <summary>
    /// The usual embedding of a sequence for linear attention, (D + 1)×(N + 1):
    /// columns (x_i; y_i) for the context and (x_q; 0) for the query, so the query's label is
    /// hidden.
    /// </summary>
    public Matrix<double> Embedding(int sequence)
    {
        var x = Tokens[sequence];
        var y = Labels[sequence];
        var n = x.RowCount;
        var e = Matrix<double>.Build.Dense(Dimension + 1, n);
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < Dimension; k++) e[k, i] = x[i, k];
            e[Dimension, i] = i < n - 1 ? y[i] : 0;
        }
        return e;
    }
}
