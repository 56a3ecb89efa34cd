namespace Verify.Numerics.Integration;

/// <summary>Why an integration stopped.</summary>
public enum IntegrationStatus
{
    /// <summary>The end time was reached.</summary>
    Completed,

    /// <summary>A terminal event occurred; the run stopped at the event's time.</summary>
    Event,

    /// <summary>The step budget <see cref="IntegrationOptions.MaxSteps"/> ran out first.</summary>
    MaxSteps,

    /// <summary>The step size the error control asked for fell below the resolution of t.</summary>
    StepTooSmall,

    /// <summary>The field or the state became NaN or ±∞; see <see
    /// cref="IntegrationResult.Failure"/>.</summary>
    NonFinite,

    /// <summary>A component exceeded <see cref="IntegrationOptions.DivergenceBound"/> in
    /// magnitude; see <see cref="IntegrationResult.Failure"/>.</summary>
    Diverged,
}
