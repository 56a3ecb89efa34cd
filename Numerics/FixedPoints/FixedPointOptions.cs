namespace Verify.Numerics.FixedPoints;

/// <summary>
/// Immutable options of one fixed-point refinement (Newton on ∇L with Levenberg–Marquardt
/// damping, see <see cref="FixedPointSolver.Refine"/>) and of the Hessian analysis that follows.
/// Validated when a refinement starts; a bad value throws <see cref="NumericsException"/>
/// naming the option.
/// </summary>
public sealed record FixedPointOptions
{
    /// <summary>The defaults: ‖∇L‖ ≤ 1e-12 or ≤ 1e-12·‖∇L(θ₀)‖, 200 iterations.</summary>
    public static FixedPointOptions Default { get; } = new();

    /// <summary>Converged when ‖∇L(θ)‖₂ ≤ this (≥ 0).</summary>
    public double AbsoluteGradientTolerance { get; init; } = 1e-12;

    /// <summary>
    /// Converged when ‖∇L(θ)‖₂ ≤ this · G, where the stated scale G is ‖∇L(θ₀)‖₂ at the start
    /// (1 when the start is already exactly stationary). ≥ 0.
    /// </summary>
    public double RelativeGradientTolerance { get; init; } = 1e-12;

    /// <summary>
    /// Stop (as <see cref="FixedPointStatus.StepTooSmall"/>) when a proposed step δ has
    /// ‖δ‖ ≤ this · (1 + ‖θ‖): the iterate can no longer move in floating point. ≥ 0.
    /// </summary>
    public double StepTolerance { get; init; } = 1e-15;

    /// <summary>Largest number of accepted Newton steps (≥ 1).</summary>
    public int MaxIterations { get; init; } = 200;

    /// <summary>
    /// Initial damping μ₀ &gt; 0, relative to the Hessian's scale: the shift is λ = μ·‖H‖₂ so that
    /// the same μ means the same thing for any scaling of L.
    /// </summary>
    public double InitialDamping { get; init; } = 1e-3;

    /// <summary>Factor (&gt; 1) by which μ grows after a rejected step.</summary>
    public double DampingIncrease { get; init; } = 10;

    /// <summary>Factor in (0, 1) by which μ shrinks after an accepted step.</summary>
    public double DampingDecrease { get; init; } = 0.1;

    /// <summary>μ never falls below this (≥ 0); keeps a shrink-then-grow cycle short.</summary>
    public double MinDamping { get; init; } = 1e-16;

    /// <summary>
    /// Stop (as <see cref="FixedPointStatus.DampingExhausted"/>) when μ would exceed this: no step,
    /// however short, lowered L or ‖∇L‖.
    /// </summary>
    public double MaxDamping { get; init; } = 1e12;

    /// <summary>
    /// Relative eigenvalue tolerance r: an eigenvalue λ of the Hessian is a zero mode when
    /// |λ| ≤ r·max|λ_i|, and counts toward the index when λ &lt; −r·max|λ_i|. Default 1e-8.
    /// </summary>
    public double EigenvalueRelativeTolerance { get; init; } = 1e-8;

    /// <summary>
    /// The known symmetries whose tangent directions explain zero modes, or null when none are
    /// known (then <see cref="HessianSpectrum.ExplainedZeroModes"/> is null).
    /// </summary>
    public ZeroModeSymmetry? Symmetry { get; init; }

    internal void Validate()
    {
        NonNegative(AbsoluteGradientTolerance, nameof(AbsoluteGradientTolerance));
        NonNegative(RelativeGradientTolerance, nameof(RelativeGradientTolerance));
        NonNegative(StepTolerance, nameof(StepTolerance));
        NonNegative(MinDamping, nameof(MinDamping));
        NonNegative(EigenvalueRelativeTolerance, nameof(EigenvalueRelativeTolerance));
        if (MaxIterations < 1) throw NumericsErrors.NotPositiveCount(nameof(MaxIterations),
            MaxIterations);
        if (!(InitialDamping > 0 && double.IsFinite(InitialDamping)))
            throw NumericsErrors.NotPositive(nameof(InitialDamping), InitialDamping);
        if (!(DampingIncrease > 1 && double.IsFinite(DampingIncrease)))
            throw NumericsErrors.OutOfRange(nameof(DampingIncrease), DampingIncrease, "(1, ∞)");
        if (!(DampingDecrease > 0 && DampingDecrease < 1))
            throw NumericsErrors.OutOfRange(nameof(DampingDecrease), DampingDecrease, "(0, 1)");
        if (!(MaxDamping >= InitialDamping && double.IsFinite(MaxDamping)))
            throw NumericsErrors.OutOfRange(nameof(MaxDamping), MaxDamping,
                "[InitialDamping, ∞)");
    }

    private static void NonNegative(double value, string name)
    {
        if (!(value >= 0 && double.IsFinite(value))) throw NumericsErrors.Negative(name, value);
    }
}
