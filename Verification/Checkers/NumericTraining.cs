using Verify.Numerics.FixedPoints;
using Verify.Numerics.Flow;
using Verify.Numerics.Integration;

namespace Verify.Verification.Checkers;

/// <summary>
/// Narrow fixed points as the numeric stages find them (issue 5, item 2): train by the
/// gradient flow θ̇ = −∇L (DESIGN.md) with the adaptive Dormand–Prince pair for a while, then
/// refine by Newton steps to ‖∇L‖ ≤ 1e-12 relative. Any stationary point will do (a saddle
/// as well as a minimum): Theorem 1 speaks of every fixed point.
/// </summary>
internal static class NumericTraining
{
    /// <summary>The refinement tolerances: ‖∇L‖ ≤ 1e-12·‖∇L(θ_refine start)‖ or ≤ 1e-13.</summary>
    public static FixedPointOptions Refinement { get; } = new()
    {
        RelativeGradientTolerance = 1e-12,
        AbsoluteGradientTolerance = 1e-13,
        MaxIterations = 100,
    };

    /// <summary>
    /// Trains from <paramref name="theta0"/> for time <paramref name="time"/> and refines;
    /// null when the flow fails or the refinement does not converge.
    /// </summary>
    public static FixedPointResult? FixedPoint(ILossModel model, double[] theta0, double time)
    {
        var run = Integrator.DormandPrince(model.GradientFlowProblem(theta0), time,
            new IntegrationOptions { MaxSteps = 20_000, DivergenceBound = 1e6 });
        if (run.Status is not (IntegrationStatus.Completed or IntegrationStatus.MaxSteps))
            return null;
        var refined = FixedPointSolver.Refine(model, run.CopyState(), Refinement);
        return refined.Converged ? refined : null;
    }

    /// <summary>‖∇L(θ)‖₂.</summary>
    public static double GradientNorm(ILossModel model, ReadOnlySpan<double> theta)
    {
        var g = new double[model.Dimension];
        model.Gradient(theta, g);
        return Math.Sqrt(g.Sum(x => x * x));
    }
}
