namespace Verify.Numerics.Width;

/// <summary>Immutable options of <see cref="Rays"/>.</summary>
public sealed record RayOptions
{
    /// <summary>Relative norm 1e-3, angle 0.05 rad, sign-insensitive.</summary>
    public static RayOptions Default { get; } = new();

    /// <summary>
    /// A unit is negligible when ‖w_h‖ ≤ this · max_k ‖w_k‖; in [0, 1). Default 1e-3 (units still
    /// at the O(ε) scale of a small initialisation drop out).
    /// </summary>
    public double NormRelativeTolerance { get; init; } = 1e-3;

    /// <summary>
    /// Two directions are one ray when the angle between them is at most this (radians, in
    /// [0, π/2)). Default 0.05 rad ≈ 2.9°.
    /// </summary>
    public double AngleTolerance { get; init; } = 0.05;

    /// <summary>
    /// True (ReLU, φ(z; αu) = αφ(z; u) only for α ≥ 0): w and −w are different rays. False
    /// (linear units, F = R): lines through 0 are rays, w ~ −w.
    /// </summary>
    public bool SignSensitive { get; init; }

    internal void Validate()
    {
        if (!(NormRelativeTolerance >= 0 && NormRelativeTolerance < 1))
            throw NumericsErrors.OutOfRange(nameof(NormRelativeTolerance), NormRelativeTolerance,
                "[0, 1)");
        if (!(AngleTolerance >= 0 && AngleTolerance < Math.PI / 2))
            throw NumericsErrors.OutOfRange(nameof(AngleTolerance), AngleTolerance, "[0, π/2)");
    }
}
