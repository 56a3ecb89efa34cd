using MathNet.Numerics.LinearAlgebra;
using Verify.Numerics.Data;
using Verify.Numerics.Flow;
using Verify.Numerics.Integration;
using static Verify.Numerics.Tests.Flow.LossModelChecks;

namespace Verify.Numerics.Tests.Flow;

/// <summary>Integrating θ̇ = −∇L of a loss model.</summary>
public sealed class GradientFlowLossTests
{
    [Fact]
    public void Linear_fc_flow_from_small_init_decreases_the_loss_monotonically_to_zero()
    {
        // dL/dt = −‖∇L‖² ≤ 0 along a gradient flow, so L at increasing output times must not
        // rise beyond the rounding of the moment form (~1e-15 of tr Σ_yy). The teacher has
        // rank 2 ≤ H, so the flow ends at L ≈ 0 (PAPER.md §4: saddle-to-saddle, then zero).
        var x = DataSets.GaussianInputs(40, Matrix<double>.Build.DenseIdentity(3), 11);
        var map = DataSets.LinearMap(2, 3, [2.0, 1.0], 12);
        var model = LossModels.Create("linear-fc", 6, DataSets.WithLinearTargets(x, map));
        var theta0 = RandomTheta(model.Dimension, 1e-3, 13);
        var times = Enumerable.Range(1, 200).Select(k => k * 0.1).ToArray();
        var options = new IntegrationOptions
        {
            RelativeTolerance = 1e-9, AbsoluteTolerance = 1e-12, OutputTimes = times,
        };

        var result = Integrator.DormandPrince(model.GradientFlowProblem(theta0), 20, options);
        var losses = result.States.Select(s => model.Loss(s.ToArray())).ToArray();

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(times.Length, losses.Length);
        double l0 = model.Loss(theta0);
        for (int k = 1; k < losses.Length; k++)
        {
            Assert.True(losses[k] <= losses[k - 1] + 1e-14 * l0,
                $"L rose from {losses[k - 1]:R} to {losses[k]:R} at t = {times[k]}");
        }
        Assert.True(losses[^1] < 1e-6 * l0, $"final loss {losses[^1]:E3} of {l0:E3}");
    }
}
