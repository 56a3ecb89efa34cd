using Verify.Theory.Claims;

namespace Verify.Verification.Audit;

/// <summary>Turns one claim into a verdict with evidence.</summary>
internal interface IClaimChecker
{
    /// <summary>Checks the claim. May throw; the audit then records the claim as
    /// <see cref="Verdict.Undecided"/> with the failure as its reason.</summary>
    Judgement Check(CheckContext context);
}
