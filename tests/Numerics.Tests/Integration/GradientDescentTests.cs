using MathNet.Numerics;
using Verify.Numerics.Data;
using Verify.Numerics.Integration;
using Xunit.Abstractions;

namespace Verify.Numerics.Tests.Integration;

/// <summary>Oracle (e): gradient descent with step η approaches the flow with error ∝ η.</summary>
public sealed class GradientDescentTests(ITestOutputHelper output)
{
    private static (LinearNet Net, FlowProblem Problem) SmallLinearNet()
    {
        var x = DataSets.GaussianInputs(20,
            MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(3), seed: 8);
        var map = DataSets.LinearMap(2, 3, DataSets.PowerLawSingularValues(2, 1), seed: 9);
        var data = DataSets.WithLinearTargets(x, map * 3);
        var net = new LinearNet(data, hidden: 2);
        var rng = new Random(4);
        var theta0 = Enumerable.Range(0, net.Dimension).Select(_
            => 0.3 * (rng.NextDouble() - 0.5)).ToArray();
        return (net, FlowProblem.Create(net.Field, theta0, layout: net.Layout));
    }

    [Fact]
    public void Error_against_the_flow_is_first_order_in_the_learning_rate()
    {
        // Arrange: the flow at T from a tight DP5 run; GD at halving η reaching the same T.
        const double T = 4;
        var (_, problem) = SmallLinearNet();
        var flow = Integrator.DormandPrince(problem, T, IntegrationOptions.Tight);
        var etas = new[] { 0.04, 0.02, 0.01, 0.005, 0.0025 };
        var errors = new double[etas.Length];

        // Act
        for (var k = 0; k < etas.Length; k++)
        {
            var gd = Integrator.GradientDescent(problem, T, etas[k]);
            Assert.Equal(IntegrationStatus.Completed, gd.Status);
            Assert.Equal((long)Math.Round(T / etas[k]), gd.AcceptedSteps);
            Assert.Equal(gd.AcceptedSteps, gd.FieldEvaluations);
            Assert.Equal(T, gd.EndTime, 1e-12);
            errors[k] = Math.Sqrt(gd.State.Zip(flow.State, (a, b) => (a - b) * (a - b)).Sum());
        }

        // Assert: slope of log error against log η is 1 (Euler's global error is O(η)).
        var (_, slope) = Fit.Line(etas.Select(v => Math.Log(v)).ToArray(), errors.Select(v
            => Math.Log(v)).ToArray());
        output.WriteLine($"errors {string.Join(", ", errors.Select(e => e.ToString("E2")))}; slope {slope:F3}");
        Assert.InRange(slope, 0.9, 1.1);
    }

    [Fact]
    public void Output_times_record_the_first_iterate_at_or_after_each_time()
    {
        var (_, problem) = SmallLinearNet();
        var result = Integrator.GradientDescent(problem, 1, 0.1,
            new IntegrationOptions { OutputTimes = [0, 0.25, 1] });

        Assert.Equal(new[] { 0.0, 0.3, 1.0 }, result.Times.Select(t => Math.Round(t, 12)));
        Assert.Equal(10, result.AcceptedSteps);
    }

    [Fact]
    public void Divergent_learning_rate_is_reported_with_the_step_and_unit()
    {
        // η far above 2/λ_max of the Hessian makes descent blow up; the run says so, it does not
        // throw.
        var (_, problem) = SmallLinearNet();
        var result = Integrator.GradientDescent(problem, 1000, 5,
            new IntegrationOptions { DivergenceBound = 1e6 });

        output.WriteLine(result.ToString());
        Assert.Equal(IntegrationStatus.Diverged, result.Status);
        Assert.NotNull(result.Failure);
        Assert.NotNull(result.Failure.Unit);
        Assert.True(result.EndTime < 1000);
        Assert.Contains("unit", result.Reason);
    }
}
