using Verify.Theory.Claims;

namespace Verify.Verification.Audit;

/// <summary>The outcome of checking one claim in an audit.</summary>
internal sealed record ClaimResult(Claim Claim, Verdict Verdict, Evidence Evidence, double Seconds)
{
    /// <summary>True when the verdict is the one the catalogue expects.</summary>
    public bool MetExpectation => Verdict == Claim.ExpectedVerdict;
}
