using Verify.Numerics.Integration;
using Xunit.Abstractions;

namespace Verify.Numerics.Tests.Integration;

/// <summary>Behaviour of <see cref="Integrator.DormandPrince"/> beyond the oracles: events,
/// outputs, counters, budgets.</summary>
public sealed class IntegratorTests(ITestOutputHelper output)
{
    // y = (sin t, cos t) from (0, 1).
    private static FlowProblem Oscillator() => FlowProblem.Create((_, y, dy) =>
    {
        dy[0] = y[1];
        dy[1] = -y[0];
    }, [0, 1]);

    [Fact]
    public void Non_terminal_events_are_all_located_on_the_dense_output()
    {
        // sin t falls through 0 at π, 3π and rises through 0 at 2π.
        var falling = FlowEvent.Create("down", (_, y) => y[0], EventDirection.Falling,
            terminal: false);
        var rising = FlowEvent.Create("up", (_, y) => y[0], EventDirection.Rising, terminal: false);
        var options = new IntegrationOptions { RelativeTolerance = 1e-10,
            AbsoluteTolerance = 1e-12, Events = [falling, rising] };

        var result = Integrator.DormandPrince(Oscillator(), 10, options);

        Assert.Equal(IntegrationStatus.Completed, result.Status);
        Assert.Equal(new[] { "down", "up", "down" }, result.Events.Select(e => e.Name));
        for (var k = 0; k < 3; k++) Assert.Equal((k + 1) * Math.PI, result.Events[k].Time, 1e-9);
        Assert.All(result.Events, e => Assert.Equal(0, e.State[0], 1e-9));
    }

    [Fact]
    public void Output_times_include_both_ends_and_log_spaced_interior_times()
    {
        var times = new[] { 0.0 }.Concat(TimeGrid.LogSpaced(1e-3, 10, 9)).ToArray();
        var options = new IntegrationOptions { RelativeTolerance = 1e-10,
            AbsoluteTolerance = 1e-12, OutputTimes = times };

        var result = Integrator.DormandPrince(Oscillator(), 10, options);

        Assert.Equal(times, result.Times);
        for (var k = 0; k < times.Length; k++) Assert.Equal(Math.Sin(times[k]),
            result.States[k][0], 1e-8);
        Assert.Equal(10, result.EndTime);
    }

    [Fact]
    public void Counters_add_up_one_start_call_one_starting_step_call_and_six_per_attempt()
    {
        var result = Integrator.DormandPrince(Oscillator(), 50, IntegrationOptions.Tight);

        output.WriteLine(result.ToString());
        Assert.Equal(2 + 6 * (result.AcceptedSteps + result.RejectedSteps),
            result.FieldEvaluations);
        Assert.True(result.AcceptedSteps > 100);
    }

    [Fact]
    public void Given_initial_step_skips_the_starting_step_call()
    {
        var result = Integrator.DormandPrince(Oscillator(), 1,
            new IntegrationOptions { InitialStep = 0.01 });

        Assert.Equal(1 + 6 * (result.AcceptedSteps + result.RejectedSteps),
            result.FieldEvaluations);
    }

    [Fact]
    public void Step_budget_stops_the_run_and_says_so()
    {
        var result = Integrator.DormandPrince(Oscillator(), 100,
            IntegrationOptions.Tight with { MaxSteps = 10 });

        Assert.Equal(IntegrationStatus.MaxSteps, result.Status);
        Assert.Equal(10, result.AcceptedSteps);
        Assert.True(result.EndTime < 100);
        Assert.Contains("MaxSteps", result.Reason);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Max_step_bounds_every_step()
    {
        var result = Integrator.DormandPrince(Oscillator(), 10,
            new IntegrationOptions { MaxStep = 0.05 });

        Assert.True(result.AcceptedSteps >= 200);
    }

    [Fact]
    public void Zero_length_interval_completes_at_once()
    {
        var result = Integrator.DormandPrince(Oscillator(), 0,
            new IntegrationOptions { OutputTimes = [0] });

        Assert.Equal(IntegrationStatus.Completed, result.Status);
        Assert.Equal(0, result.AcceptedSteps);
        Assert.Single(result.Times);
    }

    [Fact]
    public void Pi_controller_keeps_rejections_rare_on_a_smooth_problem()
    {
        var result = Integrator.DormandPrince(Oscillator(), 100, IntegrationOptions.Tight);

        Assert.True(result.RejectedSteps <= result.AcceptedSteps / 20, result.ToString());
    }
}
