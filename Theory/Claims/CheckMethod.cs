namespace Verify.Theory.Claims;

/// <summary>How a claim is checked; decides which verdicts its evidence can support.</summary>
public enum CheckMethod
{
    /// <summary>
    /// Exact: every component of an identity must have canonical form zero (then
    /// <see cref="Verdict.Proved"/>); a component shown non-zero at an exact rational point
    /// gives <see cref="Verdict.Refuted"/>.
    /// </summary>
    SymbolicIdentity,

    /// <summary>Random instances with a stated tolerance and seed (at best supported).</summary>
    RandomInstances,

    /// <summary>Numerical integration of the gradient flow (at best supported).</summary>
    NumericalFlow,
}
