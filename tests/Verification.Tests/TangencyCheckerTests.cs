using Verify.Theory.Claims;
using Verify.Theory.Units;
using Verify.Verification.Audit;
using Verify.Verification.Checkers;

namespace Verify.Verification.Tests;

// PAPER.md §3, Theorem 3: these run the real symbolic core.
public sealed class TangencyCheckerTests
{
    private static Judgement Check(string unit, Relation relation, int seed = 7) =>
        new TangencyChecker(() => UnitCatalogue.Build(unit).Definition, relation, 2)
            .Check(new CheckContext(Quick: true, Seed: seed));

    [Fact]
    public void LinearDependenceIsProvedForTheLinearConvolution()
    {
        // θ_3 = γ_1θ_1 + γ_2θ_2: one residual per parameter of unit 3 (u[1], u[2], v[1], v[2]).
        var j = Check("linear-conv", Relation.Dependent());

        Assert.Equal(Verdict.Proved, j.Verdict);
        Assert.Equal(4, j.Evidence.Instances);
    }

    [Fact]
    public void ReluProportionalityNeedsGammaPositive()
    {
        var positive = Check("relu-fc", Relation.Proportional(positive: true));
        var anySign = Check("relu-fc", Relation.Proportional(positive: false));

        Assert.Equal(Verdict.Proved, positive.Verdict);
        Assert.Equal(Verdict.Refuted, anySign.Verdict);
        Assert.Contains("γ = -", anySign.Evidence.Counterexample);
    }

    [Fact]
    public void SigmoidSilentSetLeaksThroughSigmoidOfZero()
    {
        // On u_1 = 0, v_1 = 0: v̇_1 = (1/P)Σ σ(0)·r_μ. From all ones the search shrinks r_1
        // to 0 and keeps r_2 = 1, so v̇_1 = (1/2)(1/2)(0 + 1) = 1/4, exactly.
        var j = Check("sigmoid-fc", Relation.Silent());

        Assert.Equal(Verdict.Refuted, j.Verdict);
        Assert.Contains("v: 1/4", j.Evidence.Counterexample);
        Assert.Contains("(exact)", j.Evidence.Counterexample);
    }

    [Fact]
    public void CounterexampleReplaysFromTheSeed()
    {
        var first = Check("tanh-fc", Relation.RankOne(), seed: 123);
        var again = Check("tanh-fc", Relation.RankOne(), seed: 123);

        Assert.Equal(Verdict.Refuted, first.Verdict);
        Assert.Equal(first.Evidence.Counterexample, again.Evidence.Counterexample);
        Assert.Equal(123, first.Evidence.Seed);
    }
}
