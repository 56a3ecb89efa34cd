using Verify.Theory.Claims;
using Verify.Theory.Units;
using Verify.Verification.Audit;
using Verify.Verification.Checkers;

namespace Verify.Verification.Tests;

public sealed class NumericEmbeddingCheckerTests
{
    private static readonly CheckContext Context = new(Quick: true, Seed: 5);

    [Fact]
    public void ScaledReluCopyOfATrainedFixedPointIsAFixedPoint()
    {
        // Eq. 6 with γu > 0: ∇L_wide is a combination of ∇L_narrow ≈ 1e-12, so ≤ 1e-9·G.
        var j = new NumericEmbeddingChecker("relu-fc", "iii", 1, HomogeneityField.NonNegative)
            .Check(Context);

        Assert.Equal(Verdict.Supported, j.Verdict);
        Assert.InRange(j.Evidence.MaxResidual!.Value, 0, NumericEmbeddingChecker.GradientTolerance);
        Assert.True(j.Evidence.Instances >= 1);
    }

    [Fact]
    public void DuplicateWithoutSplitChangesTheOutputsAndIsRefuted()
    {
        // v_1 kept and v_2 = γv_1 add γ·φ(u_1)v_1 to f: the outputs differ for γ ≠ 0.
        var j = new NumericEmbeddingChecker("linear-fc", "i", split: false).Check(Context);

        Assert.Equal(Verdict.Refuted, j.Verdict);
        Assert.Contains("instance seed", j.Evidence.Counterexample);
    }
}
