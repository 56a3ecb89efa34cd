using Verify.Theory.Units;
using Verify.Verification.Audit;
using Verify.Verification.Checkers;

namespace Verify.Verification.Tests;

// Issue 5, "done when": breaking one condition on purpose makes the audit fail.
public sealed class TraitOverrideTests
{
    // tanh declared homogeneous of degree 1 over R, against what the deriver proves.
    private static UnitConditions TanhDeclaredHomogeneous(string unit) => unit == "tanh-fc"
        ? UnitConditions.Derive(unit) with { Degree = 1, Field = HomogeneityField.Real }
        : UnitConditions.Derive(unit);

    [Fact]
    public void DerivedTraitsGiveNoHomogeneityClaimForTanh()
    {
        var ids = Catalogue.Registry.All.Select(c => c.Claim.Id).ToList();

        Assert.DoesNotContain("T1.iii[tanh-fc]", ids);
        Assert.DoesNotContain("T3.iii[tanh-fc]", ids);
        Assert.Contains("T1.iii[relu-fc]", ids);
    }

    [Fact]
    public void DeclaringTanhHomogeneousMakesTheAuditFail()
    {
        var registry = new ClaimRegistry(Catalogue.Build(TanhDeclaredHomogeneous));

        var run = CliRun.Of(registry, "audit", "--quick", "--seed", "2",
            "--claims", "T1.iii[tanh-fc],T3.iii[tanh-fc],T1.iii[relu-fc]");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 of 3 claims reached their expected verdict", run.Output);
        Assert.Contains("missed: T1.iii[tanh-fc], T3.iii[tanh-fc]", run.Output);
    }
}
