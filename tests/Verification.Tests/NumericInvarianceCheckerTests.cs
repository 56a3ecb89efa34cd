using Verify.Theory.Claims;
using Verify.Verification.Audit;
using Verify.Verification.Checkers;

namespace Verify.Verification.Tests;

public sealed class NumericInvarianceCheckerTests
{
    private static readonly CheckContext Context = new(Quick: true, Seed: 3);

    [Fact]
    public void EqualUnitsStayBitwiseEqual()
    {
        // θ_2 = θ_1 exactly: both units' gradients are computed from the same numbers, so
        // every stage of every step keeps them identical and d is exactly 0.
        var j = new NumericInvarianceChecker("linear-fc", Relation.Equal()).Check(Context);

        Assert.Equal(Verdict.Supported, j.Verdict);
        Assert.Equal(0.0, j.Evidence.MaxResidual);
    }

    [Fact]
    public void ProportionalTanhUnitsLeaveTheSet()
    {
        // tanh(γw) ≠ γ tanh(w): v̇_2 − γv̇_1 is off span{θ_1} at a generic point.
        var j = new NumericInvarianceChecker("tanh-fc", Relation.Proportional(false))
            .Check(Context);

        Assert.Equal(Verdict.Refuted, j.Verdict);
    }
}
