using Verify.Numerics.Width;

namespace Verify.Numerics.Tests.Width;

/// <summary>Kinks of constructed ReLU nets with known breakpoints.</summary>
public sealed class ReluKinksTests
{
    [Fact]
    public void Three_units_on_the_line_give_their_three_breakpoints()
    {
        // Line x(s) = (s, 1). Unit u = (1, −1): z = s − 1, kink at s = 1. u = (−2, 1): z = 1 − 2s,
        // s = ½. u = (1, 2): z = s + 2, s = −2. A fourth unit with v = 0 is ignored.
        double[][] u = [[1, -1], [-2, 1], [1, 2], [1, -3]];
        double[][] v = [[0.5], [-1.0], [2.0], [0.0]];

        var result = ReluKinks.AlongLine(u, v, [0, 1], [1, 0]);

        Assert.Equal(3, result.Count);
        Assert.Equal(-2, result.Kinks[0], 1e-14);
        Assert.Equal(0.5, result.Kinks[1], 1e-14);
        Assert.Equal(1, result.Kinks[2], 1e-14);
        // Slope jumps |v_h|·|u_hᵀb|: 2·1, 1·2, 0.5·1.
        Assert.Equal(2, result.SlopeChanges[0], 1e-14);
        Assert.Equal(2, result.SlopeChanges[1], 1e-14);
        Assert.Equal(0.5, result.SlopeChanges[2], 1e-14);
    }

    [Fact]
    public void Proportional_units_merge_and_opposite_units_with_opposite_outputs_cancel()
    {
        // Along x(s) = (s − 0.3, 0): units (1, 0) and (3, 0) both break at s = 0.3, one kink;
        // units (0, ±1) are constant on this line and ignored. Along x(s) = (0.7, s): units
        // (0, 1), v = 1 and (0, −1), v = −1 give relu(s) − relu(−s) = s, linear: their common
        // breakpoint s = 0 cancels.
        double[][] u = [[1, 0], [3, 0], [0, 1], [0, -1]];
        double[][] v = [[1.0], [0.5], [1.0], [-1.0]];

        var alongX = ReluKinks.AlongLine(u, v, [-0.3, 0], [1, 0]);
        var alongY = ReluKinks.AlongLine(u, v, [0.7, 0], [0, 1]);

        Assert.Equal(1, alongX.Count);
        Assert.Equal(0.3, alongX.Kinks[0], 1e-14);
        // Along y the first two units are constant-on (z = 0.7, 2.1 > 0); the last two cancel.
        Assert.Equal(0, alongY.Count);
        Assert.Single(alongY.Cancelled);
    }

    [Fact]
    public void Breakpoints_outside_the_range_and_biases_are_respected()
    {
        // f = relu(s + 1) + relu(s − 4) along x(s) = s (scalar input) with biases 1 and −4.
        double[][] u = [[1], [1]];
        double[][] v = [[1.0], [1.0]];

        var result = ReluKinks.AlongLine(u, v, [0], [1], new KinkOptions { Start = 0, End = 10 },
            biases: [1, -4]);

        Assert.Equal(1, result.Count);
        Assert.Equal(4, result.Kinks[0], 1e-14);
    }
}
