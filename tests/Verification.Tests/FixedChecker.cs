using Verify.Theory.Claims;
using Verify.Verification.Audit;

namespace Verify.Verification.Tests;

/// <summary>A checker that always returns the same judgement, or throws when asked to.</summary>
internal sealed class FixedChecker(Verdict verdict, Evidence? evidence = null, bool fail = false)
    : IClaimChecker
{
    public Judgement Check(CheckContext context) => fail
        ? throw new InvalidOperationException("deliberate failure")
        : new Judgement(verdict, evidence ?? Evidence.Identity("a = a", 1));

    public static RegisteredClaim Claim(string id, Verdict expected, Verdict actual) =>
        new(new Claim(id, $"statement of {id}", "none", CheckMethod.SymbolicIdentity, expected),
            new FixedChecker(actual));
}
