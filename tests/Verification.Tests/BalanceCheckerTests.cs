using System.Globalization;
using System.Text.RegularExpressions;
using Verify.Theory.Claims;
using Verify.Verification.Audit;
using Verify.Verification.Checkers;

namespace Verify.Verification.Tests;

// PAPER.md §7 (Du et al. 2018): ‖v‖² − ‖u‖² is conserved for degree-1 homogeneous units.
public sealed partial class BalanceCheckerTests
{
    private static Judgement Check(string unit) =>
        new BalanceChecker(unit, 2).Check(new CheckContext(Quick: true, Seed: 5));

    [Fact]
    public void LinearUnitClosesDirectly()
    {
        var j = Check("linear-fc");

        Assert.Equal(Verdict.Proved, j.Verdict);
        Assert.Contains("directly", j.Evidence.Summary);
    }

    [Fact]
    public void ReluUnitClosesOnlyThroughEuler()
    {
        var j = Check("relu-fc");

        Assert.Equal(Verdict.Proved, j.Verdict);
        Assert.Contains("via Euler", j.Evidence.Summary);
        Assert.Contains("step(", j.Evidence.Summary); // the direct canonical form is shown
    }

    [Fact]
    public void TanhValueIsTheEulerDefectAtOne()
    {
        // From all ones the search shrinks to one sample with w = uᵀx = 1, v = 1, r = 1:
        // dQ/dt = −(2/P)·r·v·(w·tanh′(w) − tanh(w)) = tanh(1) − (1 − tanh(1)²).
        var j = Check("tanh-fc");
        var m = DqValue().Match(j.Evidence.Counterexample!);
        double expected = Math.Tanh(1) - (1 - Math.Tanh(1) * Math.Tanh(1));

        Assert.Equal(Verdict.Refuted, j.Verdict);
        Assert.True(m.Success);
        Assert.Equal(expected, double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), 9);
    }

    [GeneratedRegex(@"dQ/dt = ([-0-9.eE]+)")]
    private static partial Regex DqValue();
}
