using Verify.Numerics.Integration;

namespace Verify.Numerics.Tests.Integration;

public sealed class TimeGridTests
{
    [Fact]
    public void Log_spaced_grid_has_constant_ratio_and_exact_ends()
    {
        var grid = TimeGrid.LogSpaced(1e-2, 1e3, 11);

        Assert.Equal(1e-2, grid[0]);
        Assert.Equal(1e3, grid[^1]);
        // Ratio between neighbours is (10⁵)^{1/10} = √10.
        for (var k = 1; k < grid.Length; k++) Assert.Equal(Math.Sqrt(10), grid[k] / grid[k - 1], 1e-12);
    }

    [Fact]
    public void Per_decade_grid_covers_each_decade()
    {
        var grid = TimeGrid.LogSpacedPerDecade(0.1, 1000, 4);

        Assert.Equal(17, grid.Length);
        Assert.Equal(1.0, grid[4], 1e-12);
    }

    [Fact]
    public void Non_positive_start_is_rejected()
    {
        Assert.Throws<NumericsException>(() => TimeGrid.LogSpaced(0, 1, 5));
    }
}
