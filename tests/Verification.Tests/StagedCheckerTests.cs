using Verify.Theory.Claims;
using Verify.Verification.Audit;
using Verify.Verification.Checkers;

namespace Verify.Verification.Tests;

public sealed class StagedCheckerTests
{
    private static readonly CheckContext Context = new(Quick: true, Seed: 1);

    private static FixedChecker Stage(Verdict v, string summary) =>
        new(v, new Evidence(EvidenceKind.Inconclusive, summary));

    [Fact]
    public void ProvedSymbolicStageOutranksASupportedNumericStage()
    {
        var j = StagedChecker.Of(Stage(Verdict.Proved, "identity"))
            .Then(Stage(Verdict.Supported, "20 instances")).Check(Context);

        Assert.Equal(Verdict.Proved, j.Verdict);
        Assert.Equal("identity | supported: 20 instances", j.Evidence.Summary);
    }

    [Fact]
    public void RefutationsThatAgreeRefute()
    {
        var j = StagedChecker.Of(Stage(Verdict.Refuted, "counterexample"))
            .Then(Stage(Verdict.Refuted, "the flow leaves")).Check(Context);

        Assert.Equal(Verdict.Refuted, j.Verdict);
        Assert.Equal("counterexample | refuted: the flow leaves", j.Evidence.Summary);
    }

    [Fact]
    public void NumericRefutationOfAProofLeavesTheClaimUndecided()
    {
        var j = StagedChecker.Of(Stage(Verdict.Proved, "identity"))
            .Then(Stage(Verdict.Refuted, "gradient 1e-3")).Check(Context);

        Assert.Equal(Verdict.Undecided, j.Verdict);
        Assert.StartsWith("STAGES DISAGREE", j.Evidence.Summary);
    }

    [Fact]
    public void UndecidedSymbolicStageLeavesTheNumericVerdict()
    {
        var j = StagedChecker.Of(Stage(Verdict.Undecided, "atoms"))
            .Then(Stage(Verdict.Supported, "fit")).Check(Context);

        Assert.Equal(Verdict.Supported, j.Verdict);
    }

    [Fact]
    public void ConjunctionIsProvedOnlyWhenEveryPartIs()
    {
        var all = new ConjunctionChecker([("a", Stage(Verdict.Proved, "x")), ("b",
            Stage(Verdict.Proved, "y"))]);
        var one = new ConjunctionChecker([("a", Stage(Verdict.Proved, "x")), ("b",
            Stage(Verdict.Undecided, "y"))]);
        var bad = new ConjunctionChecker([("a", Stage(Verdict.Proved, "x")), ("b",
            Stage(Verdict.Refuted, "y"))]);

        Assert.Equal(Verdict.Proved, all.Check(Context).Verdict);
        Assert.Equal(Verdict.Undecided, one.Check(Context).Verdict);
        Assert.Equal(Verdict.Refuted, bad.Check(Context).Verdict);
        Assert.StartsWith("b: ", bad.Check(Context).Evidence.Summary);
    }
}
