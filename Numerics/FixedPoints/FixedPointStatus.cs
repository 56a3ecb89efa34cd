namespace Verify.Numerics.FixedPoints;

/// <summary>Why a fixed-point refinement stopped.</summary>
public enum FixedPointStatus
{
    /// <summary>‖∇L‖ met the absolute or the relative gradient tolerance.</summary>
    Converged,

    /// <summary>The iteration budget <see cref="FixedPointOptions.MaxIterations"/> ran out.</summary>
    MaxIterations,

    /// <summary>The proposed step fell below <see cref="FixedPointOptions.StepTolerance"/>
    /// before the gradient met its tolerance (typically ‖∇L‖ at rounding level).</summary>
    StepTooSmall,

    /// <summary>No step lowered L or ‖∇L‖ even at <see cref="FixedPointOptions.MaxDamping"/>.</summary>
    DampingExhausted,

    /// <summary>L, ∇L or the Hessian was NaN or infinite at the current iterate.</summary>
    NonFinite,
}
