using Verify.Theory.Claims;
using Verify.Verification.Audit;

namespace Verify.Verification.Tests;

// These run the real symbolic core (parser, differentiation, canonical form).
public sealed class InvariantSetCheckerTests
{
    private static Judgement Check(string id) =>
        Catalogue.Registry.Select([id])[0].Checker.Check(new CheckContext(Quick: false, Seed: 11));

    [Fact]
    public void ReluTheorem3iIsProvedComponentByComponent()
    {
        // PAPER.md §3 Theorem 3(i): θ̇_1 − θ̇_2 = 0 on θ_1 = θ_2, for u[1], u[2] and v.
        var judgement = Check("T3.i[relu-fc]");

        Assert.Equal(Verdict.Proved, judgement.Verdict);
        Assert.Equal(EvidenceKind.SymbolicIdentity, judgement.Evidence.Kind);
        Assert.Equal(3, judgement.Evidence.Instances);
    }

    [Fact]
    public void ReluControlIsRefutedAtAReplayablePoint()
    {
        // With v_1 ≠ v_2 the u-fields differ by (v_1 − v_2)·(1/P)Σ_μ x_μ[k] step(·) r_μ.
        var judgement = Check("X-T3.i[relu-fc]");

        Assert.Equal(Verdict.Refuted, judgement.Verdict);
        Assert.Equal(11, judgement.Evidence.Seed);
        Assert.Contains("u[1]", judgement.Evidence.Counterexample);
        Assert.Contains("v_1 = ", judgement.Evidence.Counterexample);
    }

    [Fact]
    public void AuditOfTheCatalogueExitsZero()
    {
        var run = CliRun.Of("audit", "--quick", "--seed", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("proved", run.Output);
        Assert.Contains("refuted", run.Output);
    }
}
