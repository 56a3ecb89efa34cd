namespace Verify.Numerics.Integration;

/// <summary>
/// Entry points for integrating a <see cref="FlowProblem"/>. Each call owns its workspace and
/// returns an immutable <see cref="IntegrationResult"/>; numerical failures are reported in the
/// result, bad options throw <see cref="NumericsException"/>.
/// </summary>
public static class Integrator
{
    /// <summary>
    /// Integrates from the problem's start time to <paramref name="endTime"/> with the adaptive
    /// Dormand–Prince 5(4) pair (FSAL, PI step control, 4th-order dense output), or with fixed
    /// steps when <see cref="IntegrationOptions.FixedStep"/> is set.
    /// </summary>
    public static IntegrationResult DormandPrince(FlowProblem problem, double endTime,
        IntegrationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return DormandPrinceIntegrator.Run(problem, endTime, options ?? IntegrationOptions.Default);
    }

    /// <summary>
    /// Gradient descent θ ← θ + η·F(t, θ), t ← t + η, for ⌈(t_end − t₀)/η⌉ iterations. Uses the
    /// options' output times, events, divergence bound and step budget; tolerances do not apply.
    /// An output time τ records the first iterate at or after τ, at that iterate's time.
    /// </summary>
    /// <param name="problem">The flow; F is the negative gradient.</param>
    /// <param name="endTime">Time to reach, in units of the flow (iterations × η).</param>
    /// <param name="learningRate">The step η &gt; 0.</param>
    /// <param name="options">Outputs, events, bounds.</param>
    public static IntegrationResult GradientDescent(
        FlowProblem problem, double endTime, double learningRate,
            IntegrationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return GradientDescentIntegrator.Run(problem, endTime, learningRate,
            options ?? IntegrationOptions.Default);
    }
}
