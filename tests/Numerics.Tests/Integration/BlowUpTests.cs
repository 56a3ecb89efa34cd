using Verify.Numerics.Integration;
using Xunit.Abstractions;

namespace Verify.Numerics.Tests.Integration;

/// <summary>Oracle (c): v̇ = v², v(t) = 1/(1/v₀ − t) (PAPER §4, the "rich get richer"
/// caricature).</summary>
public sealed class BlowUpTests(ITestOutputHelper output)
{
    private static FlowProblem Square(double v0) => FlowProblem.Create((_, y, dy)
        => dy[0] = y[0] * y[0], [v0]);

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.01)]
    public void Event_locates_v_equal_1_at_one_over_v0_minus_1(double v0)
    {
        // Arrange: g = v − 1 rises through 0 at t* = 1/v₀ − 1.
        var reachOne = FlowEvent.Create("v = 1", (_, y) => y[0] - 1, EventDirection.Rising);
        var options = IntegrationOptions.Tight with { Events = [reachOne] };

        // Act
        var result = Integrator.DormandPrince(Square(v0), 1 / v0, options);

        // Assert
        var expected = 1 / v0 - 1;
        output.WriteLine($"v0 = {v0}: event at {result.EndTime:R}, error {result.EndTime - expected:E2}; {result}");
        Assert.Equal(IntegrationStatus.Event, result.Status);
        Assert.Single(result.Events);
        Assert.Equal(expected, result.EndTime, 1e-9 * expected);
        Assert.Equal(1.0, result.State[0], 1e-9);
    }

    [Fact]
    public void Blow_up_is_reported_as_divergence_just_before_one_over_v0()
    {
        // Arrange: with the bound B, v exceeds B after t_B = 1/v₀ − 1/B, and blows up at 1/v₀.
        // Near the blow-up the problem is ill-conditioned (∂v/∂v₀ = v²/v₀², so relative errors grow
        // like v/v₀ ≈ 4·10⁸ here): the computed crossing is only good to a few per cent of 1/B.
        const double v0 = 0.25, bound = 1e8;
        var options = new IntegrationOptions { RelativeTolerance = 1e-10,
            AbsoluteTolerance = 1e-12, DivergenceBound = bound };

        // Act: ask for a time past the blow-up.
        var result = Integrator.DormandPrince(Square(v0), 10, options);

        // Assert
        output.WriteLine($"{result}");
        Assert.Equal(IntegrationStatus.Diverged, result.Status);
        Assert.NotNull(result.Failure);
        Assert.Equal(0, result.Failure.Component);
        Assert.True(result.EndTime >= 1 / v0 - 2 / bound && result.EndTime < 1 / v0,
            $"diverged at {result.EndTime:R}");
        Assert.True(result.State[0] > bound);
    }

    [Fact]
    public void Without_a_bound_the_blow_up_ends_in_a_step_too_small_or_non_finite_at_one_over_v0()
    {
        const double v0 = 0.25;
        var options = new IntegrationOptions { DivergenceBound = double.MaxValue };

        var result = Integrator.DormandPrince(Square(v0), 10, options);

        output.WriteLine($"{result}");
        Assert.Contains(result.Status, new[] { IntegrationStatus.StepTooSmall,
            IntegrationStatus.NonFinite });
        // The numerical blow-up lags the exact one by the accumulated error (rtol 1e-6): within
        // 1e-4.
        Assert.True(Math.Abs(result.EndTime - 1 / v0) < 1e-4, $"stopped at {result.EndTime:R}");
    }
}
