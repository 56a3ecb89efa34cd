using Verify.Theory.Claims;

namespace Verify.Verification.Audit;

/// <summary>A claim of the catalogue together with the checker that decides it.</summary>
internal sealed record RegisteredClaim(Claim Claim, IClaimChecker Checker);
