namespace Verify.Numerics.Integration;

/// <summary>
/// Immutable options of one integration. Tolerances are the caller's statement of the accuracy
/// wanted: the local error estimate e of each step must satisfy
/// ‖e / (AbsoluteTolerance + RelativeTolerance·max(|y|, |y_new|))‖_rms ≤ 1
/// (Hairer, Nørsett, Wanner, Solving ODEs I, §II.4, eq. 4.10–4.11). Validated when a run
/// starts; a bad value throws <see cref="NumericsException"/> naming the option.
/// </summary>
public sealed record IntegrationOptions
{
    /// <summary>Options for a quick run: rtol 1e-6, atol 1e-9.</summary>
    public static IntegrationOptions Default { get; } = new();

    /// <summary>Options for oracle comparisons: rtol 1e-12, atol 1e-14.</summary>
    public static IntegrationOptions Tight { get; } = new() { RelativeTolerance = 1e-12,
        AbsoluteTolerance = 1e-14 };

    /// <summary>Relative local-error tolerance (≥ 0).</summary>
    public double RelativeTolerance { get; init; } = 1e-6;

    /// <summary>Absolute local-error tolerance (≥ 0; not both tolerances 0).</summary>
    public double AbsoluteTolerance { get; init; } = 1e-9;

    /// <summary>First step size; null picks one by the starting-step algorithm of HNW
    /// §II.4.</summary>
    public double? InitialStep { get; init; }

    /// <summary>Largest step size allowed (&gt; 0).</summary>
    public double MaxStep { get; init; } = double.PositiveInfinity;

    /// <summary>
    /// When set, every step has this size (the last one is shortened to land on the end time)
    /// and the error estimate does not control the step. Used to measure the order of accuracy.
    /// </summary>
    public double? FixedStep { get; init; }

    /// <summary>Largest number of accepted steps (gradient-descent iterations).</summary>
    public long MaxSteps { get; init; } = 10_000_000;

    /// <summary>
    /// The run stops as <see cref="IntegrationStatus.Diverged"/> when a state component exceeds
    /// this magnitude (max-norm). Default 1e100.
    /// </summary>
    public double DivergenceBound { get; init; } = 1e100;

    /// <summary>Safety factor ρ of the step-size controller, in (0, 1]; default 0.9.</summary>
    public double SafetyFactor { get; init; } = 0.9;

    /// <summary>Smallest factor by which one step may shrink the next, in (0, 1); default
    /// 0.2.</summary>
    public double MinStepFactor { get; init; } = 0.2;

    /// <summary>Largest factor by which one step may grow the next, &gt; 1; default 10.</summary>
    public double MaxStepFactor { get; init; } = 10;

    /// <summary>
    /// Times at which to record the state, increasing and inside [t₀, t_end]; values between
    /// steps come from the dense output. See <see cref="TimeGrid"/> for log-spaced grids.
    /// </summary>
    public IReadOnlyList<double> OutputTimes { get; init; } = [];

    /// <summary>Events to locate.</summary>
    public IReadOnlyList<FlowEvent> Events { get; init; } = [];

    /// <summary>Absolute accuracy in t of located events (&gt; 0); default 1e-13.</summary>
    public double EventTimeTolerance { get; init; } = 1e-13;

    internal void Validate(double startTime, double endTime)
    {
        NonNegative(RelativeTolerance, nameof(RelativeTolerance));
        NonNegative(AbsoluteTolerance, nameof(AbsoluteTolerance));
        if (RelativeTolerance == 0 && AbsoluteTolerance == 0) throw NumericsErrors.BothTolerancesZero();
        if (InitialStep is { } h0) Positive(h0, nameof(InitialStep));
        if (FixedStep is { } hf) Positive(hf, nameof(FixedStep));
        if (!(MaxStep > 0)) throw NumericsErrors.NotPositive(nameof(MaxStep), MaxStep);
        if (MaxSteps < 1) throw NumericsErrors.NotPositiveCount(nameof(MaxSteps), MaxSteps);
        if (!(DivergenceBound > 0)) throw NumericsErrors.NotPositive(nameof(DivergenceBound),
            DivergenceBound);
        if (!(SafetyFactor > 0 && SafetyFactor <= 1))
            throw NumericsErrors.OutOfRange(nameof(SafetyFactor), SafetyFactor, "(0, 1]");
        if (!(MinStepFactor > 0 && MinStepFactor < 1))
            throw NumericsErrors.OutOfRange(nameof(MinStepFactor), MinStepFactor, "(0, 1)");
        if (!(MaxStepFactor > 1 && double.IsFinite(MaxStepFactor)))
            throw NumericsErrors.OutOfRange(nameof(MaxStepFactor), MaxStepFactor, "(1, ∞)");
        Positive(EventTimeTolerance, nameof(EventTimeTolerance));
        if (!double.IsFinite(endTime))
            throw NumericsErrors.OutOfRange("endTime", endTime, "(−∞, ∞)");
        if (endTime < startTime) throw NumericsErrors.EndBeforeStart(startTime, endTime);
        ArgumentNullException.ThrowIfNull(OutputTimes);
        ArgumentNullException.ThrowIfNull(Events);
        for (var i = 0; i < OutputTimes.Count; i++)
        {
            var t = OutputTimes[i];
            if (!(t >= startTime && t <= endTime)) throw NumericsErrors.OutputTimeOutside(i, t,
                startTime, endTime);
            if (i > 0 && !(t > OutputTimes[i - 1]))
                throw NumericsErrors.OutputTimesNotIncreasing(i, OutputTimes[i - 1], t);
        }
    }

    private static void NonNegative(double value, string name)
    {
        if (!(value >= 0 && double.IsFinite(value))) throw NumericsErrors.Negative(name, value);
    }

    private static void Positive(double value, string name)
    {
        if (!(value > 0 && double.IsFinite(value))) throw NumericsErrors.NotPositive(name, value);
    }
}
