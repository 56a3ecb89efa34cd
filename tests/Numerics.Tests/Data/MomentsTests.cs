using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Data;

namespace Verify.Numerics.Tests.Data;

public sealed class MomentsTests
{
    private static readonly MatrixBuilder<double> M = Matrix<double>.Build;

    [Fact]
    public void Sigma_yz_and_sigma_zz_are_the_sample_means_of_outer_products()
    {
        // Two samples: z = (1, 0), y = (2); z = (1, 1), y = (−1).
        var data = DataSet.Create(M.DenseOfArray(new[,] { { 1.0, 0 }, { 1, 1 } }),
            M.DenseOfArray(new[,] { { 2.0 }, { -1 } }));

        // Σ_yz = ½[(2)(1, 0) + (−1)(1, 1)] = (½, −½); Σ_zz = ½[[1,0],[0,0]] + ½[[1,1],[1,1]].
        Assert.Equal(new[,] { { 0.5, -0.5 } }, Moments.SigmaYZ(data).ToArray());
        Assert.Equal(new[,] { { 1.0, 0.5 }, { 0.5, 0.5 } }, Moments.SigmaZZ(data).ToArray());
    }

    [Fact]
    public void Whitened_linear_targets_give_sigma_yz_equal_to_the_map()
    {
        // With Σ_zz = I and y = M z, Σ_yz = M Σ_zz = M.
        var x = DataSets.OrthogonalInputs(4, 4, 2, seed: 1);
        var map = DataSets.LinearMap(2, 4, DataSets.PowerLawSingularValues(2, 1), seed: 2);

        var sigma = Moments.SigmaYZ(DataSets.WithLinearTargets(x, map));

        Assert.True((sigma - map).InfinityNorm() < 1e-14);
    }

    [Fact]
    public void Sigma_yZ_for_matrix_features_is_the_label_weighted_mean()
    {
        var z = new[] { M.DenseOfArray(new[,] { { 1.0, 2 }, { 3, 4 } }),
            M.DenseOfArray(new[,] { { 0.0, 1 }, { 1, 0 } }) };

        var sigma = Moments.SigmaYZ([2.0, -2.0], z);

        Assert.Equal(new[,] { { 1.0, 1 }, { 2, 4 } }, sigma.ToArray());
    }
}
