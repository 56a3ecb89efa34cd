using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Data;
using Verify.Numerics.Width;

namespace Verify.Numerics.Tests.Width;

/// <summary>Numerical rank on matrices built as Q₁ diag(σ) Q₂ᵀ with known σ.</summary>
public sealed class NumericalRankTests
{
    private static Matrix<double> WithSingularValues(double[] sigma, int seed)
    {
        var n = sigma.Length;
        var gauss = new GaussianSource(seed);
        var q1 = RandomOrthogonal.Columns(n, n, gauss);
        var q2 = RandomOrthogonal.Columns(n, n, gauss);
        return q1 * Matrix<double>.Build.DenseOfDiagonalArray(sigma) * q2.Transpose();
    }

    [Theory]
    [InlineData(new[] { 3.0, 2.0, 1e-12, 0.0 }, 2, RankRule.Threshold)]  // tiny noise
    [InlineData(new[] { 1.0, 0.999, 1e-3, 1e-4 }, 2, RankRule.Gap)]       // near-tie then a gap
    [InlineData(new[] { 1.0, 1e-3, 1e-9 }, 2, RankRule.Threshold)]        // boundary gap wins
    [InlineData(new[] { 1.0, 1e-3, 5e-4 }, 1, RankRule.Gap)]              // full count, inner gap
    [InlineData(new[] { 1.0, 0.5, 0.25, 0.125 }, 4, RankRule.Threshold)]  // no gap ≥ 100
    [InlineData(new[] { 0.0, 0.0 }, 0, RankRule.Threshold)]
    public void Rank_of_a_matrix_with_known_singular_values(double[] sigma, int rank, RankRule rule)
    {
        var w = WithSingularValues(sigma, seed: 3);

        var result = NumericalRank.Of(w);

        Assert.Equal(rank, result.Rank);
        Assert.Equal(rule, result.Rule);
        Assert.Equal(sigma.Max(), result.SingularValues[0], 1e-13);
    }

    [Fact]
    public void Gap_rule_switched_off_counts_by_threshold_only()
    {
        var result = NumericalRank.OfSingularValues([1.0, 0.999, 1e-3, 1e-4],
            new RankOptions { GapFactor = double.PositiveInfinity });

        Assert.Equal(4, result.Rank);
        Assert.Equal(1e-6, result.Threshold);
    }

    [Fact]
    public void Stacked_unit_weights_on_two_lines_have_rank_two()
    {
        double[][] units = [[1, 2, 0], [-2, -4, 0], [0, 1, 1], [0, 0.5, 0.5], [1e-13, 0, 0]];

        var result = NumericalRank.OfRows(units);

        Assert.Equal(2, result.Rank);
    }

    [Property(MaxTest = 60)]
    public Property Rank_of_a_product_of_thin_factors_is_their_width()
    {
        // Law: for A ∈ R^{6×r}, B ∈ R^{r×5} with entries drawn well away from degeneracy and
        // scaled over 1e-150..1e150, rank(AB) = r (scale-free rule).
        var cases = from r in Gen.Choose(0, 5)
                    from seed in Gen.Choose(1, 100000)
                    from e in Gen.Elements(-150, -3, 0, 3, 150)
                    select (r, seed, e);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var rng = new Random(c.seed);
            var a = Matrix<double>.Build.Dense(6, c.r, (_, _) => rng.NextDouble() + 0.5 * (rng.Next(2) * 2 - 1));
            var b = Matrix<double>.Build.Dense(c.r, 5, (_, _) => rng.NextDouble() - 0.5);
            var w = c.r == 0 ? Matrix<double>.Build.Dense(6, 5) : a * b * Math.Pow(10, c.e);
            var rank = NumericalRank.Of(w, new RankOptions { GapFactor = double.PositiveInfinity }).Rank;
            return (rank == c.r).Label($"r = {c.r}, seed {c.seed}, scale 1e{c.e}: rank {rank}")
                .Classify(c.r == 0, "zero").Classify(Math.Abs(c.e) == 150, "extreme scale");
        });
    }
}
