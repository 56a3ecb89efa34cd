namespace Verify.Numerics.Width;

/// <summary>Immutable options of <see cref="ReluKinks"/>.</summary>
public sealed record KinkOptions
{
    /// <summary>The defaults: whole line, merge within 1e-9, relative tolerances 1e-6 and 1e-9.</summary>
    public static KinkOptions Default { get; } = new();

    /// <summary>
    /// A unit is ignored when ‖v_h‖·‖u_h‖ ≤ this · max_k ‖v_k‖·‖u_k‖ (its output weight is
    /// negligible, or it is silent). In [0, 1); default 1e-6.
    /// </summary>
    public double UnitRelativeTolerance { get; init; } = 1e-6;

    /// <summary>Breakpoints closer than this in s (absolute, ≥ 0) are one kink; default
    /// 1e-9.</summary>
    public double MergeTolerance { get; init; } = 1e-9;

    /// <summary>
    /// A merged breakpoint whose total slope change ‖Σ v_h |u_hᵀb|‖ is at most this times the
    /// largest single ‖v_h‖·|u_hᵀb| among its units is not a kink (the units cancel, e.g.
    /// relu(z) − relu(−z) = z). In [0, 1); default 1e-9.
    /// </summary>
    public double SlopeRelativeTolerance { get; init; } = 1e-9;

    /// <summary>Only breakpoints with s ≥ this count; default −∞.</summary>
    public double Start { get; init; } = double.NegativeInfinity;

    /// <summary>Only breakpoints with s ≤ this count; default +∞.</summary>
    public double End { get; init; } = double.PositiveInfinity;

    internal void Validate()
    {
        if (!(UnitRelativeTolerance >= 0 && UnitRelativeTolerance < 1))
            throw NumericsErrors.OutOfRange(nameof(UnitRelativeTolerance), UnitRelativeTolerance,
                "[0, 1)");
        if (!(SlopeRelativeTolerance >= 0 && SlopeRelativeTolerance < 1))
            throw NumericsErrors.OutOfRange(nameof(SlopeRelativeTolerance),
                SlopeRelativeTolerance, "[0, 1)");
        if (!(MergeTolerance >= 0 && double.IsFinite(MergeTolerance)))
            throw NumericsErrors.Negative(nameof(MergeTolerance), MergeTolerance);
        if (!(End >= Start))
            throw NumericsErrors.OutOfRange(nameof(End), End, "[Start, ∞]");
    }
}
