using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Data;

namespace Verify.Numerics.Tests.Data;

public sealed class DataSetsTests
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    [Fact]
    public void Same_seed_gives_the_same_data_and_another_seed_does_not()
    {
        var cov = M.DenseOfArray(new[,] { { 2.0, 0.5 }, { 0.5, 1.0 } });

        var a = DataSets.GaussianInputs(50, cov, seed: 42);
        var b = DataSets.GaussianInputs(50, cov, seed: 42);
        var c = DataSets.GaussianInputs(50, cov, seed: 43);

        Assert.Equal(a.ToArray(), b.ToArray());
        Assert.NotEqual(a.ToArray(), c.ToArray());
        Assert.Equal(DataSets.LinearMap(2, 3, [0.7, 0.3], 5).ToArray(), DataSets.LinearMap(2, 3,
            [0.7, 0.3], 5).ToArray());
        var s1 = DataSets.InContextRegression(3, 4, 2, seed: 1);
        var s2 = DataSets.InContextRegression(3, 4, 2, seed: 1);
        Assert.Equal(s1.Tokens[1].ToArray(), s2.Tokens[1].ToArray());
        Assert.Equal(s1.Tasks[0].ToArray(), s2.Tasks[0].ToArray());
    }

    [Fact]
    public void Gaussian_inputs_have_the_requested_covariance()
    {
        // Sample covariance of P draws has standard error ≈ √(2/P)·scale ≈ 0.009 for P = 50 000.
        var cov = M.DenseOfArray(new[,] { { 2.0, 0.5, 0 }, { 0.5, 1.0, -0.3 }, { 0, -0.3, 0.5 } });

        var x = DataSets.GaussianInputs(50_000, cov, seed: 7);
        var sample = x.TransposeThisAndMultiply(x) / x.RowCount;

        Assert.True((sample - cov).InfinityNorm() < 0.06, (sample - cov).ToString());
    }

    [Fact]
    public void Singular_covariance_is_allowed_and_its_null_direction_gets_nothing()
    {
        var cov = M.DenseOfArray(new[,] { { 1.0, 1.0 }, { 1.0, 1.0 } });

        var x = DataSets.GaussianInputs(100, cov, seed: 2);

        for (var n = 0; n < x.RowCount; n++) Assert.Equal(x[n, 0], x[n, 1], 1e-12);
    }

    [Fact]
    public void Orthogonal_inputs_are_orthogonal_with_the_given_norm_and_whiten_when_complete()
    {
        const int d = 5;

        var x = DataSets.OrthogonalInputs(d, d, Math.Sqrt(d), seed: 9);
        var gram = x * x.Transpose();
        var sigma = x.TransposeThisAndMultiply(x) / d;

        Assert.True((gram - M.DenseIdentity(d) * d).InfinityNorm() < 1e-12);
        Assert.True((sigma - M.DenseIdentity(d)).InfinityNorm() < 1e-12);
    }

    [Fact]
    public void Power_law_singular_values_sum_to_one()
    {
        var s = DataSets.PowerLawSingularValues(3, 1);

        // 1, 1/2, 1/3 over 11/6.
        Assert.Equal(new[] { 6.0 / 11, 3.0 / 11, 2.0 / 11 }, s, (p, q) => Math.Abs(p - q) < 1e-15);
        Assert.Equal(new[] { 1.0 / 3, 1.0 / 3, 1.0 / 3 }, DataSets.PowerLawSingularValues(3, 0),
            (p, q) => Math.Abs(p - q) < 1e-15);
    }

    [Fact]
    public void Linear_map_has_the_prescribed_singular_values()
    {
        var s = DataSets.PowerLawSingularValues(2, 1.5);

        var map = DataSets.LinearMap(3, 4, s, seed: 12);
        var sv = map.Svd(computeVectors: false).S;

        Assert.Equal(s[0], sv[0], 1e-13);
        Assert.Equal(s[1], sv[1], 1e-13);
        Assert.Equal(0, sv[2], 1e-13);
    }

    [Fact]
    public void Targets_from_a_teacher_function_are_applied_per_sample()
    {
        var x = M.DenseOfArray(new[,] { { 1.0, 2.0 }, { -1.0, 0.5 } });

        var data = DataSets.WithTargets(x, z => [z[0] * z[1], z[0] + z[1]]);

        Assert.Equal(new[] { 2.0, 3.0 }, data.Target(0));
        Assert.Equal(new[] { -0.5, -0.5 }, data.Target(1));
    }

    [Fact]
    public void In_context_sequences_have_the_stated_covariance_and_labels()
    {
        const int dim = 4, context = 6;

        var icl = DataSets.InContextRegression(dim, context, 4000, seed: 3);

        Assert.Equal(new[] { 0.1, 0.2, 0.3, 0.4 }, icl.TokenCovarianceEigenvalues, (p, q)
            => Math.Abs(p - q) < 1e-15);
        Assert.Equal(context, icl.ContextLength);
        for (var s = 0; s < 5; s++)
            Assert.True((icl.Tokens[s] * icl.Tasks[s] - icl.Labels[s]).AbsoluteMaximum() < 1e-14);
        // Empirical token covariance over all 4000·7 tokens matches diag(0.1, …, 0.4) to a few
        // 1e-3.
        var sum = M.Dense(dim, dim);
        foreach (var x in icl.Tokens) sum += x.TransposeThisAndMultiply(x);
        var cov = sum / (icl.Count * (context + 1));
        Assert.True((cov - M.DenseOfDiagonalArray([0.1, 0.2, 0.3, 0.4])).InfinityNorm() < 0.02);
        // The embedding hides the query's label.
        var e = icl.Embedding(0);
        Assert.Equal(0, e[dim, context]);
        Assert.Equal(icl.Labels[0][0], e[dim, 0]);
    }
}
