using Verify.Theory.Claims;
using Verify.Verification.Audit;
using Verify.Verification.Checkers;

namespace Verify.Verification.Tests;

public sealed class DeepReluCheckerTests
{
    private static readonly CheckContext Context = new(Quick: true, Seed: 5);

    [Fact]
    public void EmbeddedTrainedFixedPointsAreFixedPointsOfTheWideNet()
    {
        // Corollary 2 with Eqs. 4 and 5: ∇L_wide is a combination of ∇L_narrow ≈ 1e-12.
        var j = new DeepReluChecker().Check(Context);

        Assert.Equal(Verdict.Supported, j.Verdict);
        Assert.Equal(EvidenceKind.RandomInstances, j.Evidence.Kind);
        Assert.InRange(j.Evidence.MaxResidual!.Value, 0, DeepReluChecker.GradientTolerance);
        Assert.True(j.Evidence.Instances >= 2);
    }

    [Fact]
    public void FullRunIsSupportedForOtherSeeds()
    {
        foreach (var seed in new[] { 1, 2 })
        {
            var j = new DeepReluChecker().Check(new CheckContext(Quick: false, Seed: seed));

            Assert.True(j.Verdict == Verdict.Supported, $"seed {seed}: {j.Evidence.Summary} " +
                j.Evidence.Counterexample);
        }
    }

    [Fact]
    public void DuplicateWithoutSplitOfTheOutputWeightIsRefuted()
    {
        // W₃[i] kept and the copy given γW₃[i] adds γ·W₃[i]relu(a₂[i]) to f: residuals change.
        var j = new DeepReluChecker(split: false).Check(Context);

        Assert.Equal(Verdict.Refuted, j.Verdict);
        Assert.Contains("instance seed", j.Evidence.Counterexample);
        Assert.True(j.Evidence.MaxResidual > 1e3 * DeepReluChecker.GradientTolerance,
            $"residual {j.Evidence.MaxResidual}");
    }
}
