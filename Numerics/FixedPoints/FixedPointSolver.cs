using Verify.Numerics.Flow;

namespace Verify.Numerics.FixedPoints;

/// <summary>
/// Fixed points ∇L(θ) = 0 of gradient flow (PAPER.md §1) and their character: refinement of a
/// nearby state by damped Newton steps, and the saddle index with zero modes counted apart.
/// </summary>
public static class FixedPointSolver
{
    /// <summary>
    /// Refines <paramref name="start"/> to a nearby fixed point by Newton's method on ∇L with
    /// Levenberg–Marquardt damping, then analyses the Hessian there. Each iteration solves
    /// (H + λ·sign(H))δ = −∇L in H's eigenbasis, λ = μ‖H‖₂: for H ⪰ 0 this is the classical
    /// (H + λI)δ = −g; for negative eigenvalues the shift is taken away from zero so the damped
    /// step shrinks the Newton step toward the quadratic model's critical point in every
    /// eigendirection (a saddle is a target, not something to descend away from) instead of
    /// crossing a pole at λ_i + λ = 0. A trial step is accepted when it lowers L or ‖∇L‖; then
    /// μ shrinks, otherwise μ grows.
    /// </summary>
    public static FixedPointResult Refine(ILossModel model, ReadOnlySpan<double> start,
        FixedPointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= FixedPointOptions.Default;
        options.Validate();
        if (start.Length != model.Dimension)
            throw NumericsErrors.DimensionMismatch(nameof(start), model.Dimension, start.Length);
        for (var i = 0; i < start.Length; i++)
        {
            if (!double.IsFinite(start[i])) throw NumericsErrors.NotFiniteValue(nameof(start), i,
                start[i]);
        }
        return new LevenbergMarquardt(model, options).Run(start);
    }

    /// <summary>
    /// The Hessian analysis of <paramref name="model"/> at <paramref name="theta"/> as it stands
    /// (no refinement): eigenvalues, index, zero modes and the ones the options' symmetry
    /// explains. Meaningful as a fixed-point analysis only where ∇L ≈ 0.
    /// </summary>
    public static HessianSpectrum Analyze(ILossModel model, ReadOnlySpan<double> theta,
        FixedPointOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= FixedPointOptions.Default;
        options.Validate();
        var n = model.Dimension;
        if (theta.Length != n)
            throw NumericsErrors.DimensionMismatch(nameof(theta), n, theta.Length);
        var h = new double[n * n];
        model.Hessian(theta, h);
        return HessianSpectrum.Of(h, n, options.EigenvalueRelativeTolerance, options.Symmetry,
            theta.ToArray());
    }
}
