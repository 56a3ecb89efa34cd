using Verify.Numerics.Width;

namespace Verify.Numerics.Tests.Width;

/// <summary>Rays and non-negligible counts on constructed unit sets.</summary>
public sealed class RaysTests
{
    private static double[] Polar(double r, double angle) => [r * Math.Cos(angle), r * Math.Sin(angle)];

    [Fact]
    public void Units_on_two_orthogonal_rays_with_small_units_count_two()
    {
        // Two rays (0 and π/2) with spread 0.01 rad, plus O(1e-5) units that do not count.
        double[][] units = [Polar(1, 0), Polar(0.7, 0.01), Polar(2, Math.PI / 2),
            Polar(1.5, Math.PI / 2 - 0.01), Polar(1e-5, 1.0), Polar(2e-5, 2.0)];

        var result = Rays.Count(units);

        Assert.Equal(2, result.Count);
        Assert.Equal(4, result.NonNegligibleUnits);
        Assert.Equal([1, 1, 0, 0, -1, -1], result.RayOfUnit);
    }

    [Fact]
    public void Opposite_units_are_one_line_but_two_relu_rays()
    {
        double[][] units = [[1, 1], [-2, -2], [0.5, 0.5]];

        var lines = Rays.Count(units);
        var reluRays = Rays.Count(units, new RayOptions { SignSensitive = true });

        Assert.Equal(1, lines.Count);
        Assert.Equal(2, reluRays.Count);
    }

    [Fact]
    public void Angle_just_inside_or_outside_the_tolerance_decides_merging()
    {
        double[][] inside = [Polar(1, 0), Polar(1, 0.049)];
        double[][] outside = [Polar(1, 0), Polar(1, 0.051)];

        Assert.Equal(1, Rays.Count(inside).Count);
        Assert.Equal(2, Rays.Count(outside).Count);
    }

    [Fact]
    public void Non_zero_units_and_active_heads_count_norms_above_the_relative_threshold()
    {
        double[][] units = [[1, 0, 0.5], [0, 1e-4, 0], [0, 0, 0], [0.3, 0.3, 0.3]];

        var nonZero = UnitNorms.NonZeroUnits(units);
        var heads = UnitNorms.ActiveHeads(units, relativeTolerance: 1e-5);
        var none = UnitNorms.NonZeroUnits([[0.0, 0.0]]);

        Assert.Equal(2, nonZero.Count);
        Assert.Equal([true, false, false, true], nonZero.IsActive);
        Assert.Equal(3, heads.Count);
        Assert.Equal(0, none.Count);
    }
}
