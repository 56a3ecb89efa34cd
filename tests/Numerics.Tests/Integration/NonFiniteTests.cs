using Verify.Numerics.Integration;
using Xunit.Abstractions;

namespace Verify.Numerics.Tests.Integration;

/// <summary>Oracle (h): NaN is a result, reported with the time and the component where it
/// began.</summary>
public sealed class NonFiniteTests(ITestOutputHelper output)
{
    private const double Onset = 0.5;

    // Two units (v_h, u_h[1], u_h[2]); the field of u_2[1] turns NaN for t > 0.5.
    private static FlowProblem Problem()
    {
        var layout = StateLayout.ForUnits(2, ("v", 1), ("u", 2));
        var target = layout.IndexOf("u_2[1]");
        return FlowProblem.Create((t, y, dy) =>
        {
            for (var i = 0; i < y.Length; i++) dy[i] = -y[i];
            if (t > Onset) dy[target] = Math.Sqrt(-1 - y[target] * y[target]);
        }, [1, 2, 3, 4, 5, 6], layout: layout);
    }

    [Fact]
    public void Adaptive_run_reports_nan_with_its_onset_time_and_unit()
    {
        var result = Integrator.DormandPrince(Problem(), 2);

        output.WriteLine(result.ToString());
        Assert.Equal(IntegrationStatus.NonFinite, result.Status);
        var failure = Assert.IsType<NumericalFailure>(result.Failure);
        Assert.Equal(4, failure.Component);
        Assert.Equal(2, failure.Unit);
        Assert.Equal("u_2[1]", failure.ComponentName);
        Assert.True(double.IsNaN(failure.Value));
        Assert.True(failure.InField);
        Assert.InRange(failure.Time, Onset, Onset + 1e-12);
        Assert.Contains("unit 2 (u_2[1])", result.Reason);
        // The state returned is the last good one, just before the onset, and it is finite.
        Assert.True(result.EndTime <= Onset && result.EndTime > Onset - 1e-12);
        Assert.All(result.State, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Gradient_descent_reports_nan_at_the_first_iterate_past_the_onset()
    {
        var result = Integrator.GradientDescent(Problem(), 2, 0.1);

        Assert.Equal(IntegrationStatus.NonFinite, result.Status);
        var failure = Assert.IsType<NumericalFailure>(result.Failure);
        Assert.Equal(4, failure.Component);
        Assert.Equal(0.6, failure.Time, 1e-12);
        Assert.Equal(6, result.AcceptedSteps);
    }

    [Fact]
    public void Nan_at_the_start_is_reported_at_the_start_time()
    {
        var problem = FlowProblem.Create((_, _, dy)
            => { dy[0] = 0; dy[1] = double.PositiveInfinity; }, [1, 1]);

        var result = Integrator.DormandPrince(problem, 1);

        Assert.Equal(IntegrationStatus.NonFinite, result.Status);
        Assert.Equal(0, result.Failure!.Time);
        Assert.Equal(1, result.Failure.Component);
        Assert.Equal("component 2 (y[2])", result.Failure.Location);
    }
}
