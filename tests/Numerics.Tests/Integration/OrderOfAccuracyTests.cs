using MathNet.Numerics;
using Verify.Numerics.Integration;
using Xunit.Abstractions;

namespace Verify.Numerics.Tests.Integration;

/// <summary>Oracle (f): the measured order of DP5 and of its dense output.</summary>
public sealed class OrderOfAccuracyTests(ITestOutputHelper output)
{
    // A problem with a known solution, nonlinear in one component:
    //   u̇ = 2u(1 − u), u(t) = e^{2t}/(e^{2t} − 1 + 1/u₀);  ẏ₁ = y₂, ẏ₂ = −y₁, y = (sin t, cos t).
    private const double U0 = 0.1;

    private static FlowProblem Problem() => FlowProblem.Create((_, y, dy) =>
    {
        dy[0] = 2 * y[0] * (1 - y[0]);
        dy[1] = y[2];
        dy[2] = -y[1];
    }, [U0, 0, 1]);

    private static double[] Exact(double t)
    {
        var e = Math.Exp(2 * t);
        return [e / (e - 1 + 1 / U0), Math.Sin(t), Math.Cos(t)];
    }

    private static double Error(IReadOnlyList<double> y, double t) =>
        Exact(t).Zip(y, (a, b) => Math.Abs(a - b)).Max();

    private static double Slope(double[] steps, double[] errors) =>
        Fit.Line(steps.Select(v => Math.Log(v)).ToArray(), errors.Select(v
            => Math.Log(v)).ToArray()).B;

    [Fact]
    public void Fixed_step_global_error_has_slope_5_and_dense_output_at_least_4()
    {
        // Arrange
        const double T = 4;
        var steps = new[] { 0.2, 0.1, 0.05, 0.025 };
        var endErrors = new double[steps.Length];
        var denseErrors = new double[steps.Length];

        // Act: fixed steps; the dense output is sampled at every step's midpoint.
        for (var k = 0; k < steps.Length; k++)
        {
            var h = steps[k];
            var n = (int)Math.Round(T / h);
            var mids = Enumerable.Range(0, n).Select(i => (i + 0.5) * h).ToArray();
            var result = Integrator.DormandPrince(Problem(), T,
                new IntegrationOptions { FixedStep = h, OutputTimes = mids });
            Assert.Equal(n, result.AcceptedSteps);
            Assert.Equal(0, result.RejectedSteps);
            endErrors[k] = Error(result.State, T);
            denseErrors[k] = Enumerable.Range(0, n).Max(i => Error(result.States[i], mids[i]));
        }

        // Assert
        var endSlope = Slope(steps, endErrors);
        var denseSlope = Slope(steps, denseErrors);
        var endText = string.Join(", ", endErrors.Select(e => e.ToString("E2")));
        var denseText = string.Join(", ", denseErrors.Select(e => e.ToString("E2")));
        output.WriteLine($"end errors {endText}; slope {endSlope:F3}");
        output.WriteLine($"dense errors {denseText}; slope {denseSlope:F3}");
        Assert.InRange(endSlope, 4.7, 5.4);
        Assert.True(denseSlope > 3.8, $"dense-output slope {denseSlope:F3}");
    }

    [Fact]
    public void One_step_local_errors_are_order_6_at_the_end_and_5_in_the_interpolant()
    {
        // One step from exact data: the propagated solution's local error is O(h⁶) (order 5);
        // the continuous extension's is O(h⁵) (order 4). A cubic Hermite interpolant alone
        // (the extension without its d_i term) would give only O(h⁴).
        var steps = new[] { 0.4, 0.2, 0.1, 0.05 };
        var endErrors = new double[steps.Length];
        var midErrors = new double[steps.Length];
        for (var k = 0; k < steps.Length; k++)
        {
            var h = steps[k];
            var result = Integrator.DormandPrince(Problem(), h,
                new IntegrationOptions { FixedStep = h, OutputTimes = [h / 2] });
            Assert.Equal(1, result.AcceptedSteps);
            endErrors[k] = Error(result.State, h);
            midErrors[k] = Error(result.States[0], h / 2);
        }

        var endSlope = Slope(steps, endErrors);
        var midSlope = Slope(steps, midErrors);
        output.WriteLine($"local end slope {endSlope:F3}, local dense slope {midSlope:F3}");
        Assert.InRange(endSlope, 5.6, 6.5);
        Assert.InRange(midSlope, 4.6, 5.5);
    }

    [Fact]
    public void Adaptive_global_error_is_proportional_to_the_tolerance()
    {
        // Tolerance proportionality: the controller makes the order-4 estimate C h⁵ ≈ tol, so
        // h ∝ tol^{1/5}; the propagated order-5 solution's local error is then ∝ h⁶ ∝ tol^{6/5}
        // and over T/h steps the global error is ∝ tol^{6/5 − 1/5} = tol (HNW I, §II.4).
        var tolerances = new[] { 1e-6, 1e-7, 1e-8, 1e-9, 1e-10 };
        var errors = tolerances.Select(tol =>
        {
            var r = Integrator.DormandPrince(Problem(), 4,
                new IntegrationOptions { RelativeTolerance = tol, AbsoluteTolerance = tol });
            return Error(r.State, 4);
        }).ToArray();

        var slope = Slope(tolerances, errors);
        output.WriteLine($"errors {string.Join(", ", errors.Select(e => e.ToString("E2")))}; slope {slope:F3}");
        Assert.InRange(slope, 0.8, 1.2);
        Assert.All(errors.Zip(tolerances), p => Assert.True(p.First < 100 * p.Second));
    }
}
