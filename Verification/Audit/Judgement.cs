using Verify.Theory.Claims;

namespace Verify.Verification.Audit;

/// <summary>What a checker concludes about a claim: a verdict and the evidence for it.</summary>
internal sealed record Judgement(Verdict Verdict, Evidence Evidence);
