namespace Verify.Numerics.Stages;

/// <summary>
/// Immutable thresholds of <see cref="StageDetector"/>. With D_k = dL/d ln t at sample k and the
/// current drop scale S_k = (L_k − L_min) + FloorFraction·(L_max − L_min), a sample is
/// stationary when |D_k| ≤ PlateauThreshold·S_k; a plateau is a run of stationary samples
/// spanning at least MinLogDuration in ln t.
/// </summary>
public sealed record StageOptions
{
    /// <summary>Threshold 0.05, floor 1e-3, 0.2 in ln t, merge below a 5 % drop.</summary>
    public static StageOptions Default { get; } = new();

    /// <summary>
    /// Largest |dL/d ln t| / S for a stationary sample; &gt; 0. Default 0.05: on a logistic drop
    /// of width w in ln t the ratio peaks near 1/(4w), so drops narrower than 5 units of ln t
    /// are never stationary, and the tail e^{−|x|/w} falls below 0.05 about 3w from the centre.
    /// </summary>
    public double PlateauThreshold { get; init; } = 0.05;

    /// <summary>
    /// The floor of the drop scale, as a fraction of the whole range of L; in (0, 1). Without it
    /// the final approach L → L_min (exponential in t) would never be stationary relative to the
    /// vanishing remaining drop. Default 1e-3: the end plateau starts once L is within about
    /// 1e-3·range·PlateauThreshold·w of its final value.
    /// </summary>
    public double FloorFraction { get; init; } = 1e-3;

    /// <summary>Shortest plateau, in units of ln t (&gt; 0). Default 0.2 (≈ 0.09 decades).</summary>
    public double MinLogDuration { get; init; } = 0.2;

    /// <summary>
    /// Two plateaus separated by a loss change of at most this fraction of the first one's drop
    /// scale are one plateau (a brief non-stationary wobble, not a drop); in [0, 1).
    /// Default 0.05.
    /// </summary>
    public double MinRelativeDrop { get; init; } = 0.05;

    internal void Validate()
    {
        if (!(PlateauThreshold > 0 && double.IsFinite(PlateauThreshold)))
            throw NumericsErrors.NotPositive(nameof(PlateauThreshold), PlateauThreshold);
        if (!(FloorFraction > 0 && FloorFraction < 1))
            throw NumericsErrors.OutOfRange(nameof(FloorFraction), FloorFraction, "(0, 1)");
        if (!(MinLogDuration > 0 && double.IsFinite(MinLogDuration)))
            throw NumericsErrors.NotPositive(nameof(MinLogDuration), MinLogDuration);
        if (!(MinRelativeDrop >= 0 && MinRelativeDrop < 1))
            throw NumericsErrors.OutOfRange(nameof(MinRelativeDrop), MinRelativeDrop, "[0, 1)");
    }
}
